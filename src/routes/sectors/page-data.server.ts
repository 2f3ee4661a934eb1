import { sectorByChapter, sectorMentions } from '$lib/charts/registry';
import { loadDashboardData } from '$lib/server/data';

export const pageData = () => {
	const data = loadDashboardData();
	const key = (docId: string, paragraphNo: number, sentenceNo: number) =>
		`${docId}|${paragraphNo}|${sentenceNo}`;
	const mentioned = new Set(data.sectors.map((m) => key(m.docId, m.paragraphNo, m.sentenceNo)));
	return {
		charts: { mentions: sectorMentions.rows(data), byChapter: sectorByChapter.rows(data) },
		documents: data.documents.map((d) => ({ docId: d.docId, title: d.title })),
		// Only sentences that name a sector: the drill-down lists them with the terms marked.
		sentences: data.sentences
			.filter((s) => mentioned.has(key(s.docId, s.paragraphNo, s.sentenceNo)))
			.map((s) => ({
				docId: s.docId,
				chapterNo: s.chapterNo,
				paragraphNo: s.paragraphNo,
				sentenceNo: s.sentenceNo,
				text: s.text,
				start: s.start
			})),
		mentions: data.sectors.map((m) => ({
			docId: m.docId,
			paragraphNo: m.paragraphNo,
			sentenceNo: m.sentenceNo,
			sector: m.sector,
			start: m.start,
			end: m.end
		}))
	};
};

/** What /sectors/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
