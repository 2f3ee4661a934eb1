import { describe, expect, it } from 'vitest';
import type { ChartColumn } from '$lib/charts/types';
import { dataTableHtml, tableCell } from './data-table-html';

interface Row {
	label: string;
	count: number;
	rate: number | null;
}
const COLUMNS: ChartColumn<Row>[] = [
	{ key: 'label', label: 'Statement <name>' },
	{ key: 'count', label: 'Clauses', numeric: true },
	{ key: 'rate', label: 'Per 1,000 words', numeric: true }
];

describe('tableCell', () => {
	it.each([
		[null, '–'],
		[undefined, '–'],
		[12, '12'],
		[2.0476, '2.05'],
		['text', 'text']
	])('%s → %s', (value, shown) => {
		expect(tableCell(value)).toBe(shown);
	});
});

describe('dataTableHtml', () => {
	it('writes a captioned table, numeric columns marked, every label and cell escaped', () => {
		const html = dataTableHtml('A & B', COLUMNS, [
			{ label: '<script>x</script>', count: 3, rate: 1.234 },
			{ label: 'US–Indonesia', count: 40, rate: null }
		]);
		expect(html).toBe(
			'<table><caption class="visually-hidden">A &amp; B: data</caption>' +
				'<thead><tr><th scope="col">Statement &lt;name&gt;</th><th scope="col" class="n">Clauses</th>' +
				'<th scope="col" class="n">Per 1,000 words</th></tr></thead><tbody>' +
				'<tr><td>&lt;script&gt;x&lt;/script&gt;</td><td class="n">3</td><td class="n">1.23</td></tr>' +
				'<tr><td>US–Indonesia</td><td class="n">40</td><td class="n">–</td></tr>' +
				'</tbody></table>'
		);
	});
});
