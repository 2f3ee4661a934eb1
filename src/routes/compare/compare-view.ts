/**
 * The /compare view in the URL: which statements and in which order (`docs=a,b,c`), and the
 * mark a reader opened (`doc`, `show`, and `level` or `sector`). `matchingClauses` and
 * `matchingSentences` give what a mark stands for, from one statement's rows (fetched from
 * /compare/<doc>.json when opened).
 */
import type { ViewState } from '$lib/url-state';

export const VIEW_KEYS = ['docs', 'doc', 'show', 'level', 'sector'] as const;

/** What a mark counts: its clauses (all, or those a measure counts) or its sector's sentences. */
export const SHOWS = [
	'all',
	'commitments',
	'rg',
	'level',
	'conditional',
	'targets',
	'instruments',
	'sector'
] as const;
export type Show = (typeof SHOWS)[number];

const ID = /^[a-z0-9][a-z0-9-]*$/;

export const VIEW_CHECKS = {
	docs: (v: string) => v.split(',').every((id) => ID.test(id)),
	doc: (v: string) => ID.test(v),
	show: (v: string) => (SHOWS as readonly string[]).includes(v),
	level: (v: string) => /^[0-4]$/.test(v),
	sector: (v: string) => ID.test(v)
};

/** The statement ids of `docs=` (empty: the default choice). */
export const parseDocs = (view: ViewState): string[] =>
	view.docs ? view.docs.split(',').filter((id) => id !== '') : [];

/** The view with these statements chosen; '' (all, default order) when they are the default. */
export function withDocs(view: ViewState, ids: readonly string[], defaults: readonly string[]) {
	const next = { ...view };
	if (ids.join(',') === defaults.join(',')) delete next.docs;
	else next.docs = ids.join(',');
	// A mark of a statement no longer shown is closed.
	if (next.doc && !ids.includes(next.doc)) {
		for (const key of ['doc', 'show', 'level', 'sector']) delete next[key];
	}
	return next;
}

/**
 * The /compare view that puts one statement first and lists its clauses ("What a mark
 * counts"): where a statement's page sends a reader to see it among the others.
 */
export function focusView(docId: string, defaults: readonly string[]): ViewState {
	const ids = [docId, ...defaults.filter((id) => id !== docId)];
	return withDocs({ doc: docId, show: 'all' }, ids, defaults);
}

/** `ids` with the one at `index` moved by `by` (−1 up, +1 down); unchanged at either end. */
export function moved(ids: readonly string[], index: number, by: -1 | 1): string[] {
	const to = index + by;
	if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
	const next = [...ids];
	[next[index], next[to]] = [next[to] as string, next[index] as string];
	return next;
}

export interface StatementClause {
	clauseId: string;
	paragraphNo: number;
	level: number;
	conditional: boolean;
	target: boolean;
	researchGroupCommitment: boolean;
	instruments: string;
	text: string;
	start: number;
}

export interface StatementSentence {
	paragraphNo: number;
	text: string;
	start: number;
	/** The sector mentions in the sentence (absolute offsets). */
	mentions: { sector: string; start: number; end: number }[];
}

/** The clauses a clause mark stands for; none for a sector mark or no mark. */
export function matchingClauses<C extends StatementClause>(
	clauses: readonly C[],
	view: ViewState
): C[] {
	const keep: Record<Exclude<Show, 'sector'>, (c: C) => boolean> = {
		all: () => true,
		commitments: (c) => c.level >= 3,
		rg: (c) => c.researchGroupCommitment,
		level: (c) => String(c.level) === view.level,
		conditional: (c) => c.conditional,
		targets: (c) => c.target,
		instruments: (c) => c.instruments !== ''
	};
	const show = view.show as Show | undefined;
	if (!show || show === 'sector') return [];
	return clauses.filter(keep[show]);
}

/** The sentences that name the sector of a sector mark. */
export function matchingSentences<S extends StatementSentence>(
	sentences: readonly S[],
	view: ViewState
): S[] {
	if (view.show !== 'sector' || !view.sector) return [];
	return sentences.filter((s) => s.mentions.some((m) => m.sector === view.sector));
}

/** What a mark counts, in words ("commitments (level 3–4)"), for the list's heading. */
export function showPhrase(view: ViewState, sectorLabel?: string): string {
	switch (view.show as Show | undefined) {
		case 'all':
			return 'clauses';
		case 'commitments':
			return 'commitments (level 3–4)';
		case 'rg':
			return 'commitments as the G7/G20 Research Group counts them';
		case 'level':
			return `clauses at level ${view.level ?? ''}`;
		case 'conditional':
			return 'conditional clauses';
		case 'targets':
			return 'targets (a quantity and a deadline)';
		case 'instruments':
			return 'clauses naming an instrument or mechanism';
		case 'sector':
			return `sentences naming ${sectorLabel ?? view.sector ?? 'the sector'}`;
		default:
			return '';
	}
}
