/**
 * Checks the promise every record makes: `text.slice(start, end)` is its quote. Run by the CLI
 * before writing and by the tests, so an extractor that drifts by one character fails loudly.
 */
import type { DashboardData } from '../contract/tables';

interface Quoted {
	docId: string;
	start: number | null;
	end: number | null;
	quote?: string;
	text?: string;
}

/** The tables of one document alone whose rows quote its text (analyse-corpus.ts reads them too). */
export const DOCUMENT_QUOTING_TABLES = [
	'paragraphs',
	'sentences',
	'clauses',
	'cues',
	'sectors',
	'figures'
] as const;

/** The tables whose rows quote the text, in the order they are checked. */
export const QUOTING_TABLES = [
	...DOCUMENT_QUOTING_TABLES,
	'visits',
	'routes',
	'events',
	'eventSources',
	'eventPlaces',
	'compareClauses',
	'compareMentions'
] as const;
export type QuotingTable = (typeof QUOTING_TABLES)[number];

export interface ProvenanceIssue {
	table: QuotingTable;
	/** Row index in the table (plus `offsets[table]` when the rows are a slice of it). */
	index: number;
	message: string;
}

/**
 * Whether `text.slice(start, end)` is `quoted` (a check of every quoting row of every document:
 * at 1,000 statements, 1.5 million). A slice and `===`: V8 compares the two in native code,
 * while `text.startsWith(quoted, start)` reads one character at a time and took four to fifteen
 * times as long on quotes of the seed statement.
 */
function gives(text: string, start: number, end: number, quoted: string): boolean {
	return text.slice(start, end) === quoted;
}

/** Every row whose offsets do not give its quote, table by table in QUOTING_TABLES order. */
export function provenanceIssues(
	data: Partial<Pick<DashboardData, QuotingTable>>,
	texts: ReadonlyMap<string, string>,
	offsets: Partial<Record<QuotingTable, number>> = {}
): ProvenanceIssue[] {
	const issues: ProvenanceIssue[] = [];
	for (const table of QUOTING_TABLES) {
		const rows = (data[table] ?? []) as readonly Quoted[];
		const offset = offsets[table] ?? 0;
		rows.forEach((row, i) => {
			const quoted = row.quote ?? row.text ?? '';
			const index = offset + i;
			if (row.start === null || row.end === null) {
				// Reference facts have no words in the texts (and dashboard.json relies on it).
				if (quoted !== '') {
					issues.push({
						table,
						index,
						message: `no offsets, yet quotes ${JSON.stringify(quoted)}`
					});
				}
				return;
			}
			const text = texts.get(row.docId);
			if (text === undefined) {
				issues.push({ table, index, message: `unknown document ${row.docId}` });
			} else if (!gives(text, row.start, row.end, quoted)) {
				issues.push({
					table,
					index,
					message: `offsets ${row.start}–${row.end} give ${JSON.stringify(text.slice(row.start, row.end))}, not ${JSON.stringify(quoted)}`
				});
			}
		});
	}
	return issues;
}

export const formatProvenanceIssue = (issue: ProvenanceIssue) =>
	`${issue.table}[${issue.index}]: ${issue.message}`;

export function provenanceErrors(
	data: DashboardData,
	texts: ReadonlyMap<string, string>
): string[] {
	return provenanceIssues(data, texts).map(formatProvenanceIssue);
}
