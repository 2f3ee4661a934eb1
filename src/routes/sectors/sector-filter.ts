/**
 * The /sectors view state (sector, chapter, document) and the sentences it selects: every
 * sentence of the chosen document(s) that names the sector, within the chapter if one is set.
 */
import type { ViewState } from '$lib/url-state';

export const FILTER_KEYS = ['sector', 'chapter', 'doc'] as const;

export const FILTER_CHECKS = {
	sector: (v: string) => /^[a-z0-9-]+$/.test(v),
	chapter: (v: string) => /^\d{1,3}$/.test(v),
	doc: (v: string) => /^[a-z0-9-]+$/.test(v)
};

export interface SentenceRef {
	docId: string;
	chapterNo: number;
	paragraphNo: number;
	sentenceNo: number;
}
export interface MentionRef {
	docId: string;
	paragraphNo: number;
	sentenceNo: number;
	sector: string;
}

const key = (r: { docId: string; paragraphNo: number; sentenceNo: number }) =>
	`${r.docId}|${r.paragraphNo}|${r.sentenceNo}`;

export function sentencesForView<S extends SentenceRef>(
	sentences: S[],
	mentions: MentionRef[],
	view: ViewState,
	/** A chapter number belongs to one document: the heatmap's cells are the statement's. */
	chapterDoc: string
): S[] {
	if (!view.sector) return [];
	const hits = new Set(mentions.filter((m) => m.sector === view.sector).map(key));
	const doc = view.doc ?? (view.chapter !== undefined ? chapterDoc : undefined);
	return sentences.filter(
		(s) =>
			hits.has(key(s)) &&
			(doc === undefined || s.docId === doc) &&
			(view.chapter === undefined || String(s.chapterNo) === view.chapter)
	);
}
