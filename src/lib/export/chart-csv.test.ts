import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDashboardData } from '$lib/server/data';
import { commitmentsByChapter } from '$lib/charts/registry';
import { chartCsv } from './chart-csv';

describe('CSV per chart', () => {
	it('has a BOM, the registry labels as header and one row per chart row', () => {
		const rows = commitmentsByChapter.rows(loadDashboardData());
		const csv = chartCsv(commitmentsByChapter.columns, rows);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
		expect(parsed.data[0]).toEqual(commitmentsByChapter.columns.map((c) => c.label));
		expect(parsed.data.length - 1).toBe(rows.length);
		expect(csv.includes('\r\n')).toBe(true);
	});
	it('guards formula cells, including those with line breaks, and keeps numbers', () => {
		const columns = [
			{ key: 'a' as const, label: 'A' },
			{ key: 'n' as const, label: 'N', numeric: true }
		];
		const csv = chartCsv(columns, [
			{ a: '=HYPERLINK("x")', n: -3 },
			{ a: '-1+2\nnext', n: 1.5 },
			{ a: 'Hà Nội, "café"', n: 0 }
		]);
		const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(parsed[1]).toEqual(['\'=HYPERLINK("x")', '-3']);
		expect(parsed[2]).toEqual(["'-1+2\nnext", '1.5']);
		expect(parsed[3]).toEqual(['Hà Nội, "café"', '0']);
	});
});
