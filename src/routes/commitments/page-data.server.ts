import { commitmentsByActor, commitmentsByChapter, meanLevelByChapter } from '$lib/charts/registry';
import { actorLabel } from '$lib/charts/rows/commitment-rows';
import { chapterTitle } from '$lib/format/chapters';
import { PRIMARY_DOC_ID } from '$lib/links';
import { loadDashboardData } from '$lib/server/data';

export const pageData = () => {
	const data = loadDashboardData();
	const clauses = data.clauses.filter((c) => c.docId === PRIMARY_DOC_ID);
	const clauseIds = new Set(clauses.map((c) => c.clauseId));
	return {
		charts: {
			byChapter: commitmentsByChapter.rows(data),
			meanLevel: meanLevelByChapter.rows(data),
			byActor: commitmentsByActor.rows(data)
		},
		chapters: data.chapters
			.filter((c) => c.docId === PRIMARY_DOC_ID)
			.map((c) => ({ chapterNo: c.chapterNo, title: chapterTitle(c.chapterTitle, c.chapterNo) })),
		clauses: clauses.map((c) => ({
			clauseId: c.clauseId,
			chapterNo: c.chapterNo,
			paragraphNo: c.paragraphNo,
			actor: c.actor,
			actorLabel: actorLabel(c.actor, data.parties),
			level: c.level,
			conditional: c.conditional,
			researchGroupCommitment: c.researchGroupCommitment,
			text: c.text,
			start: c.start
		})),
		cues: data.cues
			.filter((q) => clauseIds.has(q.clauseId))
			.map((q) => ({ clauseId: q.clauseId, role: q.role, start: q.start, end: q.end }))
	};
};

/** What /commitments/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
