/**
 * The cue words of each modality level, read out of the pipeline's lexicon
 * (`$lib/analysis/modality-lexicon`) so the method page lists exactly what the code looks for.
 * Called at prerender; only the word lists reach the page.
 */
import {
	ADJECTIVE_CUES,
	BOOSTERS,
	CARRIER_NOVELTY,
	CARRIER_TO_LEVEL,
	FIRM_AFTER_WILL,
	KIND_LEVELS,
	MODALS,
	NOUN_CUES,
	PHRASAL_CUES,
	VERB_FORMS,
	type VerbKind
} from '$lib/analysis/modality-lexicon';
import type { ClauseRow, CueRow } from '$lib/contract/tables';

/**
 * How a group's cues are used in a sentence; the page words each group by it, and the tests
 * build a sentence from it to check the pipeline gives the level the page claims.
 * - modal: "Both sides shall …"          - verb-to: "Both sides commit to …"
 * - verb: "Both sides welcome …"         - will-verb: "Both sides will ensure …"
 * - adjective: "Both sides are determined to …"
 * - noun: carried by reaffirm, reiterate, …: "Both sides reaffirm their commitment to …"
 * - phrase: a fixed phrase ("make every effort to", "take note of")
 */
export type CueUse = 'modal' | 'verb-to' | 'verb' | 'will-verb' | 'adjective' | 'noun' | 'phrase';

export interface CueGroup {
	use: CueUse;
	cues: string[];
}

export interface LevelCues {
	level: number;
	groups: CueGroup[];
}

/** Lemmas of a kind, in lexicon order (one per lemma: spellings and tenses folded). */
export function lemmasOfKind(kind: VerbKind): string[] {
	const lemmas = new Set<string>();
	for (const info of VERB_FORMS.values()) if (info.kind === kind) lemmas.add(info.lemma);
	return [...lemmas];
}

/** Plural nouns are listed once, as their singular. */
function withoutPlurals(nouns: string[]): string[] {
	return nouns.filter((n) => !(n.endsWith('s') && nouns.includes(n.slice(0, -1))));
}

export function cuesByLevel(): LevelCues[] {
	const levels: LevelCues[] = [0, 1, 2, 3, 4].map((level) => ({ level, groups: [] }));
	const add = (level: number, use: CueUse, cues: string[]) => {
		if (cues.length === 0) return;
		const groups = levels[level]?.groups;
		const group = groups?.find((g) => g.use === use);
		if (group) group.cues.push(...cues.filter((c) => !group.cues.includes(c)));
		else groups?.push({ use, cues: [...new Set(cues)] });
	};

	for (const [word, { level }] of MODALS) add(level, 'modal', [word]);
	for (const [kind, { level, governs }] of Object.entries(KIND_LEVELS)) {
		add(level, governs ? 'verb-to' : 'verb', lemmasOfKind(kind as VerbKind));
	}
	for (const [carrier, level] of CARRIER_TO_LEVEL) add(level, 'verb-to', [carrier]);
	add(4, 'will-verb', [...FIRM_AFTER_WILL]);
	const phrases = PHRASAL_CUES.map((cue) => ({ ...cue, text: [cue.verb, ...cue.words].join(' ') }));
	// "take note" is listed once, as "take note of": the shorter form is the same cue.
	for (const cue of phrases) {
		if (phrases.some((other) => other.text.startsWith(`${cue.text} `))) continue;
		add(cue.level, 'phrase', [cue.text]);
	}
	for (const [adjective, level] of ADJECTIVE_CUES)
		if (level !== null) add(level, 'adjective', [adjective]);
	const nouns = withoutPlurals([...NOUN_CUES.keys()]);
	for (const noun of nouns) add(NOUN_CUES.get(noun) ?? 0, 'noun', [noun]);
	return levels;
}

/** Carrier verbs: they take the level of what they carry (reaffirm, reiterate, continue, …). */
export function carrierVerbs(): string[] {
	return lemmasOfKind('carrier');
}

/** Carriers that also mark a clause as reaffirmed or continuing. */
export function noveltyCarriers(): { verb: string; novelty: string }[] {
	return [...CARRIER_NOVELTY].map(([verb, novelty]) => ({ verb, novelty }));
}

export function boosterWords(): string[] {
	return [...BOOSTERS];
}

/**
 * The action verbs that most often follow "will" in level-3 clauses of the texts, most frequent
 * first (ties alphabetical): examples of "will + an action" taken from what the texts say.
 */
export function commonActions(
	clauses: readonly Pick<ClauseRow, 'clauseId' | 'level'>[],
	cues: readonly Pick<CueRow, 'clauseId' | 'role' | 'text'>[],
	limit: number
): string[] {
	const strong = new Set(clauses.filter((c) => c.level === 3).map((c) => c.clauseId));
	const counts = new Map<string, number>();
	for (const cue of cues) {
		if (cue.role !== 'verb' || !strong.has(cue.clauseId)) continue;
		const info = VERB_FORMS.get(cue.text.toLowerCase());
		if (info?.kind !== 'substantive') continue;
		counts.set(info.lemma, (counts.get(info.lemma) ?? 0) + 1);
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([lemma]) => lemma);
}

/** The condition phrases the texts actually contain, as written, without repeats. */
export function conditionsFound(cues: readonly Pick<CueRow, 'role' | 'text'>[]): string[] {
	return [...new Set(cues.filter((c) => c.role === 'condition').map((c) => c.text))];
}

/** How each group is introduced on the method page. */
export const CUE_USE_LABELS: Record<CueUse, string> = {
	modal: 'modal verbs',
	verb: 'verbs',
	'verb-to': 'verbs followed by “to” and an action',
	'will-verb': 'after “will”',
	adjective: 'after “are”, “remain” or “stand”, followed by “to”',
	noun: 'nouns carried by “reaffirm”, “reiterate”, “renew”…',
	phrase: 'phrases'
};

/** A cue as people would write it in a sentence: "commit" in 'verb-to' is "commit to". */
export function displayCue(use: CueUse, cue: string): string {
	if (use === 'verb-to' || use === 'adjective') return `${cue} to`;
	if (use === 'will-verb') return `will ${cue}`;
	return cue;
}
