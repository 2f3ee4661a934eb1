/**
 * CSV for analysts: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (so Excel
 * reads accents and Vietnamese names right), and a guard against formula injection.
 *
 * The bytes are those of `Papa.unparse` with `{ newline: '\r\n', escapeFormulae: FORMULA_START,
 * quotes: false }` (csv.test.ts proves it on tricky cells), written by hand because PapaParse
 * builds one string per table: at 1,000 documents that is hundreds of MB and a third of the run.
 * Rows come out in chunks, so a large table never has to be one string.
 */
import Papa from 'papaparse';
import type { Column } from './columns';
import { numberText } from './number-text';

/** UTF-8 byte-order mark: Excel needs it to read the file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe. A RegExp, not
 * `escapeFormulae: true`: the boolean form misses cells with a line break (PapaParse#1149).
 * Numbers are not strings and are never touched, so -3 stays a number.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Characters that force quotes (PapaParse's BAD_DELIMITERS, the quote and the delimiter). */
const NEEDS_QUOTES = /[",\r\n\uFEFF]/;
const QUOTES = /"/g;
const SPACE = 32;

type Cell = string | number | boolean | null | undefined;

/** Whether a text starting with this char code matches FORMULA_START. */
const startsFormula = (code: number) =>
	code === 61 ||
	code === 43 ||
	code === 45 ||
	code === 64 ||
	code === 9 ||
	code === 13 ||
	code === 10;

/** A text cell: PapaParse's formula guard, then quotes when it needs them. One scan of the text. */
function csvText(text: string): string {
	if (text === '') return '';
	const formula = startsFormula(text.charCodeAt(0));
	if (NEEDS_QUOTES.test(text)) {
		// Most quoted cells hold a comma and no quote: they need no replace (a second regex pass).
		const escaped = text.includes('"') ? text.replace(QUOTES, '""') : text;
		return formula ? `"'${escaped}"` : `"${escaped}"`;
	}
	if (formula) return `"'${text}"`;
	if (text.charCodeAt(0) === SPACE || text.charCodeAt(text.length - 1) === SPACE)
		return `"${text}"`;
	return text;
}

/** One cell as PapaParse's `safe()` writes it with our options. */
export function csvCell(value: unknown): string {
	if (typeof value === 'string') return csvText(value);
	if (value === null || value === undefined) return '';
	// A number's text never holds a quote, comma, line break or space.
	if (typeof value === 'number') return numberText(value);
	if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
	return csvText(String(value));
}

/** Rows per group of lines: about 100–500 KB of text. */
const GROUP_ROWS = 1000;

/** The header line (column names), without BOM or line end. */
export const csvHeader = (columns: readonly Column[]): string =>
	columns.map((column) => csvCell(column.name)).join(',');

/** One row's line, without line end. */
export function csvLine(row: object, columns: readonly Column[]): string {
	const record = row as Record<string, Cell>;
	// Appended, not joined from an array of cells: V8 links the pieces and copies them once,
	// when the text is encoded, where a join copies every line again (a fifth of the CSV's cost).
	let line = '';
	for (let c = 0; c < columns.length; c++) {
		if (c > 0) line += ',';
		line += csvCell(record[(columns[c] as Column).key]);
	}
	return line;
}

/** The rows' lines in groups; lines inside a group, and the groups, are joined by CRLF. */
export function* csvLineGroups(
	rows: readonly object[],
	columns: readonly Column[]
): Generator<string> {
	for (let from = 0; from < rows.length; from += GROUP_ROWS) {
		const to = Math.min(rows.length, from + GROUP_ROWS);
		let group = csvLine(rows[from] as object, columns);
		for (let r = from + 1; r < to; r++) group += '\r\n' + csvLine(rows[r] as object, columns);
		yield group;
	}
}

/**
 * Whether the file ends without a CRLF of its own: PapaParse puts CRLF between lines and toCsv
 * adds one at the end unless the text already ends with one, which happens only when the last
 * line is empty (one column, an empty cell).
 */
export const endsWithEmptyLine = (rows: readonly object[], columns: readonly Column[]) =>
	rows.length > 0 && csvLine(rows[rows.length - 1] as object, columns) === '';

/**
 * The CSV file in pieces whose concatenation is the file: BOM and header first, then the rows,
 * CRLF after every line.
 */
export function* csvChunks(rows: readonly object[], columns: readonly Column[]): Generator<string> {
	if (columns.length === 0) {
		// No header: PapaParse's own rules for this corner case.
		yield legacyCsv(rows, columns);
		return;
	}
	yield `${BOM}${csvHeader(columns)}`;
	for (const group of csvLineGroups(rows, columns)) yield `\r\n${group}`;
	if (!endsWithEmptyLine(rows, columns)) yield '\r\n';
}

export function toCsv(rows: readonly object[], columns: readonly Column[]): string {
	let csv = '';
	for (const chunk of csvChunks(rows, columns)) csv += chunk;
	return csv;
}

/** The PapaParse path, for a table without columns (never in the data contract). */
function legacyCsv(rows: readonly object[], columns: readonly Column[]): string {
	const data = rows.map((row) =>
		columns.map((column) => {
			const value = (row as Record<string, Cell>)[column.key];
			return value === null || value === undefined ? '' : value;
		})
	);
	const body = Papa.unparse(
		{ fields: columns.map((column) => column.name), data },
		{ newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false }
	);
	return `${BOM}${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}
