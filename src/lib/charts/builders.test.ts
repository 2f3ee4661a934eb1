/**
 * Option builders on the real data package: what each chart draws must add up to the rows
 * behind it, and the rows to the data.
 */
import { describe, expect, it } from 'vitest';
import { COUNT_RAMP, LEVEL_COLOURS } from '$lib/design/tokens';
import { contrastRatio } from '$lib/design/contrast';
import { loadDashboardData } from '$lib/server/data';
import { cellLabelColour, rampIndex, rampPieces } from './build-sector-heatmap-option';
import { meanLevelColour, overallMeanLevel } from './build-mean-level-option';
import {
	CHARTS,
	commitmentsByActor,
	commitmentsByChapter,
	meanLevelByChapter,
	sectorByChapter,
	sectorMentions
} from './registry';
import { renderChartSvg } from './render-svg';
import { levelLabel } from './rows/commitment-rows';

const data = loadDashboardData();
const statement = data.clauses.filter((c) => c.docId === 'joint-statement-2026');

interface Series {
	name: string;
	data: { value: number | number[] | string; name: string }[];
	itemStyle?: { color?: string };
}
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('commitments by chapter', () => {
	const rows = commitmentsByChapter.rows(data);
	const option = commitmentsByChapter.option(rows, { compact: false });
	it('has a preamble and 12 chapters', () => {
		expect(rows.map((r) => r.chapterNo)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});
	it('stacks five level series in the level palette', () => {
		const series = seriesOf(option);
		expect(series.map((s) => s.name)).toEqual([
			'0 · not a commitment',
			'1 · exploratory',
			'2 · intent',
			'3 · strong',
			'4 · firm'
		]);
		expect(series.map((s) => s.itemStyle?.color)).toEqual([...LEVEL_COLOURS]);
	});
	it('draws every clause of the statement once', () => {
		const drawn = seriesOf(option).reduce(
			(n, s) => n + s.data.reduce((m, d) => m + (d.value as number), 0),
			0
		);
		expect(drawn).toBe(statement.length);
	});
	it('a click selects the chapter and level of the bar', () => {
		expect(commitmentsByChapter.select?.(rows, 4, 3)).toEqual({ chapter: '3', level: '4' });
	});
	it('names every chapter on phones too, not only its number', () => {
		for (const option of [commitmentsByChapter, meanLevelByChapter].map((c) =>
			c.option(rows, { compact: true })
		)) {
			const labels = (option as { yAxis: { data: string[] } }).yAxis.data;
			expect(labels.slice(0, 3)).toEqual(['Preamble', '1 · Political…', '2 · Economic…']);
			for (const label of labels) expect(label.length).toBeLessThanOrEqual(18);
		}
	});
});

describe('mean level by chapter', () => {
	const rows = meanLevelByChapter.rows(data);
	it('the reference line is the mean over all clauses', () => {
		const direct = statement.reduce((n, c) => n + c.level, 0) / statement.length;
		expect(overallMeanLevel(rows)).toBeCloseTo(direct, 1);
	});
	it('colours a mean by the level it rounds to', () => {
		expect(meanLevelColour(3.17)).toBe(LEVEL_COLOURS[3]);
		expect(meanLevelColour(1.29)).toBe(LEVEL_COLOURS[1]);
	});
});

describe('who commits', () => {
	const rows = commitmentsByActor.rows(data);
	it('puts both sides first and counts every clause', () => {
		expect(rows[0]?.actor).toBe('joint');
		expect(rows.reduce((n, r) => n + r.clauses, 0)).toBe(statement.length);
		expect(rows.find((r) => r.actor === 'eu')?.clauses).toBe(
			statement.filter((c) => c.actor === 'eu').length
		);
	});
	it('writes each bar’s total at its end, so a bar a few pixels long still reads', () => {
		for (const compact of [false, true]) {
			const option = commitmentsByActor.option(rows, { compact }) as {
				series: {
					name: string;
					silent?: boolean;
					label: { formatter: (p: { dataIndex: number; value: number }) => string };
				}[];
			};
			const totals = option.series.at(-1);
			expect(totals?.name).toBe('Total');
			expect(totals?.silent).toBe(true);
			expect(rows.map((_, i) => totals?.label.formatter({ dataIndex: i, value: 0 }))).toEqual(
				rows.map((r) => String(r.clauses))
			);
			// The level series keep their indices (0–4) for drill-downs.
			expect(option.series.slice(0, 5).map((s) => s.name)).toEqual(
				[0, 1, 2, 3, 4].map((l) => levelLabel(l))
			);
		}
	});
	it('leaves a segment too short for its number bare', () => {
		const option = commitmentsByActor.option(rows, { compact: false }) as {
			series: { label: { formatter: (p: { value: number }) => string } }[];
		};
		const longest = Math.max(...rows.map((r) => r.clauses));
		expect(option.series[0]?.label.formatter({ value: 1 })).toBe('');
		expect(option.series[0]?.label.formatter({ value: longest / 4 })).not.toBe('');
	});
	it('its subtitle names every kind of actor it shows, and no other', () => {
		const phrase: Record<string, string> = {
			joint: 'both sides together',
			other: 'another actor',
			unspecified: 'no actor stated'
		};
		const description = commitmentsByActor.description;
		for (const r of rows) expect(description).toContain(phrase[r.actor] ?? 'one side alone');
		expect(description).not.toMatch(/Viet Nam alone|the EU/);
	});
});

describe('mean strength per chapter', () => {
	it('writes the overall mean above the bars, clear of the tick labels below', () => {
		const option = meanLevelByChapter.option(meanLevelByChapter.rows(data), {
			compact: false
		}) as {
			yAxis: { inverse: boolean };
			series: { markLine: { label: { position: string } } }[];
		};
		// The category axis runs downwards: the line's start is its top.
		expect(option.yAxis.inverse).toBe(true);
		expect(option.series[0]?.markLine.label.position).toBe('start');
	});
});

describe('sector charts', () => {
	const mentions = sectorMentions.rows(data);
	it('orders sectors by mentions and counts every mention', () => {
		expect(mentions[0]?.sector).toBe('trade-investment');
		const totals = mentions.map((r) => r.total);
		expect([...totals].sort((a, b) => b - a)).toEqual(totals);
		expect(totals.reduce((a, b) => a + b, 0)).toBe(data.sectors.length);
	});
	const cells = sectorByChapter.rows(data);
	it('names the chapter of each column and in each tooltip', () => {
		for (const compact of [false, true]) {
			const option = sectorByChapter.option(cells, { compact }) as {
				xAxis: { data: string[] };
				series: { data: { name: string }[] }[];
			};
			expect(option.xAxis.data[0]).toBe('Preamble');
			expect(option.xAxis.data[3]).toMatch(/^3 · Peace/);
			const names = option.series[0]?.data.map((d) => d.name) ?? [];
			expect(names.some((n) => /in chapter 3 \(.*peace, defence and security\)$/i.test(n))).toBe(
				true
			);
			expect(names.every((n) => / in (the preamble|chapter \d+ \(.+\))$/.test(n))).toBe(true);
		}
	});
	it('the heatmap is a full grid of the statement’s mentions', () => {
		expect(cells.length).toBe(mentions.length * 13);
		const inStatement = data.sectors.filter((m) => m.docId === 'joint-statement-2026').length;
		expect(cells.reduce((n, c) => n + c.mentions, 0)).toBe(inStatement);
	});
	it('ramp steps and visualMap pieces agree', () => {
		const max = 42;
		for (const v of [1, 8, 9, 17, 25, 26, 42]) {
			const piece = rampPieces(max).find(
				(p) => p.gt !== undefined && v > p.gt && v <= (p.lte ?? Infinity)
			);
			expect(piece?.color).toBe(COUNT_RAMP[rampIndex(v, max)]);
		}
		expect(rampIndex(0, max)).toBe(0);
	});
	it('cell labels meet AA contrast on their step', () => {
		for (let i = 1; i < COUNT_RAMP.length; i++) {
			expect(contrastRatio(cellLabelColour(i), COUNT_RAMP[i] ?? '')).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('server rendering', () => {
	it('renders every registered chart to a scalable, stable SVG', () => {
		for (const chart of Object.values(CHARTS)) {
			const rows = chart.rows(data);
			const size = chart.sizes(rows).wide;
			const svg = renderChartSvg(chart.option(rows, { compact: false }), size, `${chart.id}-w`);
			expect(svg.startsWith('<svg')).toBe(true);
			expect(svg).toContain(`viewBox="0 0 ${size.width} ${size.height}"`);
			expect(svg).not.toMatch(/zr\d+-cls/);
			expect(svg).toBe(
				renderChartSvg(chart.option(rows, { compact: false }), size, `${chart.id}-w`)
			);
		}
	});
});

describe('captions', () => {
	it('hold in both themes: no chart says darker or lighter means more', () => {
		// The charts keep their colours in the dark theme, where dark cells sink into the page.
		for (const chart of Object.values(CHARTS))
			expect(`${chart.title} ${chart.description}`).not.toMatch(/\b(darker|lighter)\b/i);
	});
});
