/**
 * One batch of documents, analysed, checked and written as text, ready to be joined with the
 * other batches in document order. The same function runs on the main thread and in the worker
 * threads (analysis-worker.ts), so the package is the same however many threads run.
 */
import { z } from 'zod';
import {
	analyseDocument,
	type Analysers,
	type SourceDocument,
	type TextEvent
} from '../../src/lib/analysis/analyse-corpus';
import { InputError } from '../../src/lib/analysis/errors';
import { lineNumberAt } from '../../src/lib/analysis/lines';
import {
	QUOTING_TABLES,
	provenanceIssues,
	type ProvenanceIssue
} from '../../src/lib/analysis/verify-provenance';
import {
	TABLES,
	type DocumentRow,
	type TableName,
	type VisitRow
} from '../../src/lib/contract/tables';
import { columnsOf } from '../../src/lib/data-package/columns';
import { csvLineGroups, endsWithEmptyLine } from '../../src/lib/data-package/csv';
import { compileRowCheck } from '../../src/lib/data-package/row-check';
import { Utf8Sink } from './utf8-sink';
import {
	dashboardKeys,
	dashboardRowGroups,
	dashboardTextLines
} from '../../src/lib/data-package/dashboard-json';

/** The per-document tables a batch writes as text (documents stay rows: the README lists them). */
export const TEXT_TABLES = [
	'chapters',
	'paragraphs',
	'sentences',
	'clauses',
	'cues',
	'sectors',
	'figures',
	'routes'
] as const satisfies readonly TableName[];
export type TextTableName = (typeof TEXT_TABLES)[number];

/** A table's rows of one batch as UTF-8: dashboard.json lines joined by ",\n", CSV lines by CRLF. */
export interface EncodedRows {
	rows: number;
	json: Uint8Array;
	csv: Uint8Array;
	lastCsvLineEmpty: boolean;
}

/** The first row of a table that breaks the data contract (index within the batch). */
export interface ContractIssue {
	table: TableName;
	index: number;
	/** Path inside the row, as zod gives it. */
	path: PropertyKey[];
	message: string;
	/** The input the row was read from, and the line its words start on, when the row says. */
	file?: string;
	line?: number;
}

/** What became of a batch: its result, or the input that stopped it. */
export type BatchOutcome = { result: BatchResult } | { failure: BatchFailure };

/** The file and line a row of the analysis was read from, when it quotes a document. */
export function whereFrom(
	row: unknown,
	documents: readonly SourceDocument[]
): { file?: string; line?: number } {
	const { docId, start } = (row ?? {}) as { docId?: unknown; start?: unknown };
	const doc = documents.find((d) => d.meta.docId === docId);
	if (!doc) return {};
	return typeof start === 'number' && Number.isFinite(start)
		? { file: doc.meta.file, line: lineNumberAt(doc.text, start) }
		: { file: doc.meta.file };
}

export interface DocumentCounts {
	file: string;
	docId: string;
	clauses: number;
	commitments: number;
	figures: number;
}

export interface BatchResult {
	documents: DocumentRow[];
	tables: Record<TextTableName, EncodedRows>;
	/** The documents' entries of dashboard.json's "texts" (dashboardTextLines), as UTF-8. */
	textLines: Uint8Array;
	visits: VisitRow[];
	textEvents: TextEvent[];
	counts: DocumentCounts[];
	contract: ContractIssue[];
	/** Row indexes within the batch. */
	provenance: ProvenanceIssue[];
}

/** A batch that stopped on a document it cannot analyse. */
export interface BatchFailure {
	file: string;
	message: string;
	line?: number;
}

const COLUMNS = Object.fromEntries(
	TEXT_TABLES.map((name) => [name, columnsOf(TABLES[name].row)])
) as Record<TextTableName, ReturnType<typeof columnsOf>>;
const DASHBOARD_KEYS = Object.fromEntries(
	TEXT_TABLES.map((name) => [name, dashboardKeys(name)])
) as Record<TextTableName, string[]>;
const rowChecks = new Map<TableName, ReturnType<typeof compileRowCheck>>();

/**
 * The first issue zod finds in the rows of `table`, or undefined. A check compiled from the row
 * schema clears valid rows fast; zod reads the rows only when one fails it.
 */
export function firstContractIssue(
	table: TableName,
	rows: readonly unknown[]
): ContractIssue | undefined {
	const row = TABLES[table].row;
	if (!rowChecks.has(table)) rowChecks.set(table, compileRowCheck(row));
	const check = rowChecks.get(table);
	if (check && rows.every(check)) return undefined;
	const checked = z.array(row).safeParse(rows);
	if (checked.success) return undefined;
	const issue = checked.error.issues[0];
	if (!issue) return undefined;
	const [index, ...path] = issue.path;
	return { table, index: typeof index === 'number' ? index : 0, path, message: issue.message };
}

/**
 * Appends groups of lines to a sink, each after `separator` unless it is the first of its text:
 * a batch's text is one document's lines after another's.
 */
function appendLines(sink: Utf8Sink, groups: Iterable<string>, separator: string, first: boolean) {
	for (const group of groups) {
		sink.append(first ? group : separator + group);
		first = false;
	}
}

/** A table of a batch, written document by document: checked, then appended as UTF-8. */
export class TableWriter {
	private rows = 0;
	private lastRow: object | undefined;
	/** Whether a row broke the data contract: only the first break is reported. */
	private broken = false;
	private readonly json = new Utf8Sink();
	private readonly csv = new Utf8Sink();
	private readonly quoting: boolean;

	constructor(private readonly name: TextTableName) {
		this.quoting = (QUOTING_TABLES as readonly string[]).includes(name);
	}

	/**
	 * One document's rows. Issues go to `result` with their row index within the batch: the first
	 * break of the data contract (once per table), and every quote its offsets do not give.
	 */
	add(rows: readonly object[], doc: SourceDocument, result: BatchResult): void {
		if (rows.length === 0) return;
		const { name } = this;
		if (!this.broken) {
			const issue = firstContractIssue(name, rows);
			if (issue) {
				this.broken = true;
				const at = { ...issue, index: this.rows + issue.index };
				result.contract.push({ ...at, ...whereFrom(rows[issue.index], [doc]) });
			}
		}
		if (this.quoting) {
			const texts = new Map([[doc.meta.docId, doc.text]]);
			for (const issue of provenanceIssues({ [name]: rows }, texts)) {
				result.provenance.push({ ...issue, index: this.rows + issue.index });
			}
		}
		const first = this.rows === 0;
		appendLines(this.json, dashboardRowGroups(rows, DASHBOARD_KEYS[name]), ',\n', first);
		appendLines(this.csv, csvLineGroups(rows, COLUMNS[name]), '\r\n', first);
		this.rows += rows.length;
		this.lastRow = rows[rows.length - 1];
	}

	encoded(): EncodedRows {
		return {
			rows: this.rows,
			json: this.json.bytes(),
			csv: this.csv.bytes(),
			lastCsvLineEmpty: this.lastRow ? endsWithEmptyLine([this.lastRow], COLUMNS[this.name]) : false
		};
	}
}

/**
 * Analyses a batch a document at a time: each document's rows are checked and written as UTF-8
 * before the next is read, so they die young. Kept for the whole batch, as they once were, the
 * rows outlived the young generation's collections and were copied by each.
 */
export function analyseBatch(
	documents: readonly SourceDocument[],
	analysers: Analysers
): BatchResult {
	const result: BatchResult = {
		documents: [],
		tables: {} as Record<TextTableName, EncodedRows>,
		textLines: new Uint8Array(0),
		visits: [],
		textEvents: [],
		counts: [],
		contract: [],
		provenance: []
	};
	const writers = TEXT_TABLES.map((name) => new TableWriter(name));
	const textLines = new Utf8Sink();
	documents.forEach((doc, d) => {
		const analysis = analyseDocument(doc, analysers);
		result.documents.push(...analysis.documents);
		result.visits.push(...analysis.visits);
		result.textEvents.push(...analysis.textEvents);
		result.counts.push({
			file: doc.meta.file,
			docId: doc.meta.docId,
			clauses: analysis.clauses.length,
			commitments: analysis.clauses.filter((c) => c.level >= 3).length,
			figures: analysis.figures.length
		});
		appendLines(textLines, [dashboardTextLines([[doc.meta.docId, doc.text]])], ',\n', d === 0);
		TEXT_TABLES.forEach((name, t) => writers[t]?.add(analysis[name], doc, result));
	});
	result.textLines = textLines.bytes();
	TEXT_TABLES.forEach((name, t) => {
		result.tables[name] = (writers[t] as TableWriter).encoded();
	});
	return result;
}

/** The byte buffers of a result, to hand them to another thread without copying. */
export const transferables = (result: BatchResult): ArrayBuffer[] => [
	result.textLines.buffer as ArrayBuffer,
	...TEXT_TABLES.flatMap((name) => [
		result.tables[name].json.buffer as ArrayBuffer,
		result.tables[name].csv.buffer as ArrayBuffer
	])
];

/** A batch's outcome: its result, or the input error that stopped it (other errors throw). */
export function batchOutcome(
	documents: readonly SourceDocument[],
	analysers: Analysers
): BatchOutcome {
	try {
		return { result: analyseBatch(documents, analysers) };
	} catch (error) {
		return { failure: failureOf(error) };
	}
}

export function failureOf(error: unknown): BatchFailure {
	if (error instanceof InputError) {
		return {
			file: error.file,
			message: error.message,
			...(error.line === undefined ? {} : { line: error.line })
		};
	}
	throw error;
}
