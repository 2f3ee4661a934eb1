/**
 * A statement's page: its report (statementView) and the corpus to set it among.
 *
 * The Viet Nam–EU joint statement's report reads the data package's tables. The comparison
 * corpus's statements are analysed at build by the pipeline's own modules, as /analyse analyses
 * a pasted one (see $lib/server/corpus-statements.ts for why not from data/).
 */
import { error } from '@sveltejs/kit';
import { compareStatementRows } from '$lib/charts/rows/compare-rows';
import { PRIMARY_DOC_ID } from '$lib/links';
import { corpusStatementTables } from '$lib/server/corpus-statements';
import { loadDashboardData, loadDocumentTexts } from '$lib/server/data';
import { statementView } from '$lib/statement/statement-view';
import { viewSearch } from '$lib/url-state';
import { VIEW_KEYS, focusView } from '../../compare/compare-view';

/** Every statement of /compare has a page. */
export const statementIds = () => loadDashboardData().compare.map((row) => row.docId);

export function pageData(docId: string) {
	const data = loadDashboardData();
	const text = loadDocumentTexts()[docId];
	const tables = docId === PRIMARY_DOC_ID ? data : corpusStatementTables(docId);
	if (!tables || text === undefined || !data.compare.some((r) => r.docId === docId)) {
		error(404, 'No such statement');
	}
	const corpus = compareStatementRows(data);
	const primary = docId === PRIMARY_DOC_ID;
	return {
		view: statementView(tables, text, docId),
		corpus,
		/** The /compare view with this statement first and its clauses listed. */
		compareSearch: viewSearch(
			focusView(
				docId,
				corpus.map((r) => r.docId)
			),
			VIEW_KEYS
		),
		/**
		 * The data package's tables that hold this statement's rows (its doc_id): the site's own
		 * tables for the joint statement, the compare tables for the corpus.
		 */
		tables: primary
			? ['documents.csv', 'chapters.csv', 'clauses.csv', 'cues.csv', 'sectors.csv']
			: ['compare.csv', 'compare-clauses.csv', 'compare-sectors.csv', 'compare-mentions.csv']
	};
}

/** What /statements/<id>/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
