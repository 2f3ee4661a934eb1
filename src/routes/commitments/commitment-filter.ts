/**
 * The /commitments view state: which chapter, level and actor the reader picked (by clicking
 * a bar or with the filters). Pure, so the URL round trip and the clause list are testable.
 */
import type { ViewState } from '$lib/url-state';

export const FILTER_KEYS = ['chapter', 'level', 'actor'] as const;

export const FILTER_CHECKS = {
	chapter: (v: string) => /^\d{1,3}$/.test(v),
	level: (v: string) => /^[0-4]$/.test(v),
	actor: (v: string) => /^[a-z]+$/.test(v)
};

export interface FilterableClause {
	chapterNo: number;
	level: number;
	actor: string;
}

export function isFiltered(state: ViewState): boolean {
	return FILTER_KEYS.some((k) => state[k] !== undefined);
}

export function filterClauses<C extends FilterableClause>(clauses: C[], state: ViewState): C[] {
	if (!isFiltered(state)) return [];
	return clauses.filter(
		(c) =>
			(state.chapter === undefined || String(c.chapterNo) === state.chapter) &&
			(state.level === undefined || String(c.level) === state.level) &&
			(state.actor === undefined || c.actor === state.actor)
	);
}
