/**
 * Every chart, named once. Pages render charts from here; embeds, exports, CSV downloads and
 * tests read the same entries, so a new chart is one entry (see README "Add a chart").
 */
import { buildActorsOption } from './build-actors-option';
import { buildCommitmentsByChapterOption } from './build-commitments-by-chapter-option';
import { buildMeanLevelOption } from './build-mean-level-option';
import { buildSectorHeatmapOption, columnLabelSpace } from './build-sector-heatmap-option';
import { buildSectorMentionsOption } from './build-sector-mentions-option';
import {
	actorLevelRows,
	chapterLevelRows,
	type ActorLevelRow,
	type ChapterLevelRow
} from './rows/commitment-rows';
import { sectorChapterRows, sectorMentionRows } from './rows/sector-rows';
import { stackedLevelsNative } from './stacked-levels';
import { COUNT_RAMP, LEVEL_COLOURS } from '$lib/design/tokens';
import { defineChart, type ChartColumn, type ChartDefinition } from './types';

const STATEMENT_SOURCE =
	'Source: Joint Statement on the Viet Nam–EU Comprehensive Strategic Partnership, 29 January 2026. Modality levels: see Method.';
const STATEMENT_SECTORS_SOURCE =
	'Source: Joint Statement on the Viet Nam–EU Comprehensive Strategic Partnership, 29 January 2026. Sector terms: see Method.';
const BOTH_SOURCE =
	'Sources: Joint Statement of 29 January 2026; “Vietnam-Europe Cooperation: Rising to New Height”, February 2026. Sector terms: see Method.';

/** Widths of the server-rendered layouts, near the boxes they are shown in (Chart.svelte). */
const WIDTH = { compact: 360, medium: 680, wide: 1000 } as const;

/** Height for a horizontal bar chart: one band per row plus legend and axis. */
function barHeights(rowCount: number, top: { wide: number; compact: number }) {
	return {
		wide: { width: WIDTH.wide, height: top.wide + 30 + rowCount * 30 },
		medium: { width: WIDTH.medium, height: top.wide + 30 + rowCount * 28 },
		compact: { width: WIDTH.compact, height: top.compact + 30 + rowCount * 26 }
	};
}

const levelColumns = <Row extends ChapterLevelRow | ActorLevelRow>(): ChartColumn<Row>[] =>
	(['level0', 'level1', 'level2', 'level3', 'level4'] as const).map((key, level) => ({
		key,
		label: `Level ${level}`,
		numeric: true
	}));

export const commitmentsByChapter = defineChart<ChapterLevelRow>({
	id: 'commitments-by-chapter',
	title: 'How firmly each chapter commits',
	description:
		'Clauses of the joint statement per chapter, stacked by modality level from 0 (not a commitment) to 4 (firm).',
	source: STATEMENT_SOURCE,
	page: '/commitments',
	columns: [
		{ key: 'chapterNo', label: 'Chapter', numeric: true },
		{ key: 'chapterTitle', label: 'Title' },
		...levelColumns<ChapterLevelRow>(),
		{ key: 'clauses', label: 'Clauses', numeric: true },
		{ key: 'commitments', label: 'Commitments (level 3–4)', numeric: true }
	],
	rows: (data) => chapterLevelRows(data),
	option: buildCommitmentsByChapterOption,
	native: (rows) => stackedLevelsNative(rows, (r) => r.chapter, 'clauses'),
	selectSeries: (level) => ({ level: String(level) }),
	select: (rows, seriesIndex, dataIndex) => {
		const row = rows[dataIndex];
		return row ? { chapter: String(row.chapterNo), level: String(seriesIndex) } : undefined;
	},
	sizes: (rows) => barHeights(rows.length, { wide: 34, compact: 56 })
});

export const meanLevelByChapter = defineChart<ChapterLevelRow>({
	id: 'mean-level-by-chapter',
	title: 'Mean strength per chapter',
	description:
		'The average modality level of each chapter’s clauses, against the whole statement’s average (dashed line).',
	source: STATEMENT_SOURCE,
	page: '/commitments',
	columns: [
		{ key: 'chapterNo', label: 'Chapter', numeric: true },
		{ key: 'chapterTitle', label: 'Title' },
		{ key: 'meanLevel', label: 'Mean level', numeric: true },
		{ key: 'clauses', label: 'Clauses', numeric: true },
		{ key: 'shareConditional', label: 'Share conditional', numeric: true }
	],
	rows: (data) => chapterLevelRows(data),
	option: buildMeanLevelOption,
	native: (rows) => ({
		kind: 'bar',
		horizontal: true,
		stacked: false,
		labels: rows.map((r) => r.chapter),
		series: [
			{ name: 'Mean level', values: rows.map((r) => r.meanLevel ?? 0), colour: LEVEL_COLOURS[3] }
		],
		valueTitle: 'mean level (0–4)'
	}),
	select: (rows, _series, dataIndex) => {
		const row = rows[dataIndex];
		return row ? { chapter: String(row.chapterNo) } : undefined;
	},
	sizes: (rows) => barHeights(rows.length, { wide: 28, compact: 28 })
});

export const commitmentsByActor = defineChart<ActorLevelRow>({
	id: 'commitments-by-actor',
	title: 'Who commits',
	description:
		'Clauses of the joint statement by who acts — both sides together, one side alone, another actor, or no actor stated — stacked by modality level, with each bar’s total at its end.',
	source: STATEMENT_SOURCE,
	page: '/commitments',
	columns: [
		{ key: 'actorLabel', label: 'Actor' },
		...levelColumns<ActorLevelRow>(),
		{ key: 'clauses', label: 'Clauses', numeric: true },
		{ key: 'commitments', label: 'Commitments (level 3–4)', numeric: true }
	],
	rows: (data) => actorLevelRows(data),
	option: buildActorsOption,
	native: (rows) => stackedLevelsNative(rows, (r) => r.actorLabel, 'clauses'),
	selectSeries: (level) => ({ level: String(level) }),
	select: (rows, seriesIndex, dataIndex) => {
		const row = rows[dataIndex];
		return row ? { actor: row.actor, level: String(seriesIndex) } : undefined;
	},
	sizes: (rows) => barHeights(rows.length, { wide: 34, compact: 56 })
});

export const sectorMentions = defineChart({
	id: 'sector-mentions',
	title: 'Which sectors the texts name',
	description:
		'Mentions of each sector’s terms in the joint statement and in the 2025 article, most mentioned first.',
	source: BOTH_SOURCE,
	page: '/sectors',
	columns: [
		{ key: 'sectorLabel', label: 'Sector' },
		{ key: 'statement', label: 'Joint statement', numeric: true },
		{ key: 'article', label: '2025 article', numeric: true },
		{ key: 'total', label: 'Total', numeric: true }
	],
	rows: (data) => sectorMentionRows(data),
	option: buildSectorMentionsOption,
	native: (rows) => ({
		kind: 'bar',
		horizontal: true,
		stacked: true,
		labels: rows.map((r) => r.sectorLabel),
		series: [
			{ name: 'Joint statement', values: rows.map((r) => r.statement), colour: COUNT_RAMP[5] },
			{ name: '2025 article', values: rows.map((r) => r.article), colour: COUNT_RAMP[2] }
		],
		valueTitle: 'mentions'
	}),
	select: (rows, _series, dataIndex) => {
		const row = rows[dataIndex];
		return row ? { sector: row.sector } : undefined;
	},
	sizes: (rows) => barHeights(rows.length, { wide: 32, compact: 32 })
});

export const sectorByChapter = defineChart({
	id: 'sector-by-chapter',
	title: 'Sectors across the chapters',
	description:
		'How often each sector is mentioned in each chapter of the joint statement (columns are chapters); the stronger a cell’s colour, the more mentions.',
	source: STATEMENT_SECTORS_SOURCE,
	page: '/sectors',
	columns: [
		{ key: 'chapterNo', label: 'Chapter', numeric: true },
		{ key: 'chapterTitle', label: 'Chapter title' },
		{ key: 'sectorLabel', label: 'Sector' },
		{ key: 'mentions', label: 'Mentions', numeric: true }
	],
	rows: (data) => sectorChapterRows(data),
	option: buildSectorHeatmapOption,
	select: (rows, _series, dataIndex) => {
		const row = rows[dataIndex];
		return row ? { chapter: String(row.chapterNo), sector: row.sector } : undefined;
	},
	sizes: (rows) => {
		const sectors = new Set(rows.map((r) => r.sector)).size;
		const wideTop = columnLabelSpace({ compact: false });
		const compactTop = columnLabelSpace({ compact: true });
		return {
			wide: { width: WIDTH.wide, height: 12 + wideTop + sectors * 32 },
			medium: { width: WIDTH.medium, height: 12 + wideTop + sectors * 30 },
			compact: { width: WIDTH.compact, height: 12 + compactTop + sectors * 26 }
		};
	}
});

/** The registry. The map and the timeline register here too once they export their rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHARTS: Record<string, ChartDefinition<any>> = Object.fromEntries(
	[
		commitmentsByChapter,
		meanLevelByChapter,
		commitmentsByActor,
		sectorMentions,
		sectorByChapter
	].map((c) => [c.id, c])
);
