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

/** One cell as PapaParse's `safe()` writes it with our options. */
export function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
		// A number's text never holds a quote, comma, line break or space.
		return String(value);
	}
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
	let text = typeof value === 'string' ? value : String(value);
	let quoted = false;
	if (FORMULA_START.test(text)) {
		text = `'${text}`;
		quoted = true;
	}
	if (text.includes('"')) {
		text = text.replace(QUOTES, '""');
		quoted = true;
	}
	if (
		!quoted &&
		(NEEDS_QUOTES.test(text) ||
			text.charCodeAt(0) === SPACE ||
			text.charCodeAt(text.length - 1) === SPACE)
	) {
		quoted = true;
	}
	return quoted ? `"${text}"` : text;
}

/** Rows per chunk: about 100–500 KB of text. */
const CHUNK_ROWS = 1000;

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
	const keys = columns.map((column) => column.key);
	const width = keys.length;
	const header = columns.map((column) => csvCell(column.name)).join(',');
	// PapaParse puts CRLF between lines and toCsv adds one at the end unless the text already
	// ends with one, which happens only when the last line is empty (one column, empty cell).
	let lastLine = header;
	let chunk = `${BOM}${header}`;
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r] as Record<string, Cell>;
		let line = csvCell(row[keys[0] as string]);
		for (let c = 1; c < width; c++) line += `,${csvCell(row[keys[c] as string])}`;
		chunk += `\r\n${line}`;
		lastLine = line;
		if ((r + 1) % CHUNK_ROWS === 0) {
			yield chunk;
			chunk = '';
		}
	}
	if (!(rows.length > 0 && lastLine === '')) chunk += '\r\n';
	yield chunk;
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
