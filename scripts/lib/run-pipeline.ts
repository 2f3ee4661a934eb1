/** The preprocessing run behind the CLI (and the benchmark): read, analyse, validate, write. */
import { relative } from 'node:path';
import { packageFileNames, packageFromTables } from '../../src/lib/data-package/serialize';
import type { DocumentCounts } from './analyse-batch';
import { analyseInThreads, startThreads, stopThreads, threadCountFor } from './analyse-in-threads';
import { inputBytes, loadDocuments, loadReference } from './load-inputs';
import { MAP_TOPOLOGY_FILE, mapTopologyFile } from './map-geometry';
import { PACKAGE_MARKER, assertReplaceable, type Protected } from './out-dir';
import { diffPackage, writePackageAtomically } from './write-package';

export interface PipelineOptions {
	inputs: string[];
	out: string;
	check: boolean;
	quiet: boolean;
	referenceDir: string;
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
		for (const input of options.inputs) {
			protect.push({ path: input, what: `the input ${input}` });
		}
		await assertReplaceable(
			options.out,
			[...packageFileNames(), MAP_TOPOLOGY_FILE, PACKAGE_MARKER],
			protect
		);
	}
	const reference = await loadReference(options.referenceDir);
	// The worker threads load while the inputs are read and the map is built (it needs only the
	// gazetteer): that work would otherwise wait for the last batch, with one core idle.
	const threads = startThreads(threadCountFor(await inputBytes(options.inputs)), reference);
	let documents;
	let mapFile;
	try {
		documents = await loadDocuments(options.inputs);
		mapFile = await mapTopologyFile(reference.gazetteer);
	} catch (error) {
		await stopThreads(threads);
		throw error;
	}
	// Analysed, checked against the data contract and the offsets, and written as text.
	const corpus = await analyseInThreads(documents, reference, threads);
	documents.forEach((doc, i) => {
		const row = corpus.documents[i];
		const counts = corpus.counts[i];
		log(
			`[${i + 1}/${documents.length}] ${doc.meta.file} → ${doc.meta.docId}: ${row?.chapters} chapters, ${row?.paragraphs} paragraphs, ${row?.sentences} sentences, ${counts?.clauses} clauses, ${counts?.commitments} commitments, ${counts?.figures} figures`
		);
	});

	const files = packageFromTables(corpus.tables, corpus.documents, corpus.texts);
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
