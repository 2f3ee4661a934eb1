/**
 * The /text filters in the URL (`?doc=…&chapter=…&level=…&sector=…&q=…`), so a filtered view
 * has a link that reopens it; read and written through the site's one URL-state module.
 * Reading validates against what the page offers: a stale or hand-edited link drops the values
 * it cannot honour instead of showing an empty page.
 */
import { readViewState, viewSearch } from '$lib/url-state';
import type { TextFilters } from './filter';

export interface FilterOptions {
	docIds: readonly string[];
	/** `chapterKey(docId, chapterNo)` of every chapter. */
	chapterKeys: readonly string[];
	sectorIds: readonly string[];
	levels: number;
}

/** Longer queries are cut: nothing in the texts is that long, and URLs stay short. */
export const MAX_QUERY_LENGTH = 100;

/** Parameter names, in the order they are written. */
const ORDER = ['doc', 'chapter', 'level', 'sector', 'q'] as const;

export function parseFilters(params: URLSearchParams, options: FilterOptions): TextFilters {
	const state = readViewState(params, {
		doc: (v) => options.docIds.includes(v),
		chapter: (v) => options.chapterKeys.includes(v),
		level: (v) => /^\d$/.test(v) && Number(v) < options.levels,
		sector: (v) => options.sectorIds.includes(v),
		q: () => true
	});
	const doc = state.doc ?? '';
	let chapter = state.chapter ?? '';
	// A chapter of the other document would hide everything: the document choice wins.
	if (doc !== '' && chapter !== '' && !chapter.startsWith(`${doc}:`)) chapter = '';
	return {
		doc,
		chapter,
		level: state.level === undefined ? null : Number(state.level),
		sector: state.sector ?? '',
		q: (state.q ?? '').trim().slice(0, MAX_QUERY_LENGTH)
	};
}

/** The search string for `f` (with its `?`, or '' when nothing is filtered), in a fixed order. */
export function filtersToSearch(f: TextFilters): string {
	return viewSearch(
		{
			doc: f.doc,
			chapter: f.chapter,
			level: f.level === null ? '' : String(f.level),
			sector: f.sector,
			q: f.q.trim()
		},
		ORDER
	);
}

/** A change of document clears a chapter that belongs to the other one. */
export function withDocument(f: TextFilters, doc: string): TextFilters {
	const chapter = doc !== '' && !f.chapter.startsWith(`${doc}:`) ? '' : f.chapter;
	return { ...f, doc, chapter };
}
