import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { sectorChapterRows } from '$lib/charts/rows/sector-rows';
import { sentencesForView } from './sector-filter';

const data = loadDashboardData();
const STATEMENT = 'joint-statement-2026';

describe('sector drill-down', () => {
	it('lists nothing without a sector', () => {
		expect(sentencesForView(data.sentences, data.sectors, {}, STATEMENT)).toEqual([]);
	});
	it('a heatmap cell lists the sentences behind its count', () => {
		for (const cell of sectorChapterRows(data).filter((c) => c.mentions > 0)) {
			const listed = sentencesForView(
				data.sentences,
				data.sectors,
				{ sector: cell.sector, chapter: String(cell.chapterNo) },
				STATEMENT
			);
			const sentencesWithMentions = new Set(
				data.sectors
					.filter(
						(m) =>
							m.docId === STATEMENT && m.sector === cell.sector && m.chapterNo === cell.chapterNo
					)
					.map((m) => `${m.paragraphNo}|${m.sentenceNo}`)
			);
			expect(listed.length).toBe(sentencesWithMentions.size);
			expect(listed.length).toBeLessThanOrEqual(cell.mentions);
		}
	});
	it('a sector bar lists its sentences in both documents, each quoting a mention', () => {
		const quotes = data.sectors.filter((m) => m.sector === 'trade-investment').map((m) => m.quote);
		const listed = sentencesForView(
			data.sentences,
			data.sectors,
			{ sector: 'trade-investment' },
			STATEMENT
		);
		expect(new Set(listed.map((s) => s.docId))).toEqual(
			new Set(['joint-statement-2026', 'article-2026-02'])
		);
		for (const s of listed) {
			expect(quotes.some((q) => s.text.includes(q))).toBe(true);
		}
	});
});
