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

export function provenanceErrors(
	data: DashboardData,
	texts: ReadonlyMap<string, string>
): string[] {
	const errors: string[] = [];
	const tables = [
		'paragraphs',
		'sentences',
		'clauses',
		'cues',
		'sectors',
		'figures',
		'visits',
		'routes',
		'events',
		'eventPlaces'
	] as const;
	for (const table of tables) {
		(data[table] as readonly Quoted[]).forEach((row, index) => {
			if (row.start === null || row.end === null) return; // reference facts have no words
			const text = texts.get(row.docId);
			const quoted = row.quote ?? row.text ?? '';
			if (text === undefined) errors.push(`${table}[${index}]: unknown document ${row.docId}`);
			else if (text.slice(row.start, row.end) !== quoted) {
				errors.push(
					`${table}[${index}]: offsets ${row.start}–${row.end} give ${JSON.stringify(text.slice(row.start, row.end))}, not ${JSON.stringify(quoted)}`
				);
			}
		});
	}
	return errors;
}
