/**
 * A chart's rows as an HTML table, with the registry's column labels: the chart's text
 * alternative (always in the page for screen readers, shown by the "Table" button) and what the
 * CSV download contains. A string rather than Svelte elements: four to six tables of up to a
 * few hundred cells were a fifth of a chart page's hydration, and a table has nothing to wire
 * ($lib/format/html says why strings hydrate cheaply).
 */
import type { ChartColumn } from '$lib/charts/types';
import { attributes, escapeHtml } from '$lib/format/html';

/** A cell as shown: '–' for no value, whole numbers as they are, others to two decimals. */
export function tableCell(value: unknown): string {
	if (value === null || value === undefined) return '–';
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
	return String(value);
}

export function dataTableHtml<Row>(
	title: string,
	columns: readonly ChartColumn<Row>[],
	rows: readonly Row[]
): string {
	const numeric = (col: ChartColumn<Row>) => attributes([['class', col.numeric ? 'n' : '']]);
	const head = columns
		.map((col) => `<th scope="col"${numeric(col)}>${escapeHtml(col.label)}</th>`)
		.join('');
	const body = rows
		.map(
			(row) =>
				`<tr>${columns
					.map((col) => `<td${numeric(col)}>${escapeHtml(tableCell(row[col.key]))}</td>`)
					.join('')}</tr>`
		)
		.join('');
	return (
		`<table><caption class="visually-hidden">${escapeHtml(title)}: data</caption>` +
		`<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
	);
}
