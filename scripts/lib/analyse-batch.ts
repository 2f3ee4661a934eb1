/**
 * One batch of documents, analysed, checked and written as text, ready to be joined with the
 * other batches in document order. The same function runs on the main thread and in the worker
 * threads (analysis-worker.ts), so the package is the same however many threads run.
 */
import { z } from 'zod';
import {
	analyseDocument,
	type Analysers,
	type DocumentAnalysis,
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
/** Where `utf8` encodes; grown to the largest text a batch makes, then reused. */
let scratch = Buffer.allocUnsafeSlow(0);

/**
 * The text as UTF-8 bytes, in an ArrayBuffer of their own (so it can be handed to another
 * thread). Encoded into a reused buffer of the text's largest size (3 bytes per UTF-16 unit) and
 * copied out: one pass over the text, where `TextEncoder.encode` makes two (it measures first),
 * about a third less time on the batches' CSV text.
 */
export function utf8(text: string): Uint8Array {
	if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafeSlow(text.length * 3);
	const length = scratch.write(text, 'utf8');
	const bytes = new Uint8Array(length);
	bytes.set(scratch.subarray(0, length));
	return bytes;
}

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

/** The groups of lines as one text, appended (V8 copies them once, when the text is encoded). */
function joined(groups: Iterable<string>, separator: string): string {
	let text = '';
	let first = true;
	for (const group of groups) {
		text += first ? group : separator + group;
		first = false;
	}
	return text;
}

export function analyseBatch(
	documents: readonly SourceDocument[],
	analysers: Analysers
): BatchResult {
	const analyses: DocumentAnalysis[] = documents.map((doc) => analyseDocument(doc, analysers));
	const texts = new Map(documents.map((doc) => [doc.meta.docId, doc.text]));
	const result: BatchResult = {
		documents: analyses.flatMap((a) => a.documents),
		tables: {} as Record<TextTableName, EncodedRows>,
		textLines: utf8(dashboardTextLines(texts)),
		visits: analyses.flatMap((a) => a.visits),
		textEvents: analyses.flatMap((a) => a.textEvents),
		counts: analyses.map((a, i) => ({
			file: documents[i]?.meta.file ?? '',
			docId: documents[i]?.meta.docId ?? '',
			clauses: a.clauses.length,
			commitments: a.clauses.filter((c) => c.level >= 3).length,
			figures: a.figures.length
		})),
		contract: [],
		provenance: []
	};
	for (const name of TEXT_TABLES) {
		const rows: object[] = analyses.length === 1 ? (analyses[0]?.[name] ?? []) : [];
		if (analyses.length > 1) for (const a of analyses) for (const row of a[name]) rows.push(row);
		const issue = firstContractIssue(name, rows);
		if (issue) result.contract.push({ ...issue, ...whereFrom(rows[issue.index], documents) });
		if ((QUOTING_TABLES as readonly string[]).includes(name)) {
			result.provenance.push(...provenanceIssues({ [name]: rows }, texts));
		}
		result.tables[name] = {
			rows: rows.length,
			json: utf8(joined(dashboardRowGroups(rows, DASHBOARD_KEYS[name]), ',\n')),
			csv: utf8(joined(csvLineGroups(rows, COLUMNS[name]), '\r\n')),
			lastCsvLineEmpty: endsWithEmptyLine(rows, COLUMNS[name])
		};
	}
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
