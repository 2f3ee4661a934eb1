/**
 * Every chart, named once. Pages render charts from here; embeds, exports, CSV downloads and
 * tests read the same entries, so a new chart is one entry (see README "Add a chart").
 */
import { buildActorsOption } from './build-actors-option';
import { buildCompareBarsOption, type CompareBarSeries } from './build-compare-bars-option';
import { buildCompareModalityOption, levelShareRows } from './build-compare-modality-option';
import { buildCompareSectorsOption } from './build-compare-sectors-option';
import { buildCommitmentsByChapterOption } from './build-commitments-by-chapter-option';
import { buildMeanLevelOption, meanLevelColour } from './build-mean-level-option';
import { buildSectorHeatmapOption, columnLabelSpace } from './build-sector-heatmap-option';
import {
	buildSectorMentionsOption,
	buildStatementSectorsOption
} from './build-sector-mentions-option';
import {
	actorLevelRows,
	chapterLevelRows,
	type ActorLevelRow,
	type ChapterLevelRow
} from './rows/commitment-rows';
import {
	compareSectorRows,
	compareStatementRows,
	type CompareSectorCellRow,
	type CompareStatementRow
} from './rows/compare-rows';
import {
	sectorChapterRows,
	sectorMentionRows,
	statementSectorRows,
	type StatementSectorRow
} from './rows/sector-rows';
import { stackedLevelsNative } from './stacked-levels';
import { COUNT_RAMP, LEVEL_COLOURS } from '$lib/design/tokens';
import { formatDecimal, formatInteger } from '$lib/format/numbers';
import type { NativeChart } from '$lib/export/native-chart';
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

/** Height for a sector heatmap: slanted column names above, one band per sector. */
function heatmapHeights(sectors: number) {
	const wideTop = columnLabelSpace({ compact: false });
	const compactTop = columnLabelSpace({ compact: true });
	return {
		wide: { width: WIDTH.wide, height: 12 + wideTop + sectors * 32 },
		medium: { width: WIDTH.medium, height: 12 + wideTop + sectors * 30 },
		compact: { width: WIDTH.compact, height: 12 + compactTop + sectors * 26 }
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
		'Clauses of the statement per chapter, stacked by modality level from 0 (not a commitment) to 4 (firm).',
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
			{
				name: 'Mean level',
				values: rows.map((r) => r.meanLevel ?? 0),
				colour: LEVEL_COLOURS[3],
				// Each bar in the colour of the level its mean rounds to, as on the web.
				pointColours: rows.map((r) => meanLevelColour(r.meanLevel ?? 0))
			}
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
	native: (rows) => stackedLevelsNative(rows, (r) => r.actorLabel, 'clauses', { totals: true }),
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
	sizes: (rows) => barHeights(rows.length, { wide: 52, compact: 52 })
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
	sizes: (rows) => heatmapHeights(new Set(rows.map((r) => r.sector)).size)
});

const COMPARE_SOURCE =
	'Sources: Viet Nam–EU Joint Statement, 29 January 2026; joint statements of other partnerships (US White House archive, public domain). All read by the same rules: see Method.';

/** Height for grouped bars: one band per statement, taller with more bars in a group. */
function groupHeights(rowCount: number, bars: number) {
	const band = 10 + bars * 12;
	const top = bars > 1 ? { wide: 32, compact: 52 } : { wide: 12, compact: 12 };
	return {
		wide: { width: WIDTH.wide, height: top.wide + 54 + rowCount * band },
		medium: { width: WIDTH.medium, height: top.wide + 54 + rowCount * band },
		compact: { width: WIDTH.compact, height: top.compact + 54 + rowCount * band }
	};
}

const statementColumn: ChartColumn<CompareStatementRow> = { key: 'label', label: 'Statement' };

/**
 * A /compare bar chart: statements as groups, the given measures as bars; a click on a bar
 * selects its statement and what the bar counts (`shows[seriesIndex]`).
 */
function compareBars(definition: {
	id: string;
	title: string;
	description: string;
	columns: ChartColumn<CompareStatementRow>[];
	series: (CompareBarSeries<CompareStatementRow> & { show: string })[];
	valueName: string;
}) {
	return defineChart<CompareStatementRow>({
		id: definition.id,
		title: definition.title,
		description: definition.description,
		source: COMPARE_SOURCE,
		page: '/compare',
		columns: [statementColumn, ...definition.columns],
		rows: compareStatementRows,
		option: (rows, view) =>
			buildCompareBarsOption({
				rows,
				view,
				series: definition.series,
				valueName: definition.valueName
			}),
		native: (rows): NativeChart => ({
			kind: 'bar',
			horizontal: true,
			stacked: false,
			labels: rows.map((r) => r.label),
			series: definition.series.map((s) => ({
				name: s.name,
				values: rows.map(s.value),
				colour: s.colour
			})),
			valueTitle: definition.valueName
		}),
		select: (rows, seriesIndex, dataIndex) => {
			const row = rows[dataIndex];
			const show = definition.series[seriesIndex]?.show;
			return row && show ? { doc: row.docId, show } : undefined;
		},
		sizes: (rows) => groupHeights(rows.length, definition.series.length)
	});
}

const per1000 = (value: number) => formatDecimal(value, 1);

export const compareLength = compareBars({
	id: 'compare-length',
	title: 'How long each statement is',
	description: 'Words in each statement’s paragraphs, with its number of paragraphs.',
	columns: [
		{ key: 'words', label: 'Words', numeric: true },
		{ key: 'paragraphs', label: 'Paragraphs', numeric: true },
		{ key: 'date', label: 'Date' }
	],
	series: [
		{
			name: 'Words',
			show: 'all',
			value: (r) => r.words,
			colour: COUNT_RAMP[4],
			label: (r) => `${formatInteger(r.words)} · ${r.paragraphs} ¶`
		}
	],
	valueName: 'words'
});

export const compareRates = compareBars({
	id: 'compare-rates',
	title: 'Clauses and commitments per 1,000 words',
	description:
		'Clauses, commitments (level 3 “strong” or 4 “firm”) and commitments as the G7/G20 Research Group counts them, per 1,000 words of each statement.',
	columns: [
		{ key: 'clauses', label: 'Clauses', numeric: true },
		{ key: 'clausesPer1000Words', label: 'Clauses per 1,000 words', numeric: true },
		{ key: 'commitments', label: 'Commitments (level 3–4)', numeric: true },
		{ key: 'commitmentsPer1000Words', label: 'Commitments per 1,000 words', numeric: true },
		{ key: 'commitmentsRg', label: 'Research Group count', numeric: true },
		{
			key: 'commitmentsRgPer1000Words',
			label: 'Research Group count per 1,000 words',
			numeric: true
		}
	],
	series: [
		{
			name: 'Clauses',
			show: 'all',
			value: (r) => r.clausesPer1000Words,
			colour: COUNT_RAMP[2],
			label: (r) => per1000(r.clausesPer1000Words)
		},
		{
			name: 'Commitments (level 3–4)',
			show: 'commitments',
			value: (r) => r.commitmentsPer1000Words,
			colour: LEVEL_COLOURS[3],
			label: (r) => per1000(r.commitmentsPer1000Words)
		},
		{
			name: 'Research Group count',
			show: 'rg',
			value: (r) => r.commitmentsRgPer1000Words,
			colour: LEVEL_COLOURS[4],
			label: (r) => per1000(r.commitmentsRgPer1000Words)
		}
	],
	valueName: 'per 1,000 words'
});

export const compareConditional = compareBars({
	id: 'compare-conditional',
	title: 'How much is conditional',
	description:
		'Share of each statement’s clauses that carry a condition (“where appropriate”, “subject to”, “in accordance with national laws”).',
	columns: [
		{ key: 'conditional', label: 'Conditional clauses', numeric: true },
		{ key: 'clauses', label: 'Clauses', numeric: true },
		{ key: 'percentConditional', label: 'Conditional (%)', numeric: true }
	],
	series: [
		{
			name: 'Conditional',
			show: 'conditional',
			value: (r) => r.percentConditional,
			colour: LEVEL_COLOURS[2],
			label: (r) => `${formatDecimal(r.percentConditional, 1)}% (${r.conditional})`
		}
	],
	valueName: '% of clauses'
});

export const compareTargets = compareBars({
	id: 'compare-targets',
	title: 'Targets and named instruments per 1,000 words',
	description:
		'Clauses that set a target (a quantity and a deadline) and clauses that name an instrument or mechanism (an agreement, a dialogue, a fund), per 1,000 words.',
	columns: [
		{ key: 'targets', label: 'Targets', numeric: true },
		{ key: 'targetsPer1000Words', label: 'Targets per 1,000 words', numeric: true },
		{ key: 'instrumentClauses', label: 'Clauses naming an instrument', numeric: true },
		{
			key: 'instrumentClausesPer1000Words',
			label: 'Clauses naming an instrument per 1,000 words',
			numeric: true
		}
	],
	series: [
		{
			name: 'Targets',
			show: 'targets',
			value: (r) => r.targetsPer1000Words,
			colour: LEVEL_COLOURS[4],
			label: (r) => `${per1000(r.targetsPer1000Words)} (${r.targets})`
		},
		{
			name: 'Naming an instrument',
			show: 'instruments',
			value: (r) => r.instrumentClausesPer1000Words,
			colour: COUNT_RAMP[3],
			label: (r) => `${per1000(r.instrumentClausesPer1000Words)} (${r.instrumentClauses})`
		}
	],
	valueName: 'clauses per 1,000 words'
});

export const compareModality = defineChart<CompareStatementRow>({
	id: 'compare-modality',
	title: 'The modality mix of each statement',
	description:
		'Each statement’s clauses by modality level, from 0 (not a commitment) to 4 (firm), as shares of 100 %.',
	source: COMPARE_SOURCE,
	page: '/compare',
	columns: [
		statementColumn,
		...(['share0', 'share1', 'share2', 'share3', 'share4'] as const).map((key, level) => ({
			key,
			label: `Level ${level} (%)`,
			numeric: true
		})),
		{ key: 'clauses', label: 'Clauses', numeric: true }
	],
	rows: compareStatementRows,
	option: buildCompareModalityOption,
	native: (rows) => stackedLevelsNative(levelShareRows(rows), (r) => r.label, '% of clauses'),
	select: (rows, seriesIndex, dataIndex) => {
		const row = rows[dataIndex];
		return row && seriesIndex <= 4
			? { doc: row.docId, show: 'level', level: String(seriesIndex) }
			: undefined;
	},
	sizes: (rows) => barHeights(rows.length, { wide: 34, compact: 56 })
});

export const compareSectors = defineChart<CompareSectorCellRow>({
	id: 'compare-sectors',
	title: 'Sectors in each statement, per 1,000 words',
	description:
		'Mentions of each sector’s terms per 1,000 words of each statement (columns are statements), so long and short statements compare; the stronger a cell’s colour, the denser the mentions.',
	source: COMPARE_SOURCE,
	page: '/compare',
	columns: [
		{ key: 'label', label: 'Statement' },
		{ key: 'sectorLabel', label: 'Sector' },
		{ key: 'mentions', label: 'Mentions', numeric: true },
		{ key: 'mentionsPer1000Words', label: 'Mentions per 1,000 words', numeric: true }
	],
	rows: compareSectorRows,
	option: buildCompareSectorsOption,
	select: (rows, _series, dataIndex) => {
		const row = rows[dataIndex];
		return row ? { doc: row.docId, show: 'sector', sector: row.sector } : undefined;
	},
	sizes: (rows) => heatmapHeights(new Set(rows.map((r) => r.sector)).size)
});

/**
 * The sectors of one statement, on its page (/statements/<id>) and on /analyse. Its rows are the
 * statement shown (the page passes them); from the data package, the joint statement's.
 */
export const statementSectors = defineChart<StatementSectorRow>({
	id: 'statement-sectors',
	title: 'Which sectors the statement names',
	description:
		'Mentions of each sector’s terms in the statement, most mentioned first (the table adds them per 1,000 words).',
	source: STATEMENT_SECTORS_SOURCE,
	page: '/sectors',
	columns: [
		{ key: 'sectorLabel', label: 'Sector' },
		{ key: 'mentions', label: 'Mentions', numeric: true },
		{ key: 'mentionsPer1000Words', label: 'Mentions per 1,000 words', numeric: true }
	],
	rows: (data) => statementSectorRows(data),
	option: buildStatementSectorsOption,
	native: (rows) => ({
		kind: 'bar',
		horizontal: true,
		stacked: false,
		labels: rows.map((r) => r.sectorLabel),
		series: [{ name: 'Mentions', values: rows.map((r) => r.mentions), colour: COUNT_RAMP[5] }],
		valueTitle: 'mentions'
	}),
	sizes: (rows) => barHeights(rows.length, { wide: 28, compact: 28 })
});

/** The registry. The map and the timeline register here too once they export their rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHARTS: Record<string, ChartDefinition<any>> = Object.fromEntries(
	[
		commitmentsByChapter,
		meanLevelByChapter,
		commitmentsByActor,
		sectorMentions,
		sectorByChapter,
		compareLength,
		compareRates,
		compareModality,
		compareConditional,
		compareTargets,
		compareSectors
	].map((c) => [c.id, c])
);

/**
 * Charts of one statement's report that are not in the deck or the embeds: their rows are the
 * statement a page shows (any statement, a pasted one too), which an embed's URL cannot name.
 * They are drawn at prerender like every other chart (src/lib/server/draw-chart.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STATEMENT_CHARTS: Record<string, ChartDefinition<any>> = {
	[statementSectors.id]: statementSectors
};
