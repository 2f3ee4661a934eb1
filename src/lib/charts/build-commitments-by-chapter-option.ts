/** Clauses per chapter of the joint statement, stacked by modality level 0–4. */
import { COMPACT_CHAPTER_LABEL, truncateLabel } from '$lib/format/chapters';
import type { ChartOption } from './echarts';
import type { ChapterLevelRow } from './rows/commitment-rows';
import { buildStackedLevelsOption } from './stacked-levels';
import type { ChartView } from './types';

export function buildCommitmentsByChapterOption(
	rows: ChapterLevelRow[],
	view: ChartView
): ChartOption {
	return buildStackedLevelsOption({
		rows,
		view,
		category: (r) => (view.compact ? truncateLabel(r.chapter, COMPACT_CHAPTER_LABEL) : r.chapter),
		categoryTitle: (r) => `${r.chapterNo ? `${r.chapterNo}. ` : ''}${r.chapterTitle}`,
		labelWidth: 250,
		valueName: 'clauses'
	});
}
