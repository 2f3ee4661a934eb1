/**
 * The analysis of a corpus spread over the machine's cores. Documents are independent until the
 * corpus-wide steps (a visit named twice, the timeline), so batches of documents go to worker
 * threads, one per core, each returning its rows checked and written as UTF-8 text
 * (analyse-batch.ts); the main thread only hands out the batches and joins the results in
 * document order, adds the corpus-wide tables and checks those. Small inputs run on the main
 * thread alone: a worker costs a few hundred milliseconds to start. The package is the same bytes
 * whatever the number of threads.
 *
 * PREPROCESS_THREADS=n sets the number of threads that analyse (1: the main thread alone; n > 1:
 * n workers).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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
import { tableText, type TableText } from '../../src/lib/data-package/serialize';
import {
	TEXT_TABLES,
	analyseBatch,
	failureOf,
	firstContractIssue,
	whereFrom,
	type BatchFailure,
	type BatchResult,
	type ContractIssue,
	type DocumentCounts,
	type TextTableName
} from './analyse-batch';

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
	/** Each document's text by id: the offsets point into it. */
	texts: Map<string, string>;
	threads: number;
}

/** The threads to run on for this much text (PREPROCESS_THREADS overrides). */
export function threadCountFor(chars: number): number {
	const asked = Number(process.env.PREPROCESS_THREADS);
	if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, MAX_THREADS);
	return chars < PARALLEL_MIN_CHARS ? 1 : Math.min(availableParallelism(), MAX_THREADS);
}

const threadCount = (documents: readonly SourceDocument[]): number =>
	threadCountFor(documents.reduce((sum, doc) => sum + doc.text.length, 0));

/**
 * The threads that analyse: the main thread alone (`count` 1), or `count` worker threads started
 * now: a worker takes a moment to load the analysis, so the CLI starts them before it reads the
 * inputs. `analyseInThreads` stops them; so must whoever does not get that far.
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
						{ length: count },
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
 * function names by wrapping every closure as it is made (esbuild's keepNames, 3–4 % of the
 * analysis in a profile of 1,000 statements), and each worker would start a loader thread of its
 * own. The bundle is plain compiled code.
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

/** Consecutive documents, about BATCH_CHARS of text each, at least four per thread when parallel. */
function batchesOf(documents: readonly SourceDocument[], threads: number): SourceDocument[][] {
	const chars = documents.reduce((sum, doc) => sum + doc.text.length, 0);
	const count = Math.min(
		documents.length,
		Math.max(Math.ceil(chars / BATCH_CHARS), threads > 1 ? threads * 4 : 1)
	);
	// Cut by text length, so that batches take about the same time.
	const batches: SourceDocument[][] = [];
	let batch: SourceDocument[] = [];
	let read = 0;
	for (const doc of documents) {
		batch.push(doc);
		read += doc.text.length;
		if (batches.length < count - 1 && read >= (chars * (batches.length + 1)) / count) {
			batches.push(batch);
			batch = [];
		}
	}
	if (batch.length > 0) batches.push(batch);
	return batches;
}

type Outcome = { result: BatchResult } | { failure: BatchFailure };

/** Runs every batch: on the workers as each becomes free, or on the main thread when none runs. */
async function runBatches(
	batches: SourceDocument[][],
	analysers: Analysers,
	threads: AnalysisThreads
): Promise<Outcome[]> {
	const outcomes: Outcome[] = new Array(batches.length);
	try {
		const workers = await threads.workers;
		if (workers.length === 0) {
			batches.forEach((batch, b) => {
				outcomes[b] = analyseOnMainThread(batch, analysers);
			});
			return outcomes;
		}
		let next = 0;
		await Promise.all(
			workers.slice(0, batches.length).map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						// Two batches in hand, so that a worker never waits for the next one to be sent.
						let inHand = 0;
						const take = () => {
							if (next >= batches.length) {
								if (inHand === 0) resolve();
								return;
							}
							const batch = next++;
							inHand++;
							worker.postMessage({ batch, documents: batches[batch] });
						};
						worker.on('message', (message: { batch: number } & Outcome) => {
							outcomes[message.batch] =
								'result' in message ? { result: message.result } : { failure: message.failure };
							inHand--;
							take();
						});
						worker.on('error', reject);
						// After the last batch this changes nothing: the promise is settled.
						worker.on('exit', (code) =>
							reject(new Error(`analysis worker stopped (exit code ${code})`))
						);
						take();
						take();
					})
			)
		);
	} finally {
		await stopThreads(threads);
	}
	return outcomes;
}

function analyseOnMainThread(batch: SourceDocument[], analysers: Analysers): Outcome {
	try {
		return { result: analyseBatch(batch, analysers) };
	} catch (error) {
		return { failure: failureOf(error) };
	}
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
 */
export async function analyseInThreads(
	documents: SourceDocument[],
	reference: ReferenceData,
	threads: number | AnalysisThreads = threadCount(documents)
): Promise<AnalysedCorpus> {
	const pool = typeof threads === 'number' ? startThreads(threads, reference) : threads;
	let analysers: Analysers;
	try {
		analysers = analysersFor(reference);
	} catch (error) {
		await stopThreads(pool);
		throw error;
	}
	const outcomes = await runBatches(batchesOf(documents, pool.count), analysers, pool);
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
		texts,
		threads: pool.count
	};
}
