import { describe, expect, it } from 'vitest';
import type { CompareStatementRow } from '$lib/charts/rows/compare-rows';
import type { ClauseRow, DocumentRow } from '$lib/contract/tables';
import { statementFigures } from './statement-figures';

const doc = (words: number, paragraphs: number) => ({ words, paragraphs }) as DocumentRow;
const clauses = (...levels: number[]) => levels.map((level) => ({ level }) as ClauseRow);
const corpusRow = (row: Partial<CompareStatementRow>) =>
	({ level0: 0, level1: 0, level2: 0, level3: 0, level4: 0, ...row }) as CompareStatementRow;

describe('statementFigures', () => {
	it('counts per 1,000 words and sets each rate beside the corpus median', () => {
		const corpus = [
			corpusRow({
				words: 1000,
				clausesPer1000Words: 10,
				commitmentsPer1000Words: 2,
				clauses: 2,
				level4: 2
			}),
			corpusRow({
				words: 3000,
				clausesPer1000Words: 20,
				commitmentsPer1000Words: 4,
				clauses: 2,
				level0: 2
			})
		];
		const figures = statementFigures(
			{ documents: [doc(2000, 12)], clauses: clauses(4, 3, 2, 0) },
			corpus
		);
		expect(figures).toEqual([
			{
				label: 'Words',
				value: '2,000 in 12 paragraphs',
				corpus: 'corpus median 2,000 (2 statements)'
			},
			{
				label: 'Clauses per 1,000 words',
				value: '2 (4 clauses)',
				corpus: 'corpus median 15 (2 statements)'
			},
			{
				label: 'Commitments per 1,000 words',
				value: '1 (2 at level 3–4)',
				corpus: 'corpus median 3 (2 statements)'
			},
			{ label: 'Mean strength', value: '2.3 of 4', corpus: 'corpus median 2 of 4 (2 statements)' }
		]);
	});

	it('says nothing of a corpus it does not have, and 0 of a text without clauses', () => {
		const [, , , mean] = statementFigures({ documents: [doc(10, 1)], clauses: [] }, []);
		expect(mean).toEqual({ label: 'Mean strength', value: '0 of 4', corpus: '' });
	});
});
