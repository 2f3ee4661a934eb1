/**
 * A chart's data as the chart shows it, as CSV: the registry's columns with their labels as
 * the header. Same rules as the data package (papaparse unparse, CRLF, UTF-8 BOM, formula
 * guard with a RegExp so cells with line breaks are caught too).
 */
import Papa from 'papaparse';
import { BOM, FORMULA_START } from '$lib/data-package/csv';
import type { ChartColumn } from '$lib/charts/types';

export function chartCsv<Row>(columns: ChartColumn<Row>[], rows: Row[]): string {
	const data = rows.map((row) =>
		columns.map((c) => {
			const value = (row as Record<string, unknown>)[c.key];
			return value === null || value === undefined ? '' : value;
		})
	);
	const body = Papa.unparse(
		{ fields: columns.map((c) => c.label), data },
		{ newline: '\r\n', escapeFormulae: FORMULA_START }
	);
	return `${BOM}${body}\r\n`;
}
