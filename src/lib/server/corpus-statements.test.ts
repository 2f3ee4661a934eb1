import { describe, expect, it } from 'vitest';
import { PRIMARY_DOC_ID } from '$lib/links';
import { statementView } from '$lib/statement/statement-view';
import { corpusStatementTables } from './corpus-statements';
import { loadDashboardData, loadDocumentTexts } from './data';

// The statement pages analyse the corpus at build (corpus-statements.ts): their figures must be
// the ones data/compare.csv publishes, or a page and /compare would disagree.
const data = loadDashboardData();
const corpus = data.compare.filter((row) => row.docId !== PRIMARY_DOC_ID);

describe('statements analysed at build', () => {
	it('cover every statement of the corpus', () => {
		expect(corpus.length).toBeGreaterThan(0);
		for (const row of corpus) expect(corpusStatementTables(row.docId), row.docId).toBeDefined();
		expect(corpusStatementTables('no-such-statement')).toBeUndefined();
	});

	it.each(data.compare.map((row) => [row.docId, row] as const))(
		'%s: the summary figures are its row of data/compare.csv',
		(docId, row) => {
			const tables = docId === PRIMARY_DOC_ID ? data : corpusStatementTables(docId)!;
			const view = statementView(tables, loadDocumentTexts()[docId]!, docId);
			const { focus, ...figures } = row;
			expect(focus).toBe(docId === PRIMARY_DOC_ID);
			// The view's row is computed by the same compareTables as the package's.
			expect({ ...view.row, focus: row.focus }).toMatchObject({
				...Object.fromEntries(Object.entries(figures).filter(([key]) => key in view.row))
			});
			expect(view.figures).toMatchObject({
				words: row.words,
				paragraphs: row.paragraphs,
				clauses: row.clauses,
				commitments: row.commitments,
				commitmentsRg: row.commitmentsRg,
				conditional: row.conditional,
				shareConditional: row.shareConditional,
				targets: row.targets,
				instrumentClauses: row.instrumentClauses
			});
			const sectors = data.compareSectors.filter((s) => s.docId === docId && s.mentions > 0);
			expect(view.sectors.map((s) => [s.sector, s.mentions, s.mentionsPer1000Words])).toEqual(
				expect.arrayContaining(sectors.map((s) => [s.sector, s.mentions, s.mentionsPer1000Words]))
			);
			expect(view.sectors).toHaveLength(sectors.length);
		}
	);
});
