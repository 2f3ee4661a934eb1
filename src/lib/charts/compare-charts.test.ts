/**
 * The /compare charts on the real data package: rows add up to the compare tables, the reader's
 * choice of statements is applied in order, and each mark selects what it counts.
 */
import { describe, expect, it } from 'vitest';
import { loadDashboardData, loadDocumentTexts } from '$lib/server/data';
import { statementDetail } from '../../routes/compare/statement-detail';
import { emphasisLabel } from './stacked-levels';
import {
	compareConditional,
	compareLength,
	compareModality,
	compareRates,
	compareSectors,
	compareTargets
} from './registry';
import {
	chooseSectorCells,
	chooseStatements,
	compareSectorRows,
	compareStatementRows,
	median,
	percentShares
} from './rows/compare-rows';

const data = loadDashboardData();
const rows = compareStatementRows(data);

interface Series {
	name: string;
	data: { value: number | number[]; name: string }[];
}
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('percentShares', () => {
	it('gives tenths of a percent that add up to exactly 100', () => {
		expect(percentShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
		expect(percentShares([39, 27, 26, 45, 15])).toEqual([25.6, 17.8, 17.1, 29.6, 9.9]);
		expect(percentShares([0, 0])).toEqual([0, 0]);
	});
});

describe('median', () => {
	it('is the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBe(0);
	});
});

describe('compare rows', () => {
	it('put the focus statement first, then the others newest first', () => {
		expect(rows[0]?.focus).toBe(true);
		expect(rows.filter((r) => r.focus)).toHaveLength(1);
		const dates = rows.slice(1).map((r) => r.date);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(rows).toHaveLength(data.compare.length);
	});
	it('carry the compare table’s counts, the level shares adding to 100', () => {
		for (const row of rows) {
			const source = data.compare.find((c) => c.docId === row.docId);
			expect(row.clauses).toBe(source?.clauses);
			expect(row.level0 + row.level1 + row.level2 + row.level3 + row.level4).toBe(row.clauses);
			const shares = row.share0 + row.share1 + row.share2 + row.share3 + row.share4;
			expect(Math.round(shares * 10)).toBe(row.clauses > 0 ? 1000 : 0);
		}
	});
	it('the Viet Nam–EU statement’s row is the joint statement’s own counts', () => {
		const focus = rows[0];
		const clauses = data.clauses.filter((c) => c.docId === focus?.docId);
		expect(focus?.clauses).toBe(clauses.length);
		expect(focus?.commitments).toBe(clauses.filter((c) => c.level >= 3).length);
		expect(focus?.commitmentsRg).toBe(clauses.filter((c) => c.researchGroupCommitment).length);
		expect(focus?.conditional).toBe(clauses.filter((c) => c.conditional).length);
	});
	it('the heatmap is a full statements × sectors grid of the compare-sectors table', () => {
		const cells = compareSectorRows(data);
		expect(cells).toHaveLength(data.compareSectors.length);
		const sectors = new Set(cells.map((c) => c.sector)).size;
		expect(cells.slice(0, rows.length).map((c) => c.docId)).toEqual(rows.map((r) => r.docId));
		expect(cells).toHaveLength(sectors * rows.length);
	});
});

describe('the reader’s choice of statements', () => {
	const [a, b, c] = rows.map((r) => r.docId) as [string, string, string];
	it('keeps the chosen statements in the chosen order, ignoring unknown and repeated ids', () => {
		expect(chooseStatements(rows, [c, 'nope', a, c]).map((r) => r.docId)).toEqual([c, a]);
	});
	it('shows every statement in the default order when none is chosen', () => {
		expect(chooseStatements(rows, [])).toEqual(rows);
		expect(chooseStatements(rows, ['nope'])).toEqual(rows);
	});
	it('orders the heatmap’s cells the same way', () => {
		const cells = chooseSectorCells(compareSectorRows(data), [b, a]);
		expect(cells.slice(0, 4).map((x) => x.docId)).toEqual([b, a, b, a]);
		expect(new Set(cells.map((x) => x.docId))).toEqual(new Set([b, a]));
	});
});

describe('compare charts', () => {
	const view = { compact: false };
	it('the rates chart draws the three rates of each statement, the focus in bold', () => {
		const option = compareRates.option(rows, view) as {
			yAxis: { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
		};
		const series = seriesOf(option);
		expect(series.map((s) => s.name)).toEqual([
			'Clauses',
			'Commitments (level 3–4)',
			'Research Group count'
		]);
		expect(series[1]?.data.map((d) => d.value)).toEqual(rows.map((r) => r.commitmentsPer1000Words));
		expect(option.yAxis.axisLabel.formatter(rows[0]?.label ?? '', 0)).toMatch(/^\{strong\|/);
		expect(option.yAxis.axisLabel.formatter(rows[1]?.label ?? '', 1)).toBe(rows[1]?.label);
	});
	it('the modality chart stacks each statement to 100 %', () => {
		const series = seriesOf(compareModality.option(rows, view)).slice(0, 5);
		rows.forEach((row, i) => {
			const total = series.reduce((n, s) => n + Number(s.data[i]?.value ?? 0), 0);
			expect(Math.round(total * 10)).toBe(row.clauses > 0 ? 1000 : 0);
		});
	});
	it('the heatmap colours each cell by its mentions per 1,000 words', () => {
		const cells = compareSectorRows(data);
		const values = seriesOf(compareSectors.option(cells, view))[0]?.data.map(
			(d) => (d.value as number[])[2]
		);
		expect(values).toEqual(cells.map((c) => c.mentionsPer1000Words));
	});
	it('the heatmap sets the Viet Nam–EU column label in bold, wherever the reader puts it', () => {
		const [focus, other] = rows as [(typeof rows)[number], (typeof rows)[number]];
		const cells = chooseSectorCells(compareSectorRows(data), [other.docId, focus.docId]);
		const option = compareSectors.option(cells, view) as {
			xAxis: { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
		};
		const label = (i: number) => option.xAxis.axisLabel.formatter(option.xAxis.data[i] ?? '', i);
		expect(label(0)).toBe(option.xAxis.data[0]);
		expect(label(1)).toMatch(/^\{strong\|/);
	});
	it('every mark selects its statement and what it counts', () => {
		const doc = rows[2]?.docId;
		expect(compareLength.select?.(rows, 0, 2)).toEqual({ doc, show: 'all' });
		expect(compareRates.select?.(rows, 1, 2)).toEqual({ doc, show: 'commitments' });
		expect(compareRates.select?.(rows, 2, 2)).toEqual({ doc, show: 'rg' });
		expect(compareModality.select?.(rows, 4, 2)).toEqual({ doc, show: 'level', level: '4' });
		expect(compareConditional.select?.(rows, 0, 2)).toEqual({ doc, show: 'conditional' });
		expect(compareTargets.select?.(rows, 0, 2)).toEqual({ doc, show: 'targets' });
		expect(compareTargets.select?.(rows, 1, 2)).toEqual({ doc, show: 'instruments' });
		const cells = compareSectorRows(data);
		expect(compareSectors.select?.(cells, 0, 1)).toEqual({
			doc: cells[1]?.docId,
			show: 'sector',
			sector: cells[1]?.sector
		});
	});
});

describe('a statement’s sentences (/compare/<doc>.json)', () => {
	const texts = loadDocumentTexts();
	it('lists every clause of the statement and each sentence naming a sector once', () => {
		for (const row of data.compare) {
			const text = texts[row.docId] ?? '';
			const detail = statementDetail(data, text, row.docId);
			expect(detail.clauses).toHaveLength(row.clauses);
			const starts = detail.sentences.map((s) => s.start);
			expect(new Set(starts).size).toBe(starts.length);
			for (const sentence of detail.sentences) {
				for (const m of sentence.mentions) {
					expect(m.start).toBeGreaterThanOrEqual(sentence.start);
					expect(m.end).toBeLessThanOrEqual(sentence.start + sentence.text.length);
				}
			}
			const mentions = detail.sentences.reduce((n, s) => n + s.mentions.length, 0);
			expect(mentions).toBe(data.compareMentions.filter((m) => m.docId === row.docId).length);
		}
	});
});

describe('emphasisLabel', () => {
	const rows = [
		{ label: 'US–Indonesia 2023', focus: true },
		{ label: 'US–Indonesia 2023', focus: false }
	];
	const format = (width?: number) => emphasisLabel(rows, (r) => r.focus, width).formatter;

	it('cuts a bold name to the characters that fit, and leaves regular names to ECharts', () => {
		expect(format(100)('US–Indonesia 2023', 0)).toBe('{strong|US–Indonesia…}');
		expect(format(100)('US–Indonesia 2023', 1)).toBe('US–Indonesia 2023');
		expect(format(160)('US–Indonesia 2023', 0)).toBe('{strong|US–Indonesia 2023}');
		expect(format()('US–Indonesia 2023', 0)).toBe('{strong|US–Indonesia 2023}');
	});
});
