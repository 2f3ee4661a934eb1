/**
 * dashboard.json, the site's copy of the package: every table as columns and rows of values
 * (one row per line, so a diff shows the rows that changed), and each document's text once.
 *
 * A row does not repeat the words it quotes: `text.slice(start, end)` of its document gives them
 * (the promise verify-provenance.ts checks before anything is written), so `decodeDashboard`
 * puts them back and the site reads the same rows as the CSVs. Written this way the file is
 * 60% smaller than rows as objects with their words, and so is the work of writing it: at
 * 1,000 statements it was the largest output of the pipeline (506 MB, now about 200 MB).
 */
import { z } from 'zod';
import {
	TABLES,
	TABLE_NAMES,
	dashboardData,
	type DashboardData,
	type TableName
} from '../contract/tables';
import { columnsOf } from './columns';
import { numberText } from './number-text';

/** The field holding the quoted words, in the tables whose rows quote the text by offsets. */
export function quotedField(table: TableName): 'text' | 'quote' | undefined {
	const keys = Object.keys(TABLES[table].row.shape);
	if (!keys.includes('start') || !keys.includes('end')) return undefined;
	if (keys.includes('quote')) return 'quote';
	return keys.includes('text') ? 'text' : undefined;
}

/** The keys a table's rows have in dashboard.json: its columns but the quoted words. */
export function dashboardKeys(table: TableName): string[] {
	const quoted = quotedField(table);
	return columnsOf(TABLES[table].row)
		.map((column) => column.key)
		.filter((key) => key !== quoted);
}

/** Rows per group of lines (a group is one piece of the file: about 50–200 KB). */
const GROUP_ROWS = 500;
/** Indentation of a row line: inside "tables" → table → "rows". */
const ROW_INDENT = '\t\t\t\t';
/** Between two row lines. */
const LINE_BREAK = `,\n${ROW_INDENT}`;

/**
 * The rows as dashboard.json lines, in groups; lines within a group, and the groups, are joined
 * by ",\n". Each line is the row's values in `keys` order.
 */
export function* dashboardRowGroups(
	rows: readonly object[],
	keys: readonly string[]
): Generator<string> {
	for (let from = 0; from < rows.length; from += GROUP_ROWS) {
		const to = Math.min(rows.length, from + GROUP_ROWS);
		// Appended, not joined (see csvLine): the group is copied once, when it is encoded.
		let group = '';
		for (let r = from; r < to; r++) {
			const row = rows[r] as Record<string, unknown>;
			let line = r > from ? `${LINE_BREAK}[` : `${ROW_INDENT}[`;
			for (let k = 0; k < keys.length; k++) {
				if (k > 0) line += ',';
				line += jsonValue(row[keys[k] as string]);
			}
			group += `${line}]`;
		}
		yield group;
	}
}

/** What a JSON string must escape: quotes, backslashes, controls, and lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const JSON_ESCAPES = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A value as `JSON.stringify([value])` writes it between the brackets (undefined is null). Most
 * of a row's values are numbers, and strings with nothing to escape: written here, they skip
 * JSON.stringify's setup for every row (about 0.8 µs a row on Node 20; one analysis thread took
 * about 2.5 % less time per statement, 120 batches alternating with the JSON.stringify version).
 */
export function jsonValue(value: unknown): string {
	switch (typeof value) {
		case 'string':
			// A surrogate pair needs no escape but takes the slow path: it is rare in this text.
			return JSON_ESCAPES.test(value) ? JSON.stringify(value) : `"${value}"`;
		case 'number':
			return Number.isFinite(value) ? numberText(value) : 'null';
		case 'boolean':
			return value ? 'true' : 'false';
		default:
			return JSON.stringify([value]).slice(1, -1);
	}
}

/** A table's rows as they stand in dashboard.json: groups of lines (see above), made when read. */
export type DashboardLines = () => Iterable<string | Uint8Array>;

/**
 * The entries of dashboard.json's "texts", one line per document (`"docId": "text"`), in the
 * given order, joined by ",\n": what `dashboardJson` takes, made where the texts are (a worker
 * makes its documents' lines, so the main thread need not write 30 MB of JSON at the end).
 */
export function dashboardTextLines(texts: Iterable<readonly [string, string]>): string {
	const lines: string[] = [];
	for (const [docId, text] of texts) {
		lines.push(`\t\t${JSON.stringify(docId)}: ${JSON.stringify(text)}`);
	}
	return lines.join(',\n');
}

/**
 * dashboard.json in pieces: the texts by document id (groups of `dashboardTextLines`, in
 * document order), then each table's columns and row lines.
 */
export function* dashboardJson(
	texts: Iterable<string | Uint8Array>,
	tables: ReadonlyArray<[TableName, DashboardLines]>
): Generator<string | Uint8Array> {
	yield '{\n\t"texts": {';
	let first = true;
	for (const group of texts) {
		if (group.length === 0) continue;
		yield first ? '\n' : ',\n';
		yield group;
		first = false;
	}
	yield `${first ? '' : '\n\t'}},\n\t"tables": {`;
	for (let t = 0; t < tables.length; t++) {
		const [name, lines] = tables[t] as [TableName, DashboardLines];
		yield `${t > 0 ? ',' : ''}\n\t\t${JSON.stringify(name)}: {\n\t\t\t"columns": ${JSON.stringify(dashboardKeys(name))},\n\t\t\t"rows": [`;
		let firstGroup = true;
		for (const group of lines()) {
			yield firstGroup ? '\n' : ',\n';
			yield group;
			firstGroup = false;
		}
		yield firstGroup ? ']\n\t\t}' : '\n\t\t\t]\n\t\t}';
	}
	yield `${tables.length > 0 ? '\n\t' : ''}}\n}\n`;
}

const wireTable = z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) });
const wire = z.object({
	texts: z.record(z.string(), z.string()),
	tables: z.object(
		Object.fromEntries(TABLE_NAMES.map((name) => [name, wireTable])) as Record<
			TableName,
			typeof wireTable
		>
	)
});

/** Where dashboard.json does not hold what the data contract needs. */
export class DashboardFormatError extends Error {
	constructor(
		readonly path: string,
		readonly detail: string
	) {
		super(`${path}: ${detail}`);
	}
}

/** The first issue zod found, as a DashboardFormatError. */
function formatError(error: z.ZodError): DashboardFormatError {
	const issue = error.issues[0];
	return new DashboardFormatError(issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
}

/**
 * The tables of a parsed dashboard.json as rows, each with its quoted words put back from its
 * document's text. The rows are not checked against the data contract here: parse them with
 * `dashboardData` (src/lib/contract/tables.ts).
 */
export function decodeDashboard(json: unknown): Record<TableName, Record<string, unknown>[]> {
	const parsed = wire.safeParse(json);
	if (!parsed.success) throw formatError(parsed.error);
	const { texts, tables } = parsed.data;
	const out = {} as Record<TableName, Record<string, unknown>[]>;
	for (const name of TABLE_NAMES) {
		const { columns, rows } = tables[name];
		const quoted = quotedField(name);
		out[name] = rows.map((values, r) => {
			const row: Record<string, unknown> = {};
			columns.forEach((key, k) => {
				row[key] = values[k];
			});
			if (quoted) {
				const { docId, start, end } = row;
				if (start === null || end === null) row[quoted] = '';
				else if (
					typeof docId === 'string' &&
					typeof start === 'number' &&
					typeof end === 'number'
				) {
					const text = texts[docId];
					if (text === undefined) {
						throw new DashboardFormatError(`tables.${name}.rows.${r}`, `no text for ${docId}`);
					}
					row[quoted] = text.slice(start, end);
				}
			}
			return row;
		});
	}
	return out;
}

/**
 * The text of a dashboard.json as rows checked against the data contract. Throws a
 * DashboardFormatError naming the first place that does not fit.
 */
export function parseDashboard(text: string): DashboardData {
	const result = dashboardData.safeParse(decodeDashboard(JSON.parse(text)));
	if (!result.success) throw formatError(result.error);
	return result.data;
}
