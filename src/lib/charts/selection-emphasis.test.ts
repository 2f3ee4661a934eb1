import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDashboard } from '../data-package/dashboard-json';
import {
	commitmentsByActor,
	commitmentsByChapter,
	meanLevelByChapter,
	sectorByChapter
} from './registry';
import {
	DIMMED,
	describeView,
	emphasise,
	selectedMarks,
	selectionFromSearch,
	selectionNames
} from './selection-emphasis';

const data = parseDashboard(readFileSync('data/dashboard.json', 'utf8'));
const byChapter = commitmentsByChapter.rows(data);
const chapter3 = byChapter.findIndex((r) => r.chapterNo === 3);
const option = commitmentsByChapter.option(byChapter, { compact: false });
type Series = { data: unknown[] };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;

describe('a view’s selection in a chart', () => {
	it('reads the selection from a view’s search', () => {
		expect(selectionFromSearch('?chapter=3&level=2')).toEqual({ chapter: '3', level: '2' });
		expect(selectionFromSearch('')).toEqual({});
	});

	it('selects a whole bar for a chapter and one segment for a chapter and a level', () => {
		const bar = selectedMarks(commitmentsByChapter, byChapter, option, { chapter: '3' });
		expect([...bar].every((m) => m.endsWith(`:${chapter3}`))).toBe(true);
		expect(bar.size).toBe(seriesOf(option).length);
		const segment = selectedMarks(commitmentsByChapter, byChapter, option, {
			chapter: '3',
			level: '2'
		});
		expect([...segment]).toEqual([`2:${chapter3}`]);
	});

	it('leaves a chart as it is when it cannot show the selection', () => {
		const rows = commitmentsByActor.rows(data);
		const actors = commitmentsByActor.option(rows, { compact: false });
		expect(selectedMarks(commitmentsByActor, rows, actors, { chapter: '3' }).size).toBe(0);
		const mean = meanLevelByChapter.rows(data);
		expect(selectionNames(meanLevelByChapter, mean, { chapter: '3', level: '2' })).toBe('');
		expect(emphasise(actors, new Set())).toBe(actors);
	});

	it('dims the other marks and leaves the selected ones as they were', () => {
		const marks = selectedMarks(commitmentsByChapter, byChapter, option, { chapter: '3' });
		const drawn = seriesOf(emphasise(option, marks));
		const before = seriesOf(option);
		drawn.forEach((series, s) =>
			series.data.forEach((item, d) => {
				if (d === chapter3) expect(item).toBe(before[s]!.data[d]);
				else expect(item).toMatchObject({ itemStyle: { opacity: DIMMED } });
			})
		);
	});

	it('names the selection for a caption: the chapter, and the level when one is chosen', () => {
		const chapter = '3. Strengthening cooperation on peace, defence and security';
		expect(describeView(commitmentsByChapter, byChapter, { chapter: '3' })).toBe(
			`${commitmentsByChapter.description} Selected: ${chapter}.`
		);
		expect(selectionNames(commitmentsByChapter, byChapter, { chapter: '3', level: '2' })).toBe(
			`${chapter} · 2 · intent`
		);
		expect(describeView(commitmentsByChapter, byChapter, {})).toBe(
			commitmentsByChapter.description
		);
	});

	it('names a heatmap cell by its row and column, a whole row by the row', () => {
		const rows = sectorByChapter.rows(data);
		const cell = rows.find((r) => r.mentions > 0 && r.chapterNo === 3)!;
		const named = selectionNames(sectorByChapter, rows, {
			chapter: String(cell.chapterNo),
			sector: cell.sector
		});
		expect(named.startsWith(`${cell.sectorLabel} · 3 · Peace, defence and`)).toBe(true);
		// A whole row is named by the row alone.
		expect(selectionNames(sectorByChapter, rows, { sector: cell.sector })).toBe(cell.sectorLabel);
	});
});
