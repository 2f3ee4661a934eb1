/**
 * The analysis of a corpus spread over the machine's cores. Documents are independent until the
 * corpus-wide steps (a visit named twice, the timeline), so batches of documents go to worker
 * threads and to the main thread, each returning its rows checked and written as UTF-8 text
 * (analyse-batch.ts); the main thread hands the batches out, analyses those the workers have no
 * room for, and joins the results in document order, adds the corpus-wide tables and checks
 * those. Small inputs run on the main
 * thread alone: a worker costs a few hundred milliseconds to start. The package is the same bytes
 * whatever the number of threads.
 *
 * PREPROCESS_THREADS=n sets the number of threads that analyse (1: the main thread alone).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import {
	corpusTables,
	createAnalysers,
	type Analysers,
	type ReferenceData,
	type SourceDocument
} from '../../src/lib/analysis/analyse-corpus';
import { InputError } from '../../src/lib/analysis/errors';
import {
	QUOTING_TABLES,
	formatProvenanceIssue,
	provenanceIssues,
	type ProvenanceIssue
} from '../../src/lib/analysis/verify-provenance';
import { TABLE_NAMES, type DocumentRow, type TableName } from '../../src/lib/contract/tables';
import { tableText, type Piece, type TableText } from '../../src/lib/data-package/serialize';
import {
	TEXT_TABLES,
	batchOutcome,
	firstContractIssue,
	whereFrom,
	type BatchOutcome,
	type BatchResult,
	type ContractIssue,
	type DocumentCounts,
	type TextTableName
} from './analyse-batch';
import type { batchAnalyser } from './analysis-worker';

/** Below this much text (about 50 statement-sized documents) one thread is fastest. */
const PARALLEL_MIN_CHARS = 2_000_000;
/**
 * About this much text per batch (a dozen statements): small enough that the threads finish
 * together and a batch's text and tables stay small in memory, large enough to be cheap to send.
 * At 1,000 statements, 250 KB batches ran the pipeline about 0.8 s faster than 1 MB ones.
 */
const BATCH_CHARS = 250_000;
const MAX_THREADS = 8;

export interface AnalysedCorpus {
	tables: Record<TableName, TableText>;
	documents: DocumentRow[];
	counts: DocumentCounts[];
	/** The documents analysed, in order (as read, when they came as they were read). */
	sources: SourceDocument[];
	/** The texts as dashboard.json holds them, in document order (dashboardTextLines groups). */
	textLines: Piece[];
	threads: number;
}

/** The threads to run on for this much text (PREPROCESS_THREADS overrides). */
export function threadCountFor(chars: number): number {
	const asked = Number(process.env.PREPROCESS_THREADS);
	if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, MAX_THREADS);
	return chars < PARALLEL_MIN_CHARS ? 1 : Math.min(availableParallelism(), MAX_THREADS);
}

const textLength = (documents: readonly SourceDocument[]): number =>
	documents.reduce((sum, doc) => sum + doc.text.length, 0);
const threadCount = (documents: readonly SourceDocument[]): number =>
	threadCountFor(textLength(documents));

/**
 * The main thread and `count - 1` worker threads, started now: a worker takes a few hundred
 * milliseconds to load the analysis, so the CLI starts them before it reads the inputs. The main
 * thread analyses too, with the workers' bundle: in a process that runs the pipeline again (the
 * benchmark, the tests) that code is already compiled, where a new worker's is not.
 * `analyseInThreads` stops them; so must whoever does not get that far.
 */
export interface AnalysisThreads {
	count: number;
	workers: Promise<Worker[]>;
}

export function startThreads(count: number, reference: ReferenceData): AnalysisThreads {
	const workers =
		count > 1
			? workerScript().then((script) =>
					Array.from(
						{ length: count - 1 },
						() => new Worker(script, { eval: true, workerData: { reference } })
					)
				)
			: Promise.resolve([]);
	return { count, workers };
}

export const stopThreads = async ({ workers }: AnalysisThreads): Promise<void> => {
	const started = await workers.catch(() => []);
	await Promise.all(started.map((worker) => worker.terminate()));
};

let bundled: Promise<string> | undefined;

/**
 * The workers' code: analysis-worker.ts and all it imports as one CommonJS script, bundled once
 * per process (esbuild takes about 50 ms, while the inputs are read). Workers do not inherit the
 * TypeScript loader (tsx) the CLI runs under, and code run through it is slower: it keeps
 * function names by wrapping every closure as it is made (esbuild's keepNames; in a profile of
 * 1,000 statements the main thread analysed a document about 9 % slower under tsx than a worker
 * did with the bundle), and each worker would start a loader thread of its own. The bundle is
 * plain compiled code, and the main thread runs it too when workers run (`bundleInThisThread`).
 */
export function workerScript(): Promise<string> {
	bundled ??= build({
		entryPoints: [fileURLToPath(new URL('./analysis-worker.ts', import.meta.url))],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		write: false,
		logLevel: 'silent'
	}).then(({ outputFiles }) => {
		const script = outputFiles[0]?.text;
		if (!script) throw new Error('the analysis worker did not bundle');
		return script;
	});
	return bundled;
}

let loaded: Promise<{ batchAnalyser: typeof batchAnalyser }> | undefined;

/**
 * The workers' bundle loaded in this thread (once per process), as a worker loads it: a
 * CommonJS script. When it runs on the main thread it only defines `batchAnalyser`.
 */
function bundleInThisThread(): Promise<{ batchAnalyser: typeof batchAnalyser }> {
	loaded ??= workerScript().then((script) => {
		const module = { exports: {} as { batchAnalyser: typeof batchAnalyser } };
		const run = runInThisContext(`(function (exports, require, module) {${script}\n})`, {
			filename: 'analysis-worker.bundle.cjs'
		}) as (exports: object, require: NodeJS.Require, module: object) => void;
		run(module.exports, createRequire(import.meta.url), module);
		return module.exports;
	});
	return loaded;
}

/**
 * The characters of a batch: about BATCH_CHARS, and at most a quarter of a thread's share of the
 * text when parallel, so that every thread gets several batches and they finish together.
 */
export function batchChars(chars: number, threads: number): number {
	if (threads <= 1) return BATCH_CHARS;
	return Math.max(1, Math.min(BATCH_CHARS, Math.floor(chars / (threads * 4))));
}

/** The smallest batch toward the end of a parallel run: about one statement. */
const TAIL_BATCH_CHARS = 25_000;

/**
 * The characters of the next batch once `done` of `total` characters are in batches: the
 * batches shrink as the text runs out (a quarter of each thread's share of what is left), so
 * that at the end no thread waits for another that still holds two full batches. At 1,000
 * statements the main thread had waited 0.1–0.25 s for the worker's last ones.
 */
export function nextBatchChars(total: number, done: number, threads: number): number {
	const first = batchChars(total, threads);
	return Math.min(first, Math.max(TAIL_BATCH_CHARS, batchChars(total - done, threads)));
}

/**
 * Consecutive documents as they come, cut when a batch holds `target` characters of text (or
 * `target(done)`, given the characters already in batches); each document is also kept in
 * `read`, in order.
 */
export async function* batchesOf(
	documents: Iterable<SourceDocument> | AsyncIterable<SourceDocument>,
	target: number | ((done: number) => number),
	read: SourceDocument[]
): AsyncGenerator<SourceDocument[]> {
	const size = typeof target === 'number' ? () => target : target;
	let batch: SourceDocument[] = [];
	let chars = 0;
	let done = 0;
	for await (const doc of documents) {
		read.push(doc);
		batch.push(doc);
		chars += doc.text.length;
		if (chars >= size(done)) {
			yield batch;
			batch = [];
			done += chars;
			chars = 0;
		}
	}
	if (batch.length > 0) yield batch;
}

/** Batches a worker holds at once: it never waits for its next one to be sent. */
const IN_HAND = 2;

/**
 * Runs every batch as it comes: on the workers as each has room, else on the main thread. A
 * batch that cannot come (an input that cannot be read) throws here.
 */
async function runBatches(
	batches: AsyncIterable<SourceDocument[]>,
	analysers: Analysers,
	threads: AnalysisThreads
): Promise<BatchOutcome[]> {
	const outcomes: BatchOutcome[] = [];
	try {
		const workers = await threads.workers;
		if (workers.length === 0) {
			for await (const batch of batches) outcomes.push(batchOutcome(batch, analysers));
			return outcomes;
		}
		// The workers' bundle, run here too: the code tsx runs is slower (see workerScript).
		const analyseHere = (await bundleInThisThread()).batchAnalyser(analysers.reference);
		const sent: SourceDocument[][] = [];
		const waiting: number[] = [];
		const inHand = workers.map(() => 0);
		let allCame = false;
		let finish = () => {};
		let fail: (error: unknown) => void = () => {};
		const finished = new Promise<void>((resolve, reject) => {
			finish = resolve;
			fail = reject;
		});
		// Observed only once every batch came: a worker that fails before is not left unhandled.
		finished.catch(() => undefined);
		// One batch to each worker first, then a second: the first batches go to every worker.
		const feed = () => {
			for (let limit = 1; limit <= IN_HAND; limit++) {
				workers.forEach((worker, w) => {
					while ((inHand[w] ?? 0) < limit && waiting.length > 0) {
						const batch = waiting.shift() as number;
						inHand[w] = (inHand[w] ?? 0) + 1;
						worker.postMessage({ batch, documents: sent[batch] });
					}
				});
			}
			if (allCame && waiting.length === 0 && inHand.every((n) => n === 0)) finish();
		};
		workers.forEach((worker, w) => {
			worker.on('message', (message: { batch: number } & BatchOutcome) => {
				outcomes[message.batch] =
					'result' in message ? { result: message.result } : { failure: message.failure };
				inHand[w] = (inHand[w] ?? 0) - 1;
				feed();
			});
			worker.on('error', fail);
			// After the last batch this changes nothing: the promise is settled.
			worker.on('exit', (code) => fail(new Error(`analysis worker stopped (exit code ${code})`)));
		});
		/** The main thread takes the oldest batch no worker has room for, then lets messages in. */
		const analyseOneHere = async () => {
			const batch = waiting.shift();
			if (batch === undefined) return;
			outcomes[batch] = analyseHere(sent[batch] ?? []);
			await new Promise((resolve) => setImmediate(resolve));
		};
		for await (const batch of batches) {
			waiting.push(sent.push(batch) - 1);
			feed();
			await analyseOneHere();
		}
		allCame = true;
		for (feed(); waiting.length > 0; feed()) await analyseOneHere();
		await finished;
	} finally {
		await stopThreads(threads);
	}
	return outcomes;
}

/**
 * A row the data contract rejects. When the row was read from an input, it is that input's
 * error, naming the file and line (the analysis read something it cannot represent); the
 * contract's own path is kept for whoever fixes the analysis.
 */
export function contractError(issue: ContractIssue): Error {
	if (issue.file !== undefined) {
		const field = [issue.table, ...issue.path].map(String).join(' ');
		return new InputError(
			issue.file,
			`what this line says does not fit the data package (${field}: ${issue.message}); please report it`,
			issue.line
		);
	}
	const at = [issue.table, issue.index, ...issue.path].map(String).join('.');
	return new Error(`analysis output breaks the data contract at ${at}: ${issue.message}`);
}

/** The analysers of a reference, made once (the tests run many small statements against one). */
const analysersByReference = new WeakMap<ReferenceData, Analysers>();
function analysersFor(reference: ReferenceData): Analysers {
	let analysers = analysersByReference.get(reference);
	if (!analysers) analysersByReference.set(reference, (analysers = createAnalysers(reference)));
	return analysers;
}

/**
 * Analyses, checks and writes every table as text. Throws the first InputError in document
 * order, the first break of the data contract (in table, then row order) or the offsets that do
 * not give their quotes, as the one-thread run does.
 *
 * The documents may come as they are read (the CLI's files): the first batches are analysed
 * while the rest are still being read. `chars` is then about how much text will come (to size
 * the batches); a document that cannot be read throws, before any failure of the analysis.
 */
export async function analyseInThreads(
	input: SourceDocument[] | { documents: AsyncIterable<SourceDocument>; chars: number },
	reference: ReferenceData,
	threads: number | AnalysisThreads = Array.isArray(input) ? threadCount(input) : 1
): Promise<AnalysedCorpus> {
	const pool = typeof threads === 'number' ? startThreads(threads, reference) : threads;
	let analysers: Analysers;
	try {
		analysers = analysersFor(reference);
	} catch (error) {
		await stopThreads(pool);
		throw error;
	}
	const chars = Array.isArray(input) ? textLength(input) : input.chars;
	const documents: SourceDocument[] = [];
	const outcomes = await runBatches(
		batchesOf(
			Array.isArray(input) ? input : input.documents,
			(done) => nextBatchChars(chars, done, pool.count),
			documents
		),
		analysers,
		pool
	);
	const results: BatchResult[] = [];
	for (const outcome of outcomes) {
		if ('failure' in outcome) {
			const { file, message, line } = outcome.failure;
			throw new InputError(file, message, line);
		}
		results.push(outcome.result);
	}

	const texts = new Map(documents.map((doc) => [doc.meta.docId, doc.text]));
	const corpus = corpusTables(results, texts, analysers);
	const docs = results.flatMap((r) => r.documents);
	// The comparison tables come from another corpus (run-pipeline.ts adds them): empty here.
	const rowTables = {
		documents: docs,
		...corpus,
		compare: [],
		compareSectors: [],
		compareClauses: [],
		compareMentions: []
	};

	// The data contract: the first issue in table order, then row order, as one zod parse of the
	// whole would report it.
	for (const name of TABLE_NAMES) {
		if (name in rowTables) {
			const rows = rowTables[name as keyof typeof rowTables];
			const issue = firstContractIssue(name, rows);
			if (issue) throw contractError({ ...issue, ...whereFrom(rows[issue.index], documents) });
			continue;
		}
		let offset = 0;
		for (const result of results) {
			const issue = result.contract.find((i) => i.table === name);
			if (issue) throw contractError({ ...issue, index: offset + issue.index });
			offset += result.tables[name as TextTableName].rows;
		}
	}

	// Provenance: every quote is text.slice(start, end).
	const issues: ProvenanceIssue[] = provenanceIssues(
		{
			visits: corpus.visits,
			events: corpus.events,
			eventSources: corpus.eventSources,
			eventPlaces: corpus.eventPlaces
		},
		texts
	);
	const offsets = new Map<string, number>();
	for (const result of results) {
		for (const issue of result.provenance) {
			issues.push({ ...issue, index: (offsets.get(issue.table) ?? 0) + issue.index });
		}
		for (const name of TEXT_TABLES) {
			offsets.set(name, (offsets.get(name) ?? 0) + result.tables[name].rows);
		}
	}
	if (issues.length > 0) {
		const order = (i: ProvenanceIssue) => QUOTING_TABLES.indexOf(i.table);
		issues.sort((a, b) => order(a) - order(b) || a.index - b.index);
		throw new Error(
			`quotes do not match their offsets:\n  ${issues.slice(0, 5).map(formatProvenanceIssue).join('\n  ')}`
		);
	}

	const tables = {} as Record<TableName, TableText>;
	for (const name of TABLE_NAMES) {
		if (name in rowTables) {
			tables[name] = tableText(name, rowTables[name as keyof typeof rowTables]);
			continue;
		}
		const parts = results.map((r) => r.tables[name as TextTableName]).filter((t) => t.rows > 0);
		tables[name] = {
			rows: parts.reduce((sum, t) => sum + t.rows, 0),
			json: () => parts.map((t) => t.json),
			csv: () => parts.map((t) => t.csv),
			lastCsvLineEmpty: parts.at(-1)?.lastCsvLineEmpty ?? false
		};
	}
	return {
		tables,
		documents: docs,
		counts: results.flatMap((r) => r.counts),
		sources: documents,
		textLines: results.map((r) => r.textLines),
		threads: pool.count
	};
}
