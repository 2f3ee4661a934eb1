/**
 * CSV for analysts: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (so Excel
 * reads accents and Vietnamese names right), and a guard against formula injection.
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

type Cell = string | number | boolean | null | undefined;

export function toCsv(rows: readonly object[], columns: readonly Column[]): string {
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
