/**
 * The comparison corpus's statements, each analysed alone at build for its page
 * (/statements/<id>), with the reference data and sources the pipeline reads.
 *
 * Why here rather than in data/: the package keeps only reduced rows of these statements (the
 * compare tables), so that the site's tables hold the Viet Nam–EU documents alone. Writing every
 * statement's full tables to data/ would add a dozen tables to the contract for two pages' use.
 * Running the same `analyseCorpus([doc], reference)` on the same text is what /analyse does in
 * the browser, so a statement's page and a pasted copy of it cannot differ; a unit test holds
 * each statement's figures to its row of data/compare.csv.
 */
import { analyseCorpus, type ReferenceData } from '$lib/analysis/analyse-corpus';
import type { DashboardData } from '$lib/contract/tables';
import { sourcesFile } from '$lib/contract/reference';
import {
	REFERENCE_FILES,
	documentMeta,
	referenceData,
	type ReferenceFiles
} from '$lib/contract/reference-data';
import { loadDocumentTexts } from './data';
import sources from '../../../seeds/corpus/sources.json?raw';
import gazetteer from '../../../seeds/reference/gazetteer.json?raw';
import routeOrigins from '../../../seeds/reference/route-origins.json?raw';
import events from '../../../seeds/reference/events.json?raw';
import sectors from '../../../seeds/reference/sectors.json?raw';
import parties from '../../../seeds/reference/parties.json?raw';
import measures from '../../../seeds/reference/measures.json?raw';

const RAW: Record<keyof ReferenceFiles, string> = {
	gazetteer,
	routeOrigins,
	events,
	sectors,
	parties,
	measures
};

let reference: ReferenceData | undefined;

function loadReference(): ReferenceData {
	reference ??= referenceData(
		Object.fromEntries(
			Object.entries(REFERENCE_FILES).map(([name, { file, schema }]) => {
				const parsed = schema.safeParse(JSON.parse(RAW[name as keyof ReferenceFiles]));
				if (!parsed.success) throw new Error(`seeds/reference/${file}: ${parsed.error.message}`);
				return [name, parsed.data];
			})
		) as ReferenceFiles
	);
	return reference;
}

const analysed = new Map<string, DashboardData>();

/**
 * One statement of seeds/corpus/ analysed alone, as the pipeline analyses it for the compare
 * tables; undefined when the corpus has no statement of that id.
 */
export function corpusStatementTables(docId: string): DashboardData | undefined {
	const cached = analysed.get(docId);
	if (cached) return cached;
	const entry = sourcesFile.parse(JSON.parse(sources)).find((s) => s.id === docId);
	const text = loadDocumentTexts()[docId];
	if (!entry || text === undefined) return undefined;
	const tables = analyseCorpus([{ meta: documentMeta(entry), text }], loadReference());
	analysed.set(docId, tables);
	return tables;
}
