/** The preprocessing run behind the CLI (and the benchmark): read, analyse, validate, write. */
import { relative } from 'node:path';
import { analyseDocument, createAnalysers } from '../../src/lib/analysis/analyse-corpus';
import { compareTables, type CompareTables } from '../../src/lib/analysis/compare';
import { dashboardTextLines } from '../../src/lib/data-package/dashboard-json';
import { formatProvenanceIssue, provenanceIssues } from '../../src/lib/analysis/verify-provenance';
import type { SourceDocument } from '../../src/lib/analysis/analyse-corpus';
import {
	packageFileNames,
	packageFromTables,
	tableText
} from '../../src/lib/data-package/serialize';
import { contractError } from './analyse-in-threads';
import { firstContractIssue, whereFrom } from './analyse-batch';
import type { DocumentCounts } from './analyse-batch';
import { analyseInThreads, startThreads, stopThreads, threadCountFor } from './analyse-in-threads';
import { inputBytes, loadDocuments, loadReference, readDocuments } from './load-inputs';
import { MAP_TOPOLOGY_FILE, mapTopologyFile } from './map-geometry';
import { PACKAGE_MARKER, assertReplaceable, type Protected } from './out-dir';
import { diffPackage, writePackageAtomically } from './write-package';

export interface PipelineOptions {
	inputs: string[];
	out: string;
	check: boolean;
	quiet: boolean;
	referenceDir: string;
	/**
	 * The comparison corpus (seeds/corpus/): statements set beside the inputs' joint statements
	 * in the compare tables, and nowhere else. None: the compare tables stay empty.
	 */
	compare?: string[];
	/** The project's folder: the output may neither be it nor hold it. */
	root?: string;
}

export interface PipelineResult {
	exitCode: number;
	/** Threads the analysis ran on (the main thread included). */
	threads: number;
	documents: number;
	seconds: number;
}

const display = (path: string) => relative(process.cwd(), path) || '.';

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const started = performance.now();
	const log = (line: string) => {
		if (!options.quiet) console.log(line);
	};
	if (!options.check) {
		// Refused before anything is read: the output would replace the inputs or the project.
		const protect: Protected[] = options.root
			? [{ path: options.root, what: 'the project folder' }]
			: [];
		for (const input of [...options.inputs, ...(options.compare ?? [])]) {
			protect.push({ path: input, what: `the input ${input}` });
		}
		await assertReplaceable(
			options.out,
			[...packageFileNames(), MAP_TOPOLOGY_FILE, PACKAGE_MARKER],
			protect
		);
	}
	const reference = await loadReference(options.referenceDir);
	// The worker threads load while the map is built (it needs only the gazetteer) and the
	// comparison corpus is read; the inputs go to them as they are read, so the first batches are
	// analysed while the last files are still being read.
	const chars = await inputBytes(options.inputs);
	const threads = startThreads(threadCountFor(chars), reference);
	let mapFile;
	let compared: SourceDocument[] = [];
	try {
		if (options.compare) compared = await loadDocuments(options.compare);
		mapFile = await mapTopologyFile(reference.gazetteer);
	} catch (error) {
		await stopThreads(threads);
		throw error;
	}
	// Analysed, checked against the data contract and the offsets, and written as text.
	const corpus = await analyseInThreads(
		{ documents: readDocuments(options.inputs), chars },
		reference,
		threads
	);
	const documents = corpus.sources;
	documents.forEach((doc, i) => {
		const row = corpus.documents[i];
		const counts = corpus.counts[i];
		log(
			`[${i + 1}/${documents.length}] ${doc.meta.file} → ${doc.meta.docId}: ${row?.chapters} chapters, ${row?.paragraphs} paragraphs, ${row?.sentences} sentences, ${counts?.clauses} clauses, ${counts?.commitments} commitments, ${counts?.figures} figures`
		);
	});

	if (options.compare) {
		const tables = compareCorpus(documents, compared, reference);
		for (const name of COMPARE_TABLES) corpus.tables[name] = tableText(name, tables[name]);
		corpus.textLines.push(
			dashboardTextLines(compared.map((doc): [string, string] => [doc.meta.docId, doc.text]))
		);
		log(`compare: ${tables.compare.length} statements → ${tables.compareClauses.length} clauses`);
	}
	const files = packageFromTables(corpus.tables, corpus.documents, corpus.textLines);
	files.set(MAP_TOPOLOGY_FILE, mapFile);
	const out = display(options.out);
	if (options.check) {
		const differences = await diffPackage(options.out, files);
		if (differences.length > 0) {
			console.error(
				`error: ${out} is stale; run npm run preprocess. Differences: ${differences.join(', ')}`
			);
			return { exitCode: 1, documents: documents.length, seconds: 0, threads: corpus.threads };
		}
	} else {
		await writePackageAtomically(options.out, files);
	}
	const elapsed = (performance.now() - started) / 1000;
	const sum = (count: (c: DocumentCounts) => number) =>
		corpus.counts.reduce((total, c) => total + count(c), 0);
	const seconds = elapsed.toFixed(2);
	log(
		`${documents.length} documents, ${corpus.tables.paragraphs.rows} paragraphs, ${corpus.tables.clauses.rows} clauses, ${sum((c) => c.commitments)} commitments, ${corpus.tables.figures.rows} figures, ${corpus.tables.events.rows} events in ${seconds} s → ${out}${options.check ? ' is up to date' : ` (${files.size} files)`}${corpus.threads > 1 ? ` on ${corpus.threads} threads` : ''}`
	);
	return { exitCode: 0, documents: documents.length, seconds: elapsed, threads: corpus.threads };
}

const COMPARE_TABLES = ['compare', 'compareSectors', 'compareClauses', 'compareMentions'] as const;

/**
 * The compare tables: the inputs' joint statements (the focus) and the comparison corpus, each
 * analysed alone by the same reader, checked against the data contract and their offsets. The
 * corpus adds rows to these tables only, so the site's other tables keep their figures.
 */
function compareCorpus(
	inputs: readonly SourceDocument[],
	compared: readonly SourceDocument[],
	reference: Parameters<typeof createAnalysers>[0]
): CompareTables {
	const focus = inputs.filter((doc) => doc.meta.kind === 'joint-statement');
	const ids = new Set(inputs.map((doc) => doc.meta.docId));
	for (const doc of compared) {
		if (ids.has(doc.meta.docId)) {
			throw new Error(
				`${doc.meta.file}: id ${doc.meta.docId} is also an input document's; give it another id in its sources.json`
			);
		}
	}
	const analysers = createAnalysers(reference);
	const tables = compareTables(
		[
			...focus.map((doc) => ({ analysis: analyseDocument(doc, analysers), focus: true })),
			...compared.map((doc) => ({ analysis: analyseDocument(doc, analysers), focus: false }))
		],
		reference
	);
	const all = [...focus, ...compared];
	for (const name of COMPARE_TABLES) {
		const rows = tables[name];
		const issue = firstContractIssue(name, rows);
		if (issue) throw contractError({ ...issue, ...whereFrom(rows[issue.index], all) });
	}
	const texts = new Map(all.map((doc) => [doc.meta.docId, doc.text]));
	const issues = provenanceIssues(
		{ compareClauses: tables.compareClauses, compareMentions: tables.compareMentions },
		texts
	);
	if (issues.length > 0) {
		throw new Error(
			`quotes do not match their offsets:\n  ${issues.slice(0, 5).map(formatProvenanceIssue).join('\n  ')}`
		);
	}
	return tables;
}
