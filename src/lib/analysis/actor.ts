/**
 * Who makes a clause (METHOD.md rule 7): the parties jointly, one of the document's parties (by
 * id), another named subject, or nobody named (passive). The subject phrases come from the
 * document (parties.ts); this module matches them on lower-case words (punctuation tokens
 * included) so it can be tested without offsets.
 */
import { LEADER_TITLES, phrasesEndingAt, phrasesStartingAt, type DocumentParties } from './parties';
import { phraseWords } from './tokens';
import type { Actor } from './types';

/** Pronoun subjects that point back to the parties. */
const PLURAL_PRONOUNS = new Set(['they']);
/** Pronoun subjects that point to a thing: "This would promote …", "These include …". */
const OTHER_PRONOUNS = new Set(['it', 'this', 'these', 'those', 'which', 'that']);
const TITLE_WORDS = LEADER_TITLES.map(phraseWords);
/** Words that never stand in a leader's name: "each president stated his national position". */
const NOT_NAME_WORDS = new Set([
	'the',
	'a',
	'an',
	'his',
	'her',
	'their',
	'its',
	'our',
	'and',
	'of'
]);

/** Prepositions that put a party's name inside a phrase about something else. */
const PREPOSITIONS = new Set([
	'between',
	'of',
	'with',
	'for',
	'by',
	'among',
	'from',
	'to',
	'in',
	'across',
	'within',
	'under'
]);

export interface SubjectMatch {
	/** 'they' when the subject is a plural pronoun still to be resolved. */
	actor: Actor | 'they';
	/** Index of the subject's first word. */
	start: number;
}

/** Index of the "(" that opens the bracket closed at `close`, or -1. */
function openingBracket(words: readonly string[], close: number, lo: number): number {
	let depth = 0;
	for (let i = close; i >= lo; i--) {
		if (words[i] === ')') depth++;
		else if (words[i] === '(' && --depth === 0) return i;
	}
	return -1;
}

/** Skips back over bracketed asides: "Both sides (with the EU …) make efforts". */
export function skipBracketsBack(words: readonly string[], j: number, lo: number): number {
	let at = j;
	while (at >= lo && words[at] === ')') {
		const open = openingBracket(words, at, lo);
		if (open < 0) return at;
		at = open - 1;
	}
	return at;
}

/** One name in a subject: its actor, where it starts, and whether it is a titled person. */
interface Member {
	actor: Actor;
	start: number;
	person: boolean;
}

/** A leader's title ending at word `j`: "president", "general secretary". */
function titleEndingAt(words: readonly string[], j: number, lo: number): number {
	for (const title of TITLE_WORDS) {
		const start = j - title.length + 1;
		if (start >= lo && title.every((word, k) => words[start + k] === word)) return start;
	}
	return -1;
}

/**
 * The party a phrase ending at word `j` names: a subject phrase of the document, or a leader
 * known by name ("President Widodo", "General Secretary Nguyen Phu Trong"); a titled name the
 * document never introduced is someone else.
 */
function partyEndingAt(
	parties: DocumentParties,
	words: readonly string[],
	j: number,
	lo: number
): Member | null {
	for (const phrase of phrasesEndingAt(parties, words, j)) {
		const start = j - phrase.words.length + 1;
		if (start < lo) continue;
		if (phrase.words.every((word, k) => words[start + k] === word)) {
			return { actor: phrase.actor, start, person: false };
		}
	}
	let at = j;
	let party: string | undefined;
	while (
		at >= lo &&
		at > j - 5 &&
		/^\p{L}/u.test(words[at] ?? '') &&
		!NOT_NAME_WORDS.has(words[at] ?? '')
	) {
		party ??= parties.persons.get(words[at] ?? '');
		const title = titleEndingAt(words, at - 1, lo);
		if (title >= 0 && at - 1 >= title) {
			return { actor: party ?? 'other', start: title, person: true };
		}
		at--;
	}
	return null;
}

/**
 * The subject that ends at word `j` (brackets skipped), if it names the parties or is a
 * pronoun; coordinated names ("Viet Nam and the EU") make the actor joint.
 */
export function matchSubjectEndingAt(
	parties: DocumentParties,
	words: readonly string[],
	j: number,
	lo: number
): SubjectMatch | null {
	const at = skipBracketsBack(words, j, lo);
	const word = words[at];
	if (word === undefined || at < lo) return null;
	const organ = organOfParty(parties, words, at, lo);
	if (organ) return organ;
	if (PLURAL_PRONOUNS.has(word)) return { actor: 'they', start: at };
	if (OTHER_PRONOUNS.has(word)) return { actor: 'other', start: at };
	let match = partyEndingAt(parties, words, at, lo);
	if (!match) return null;
	const members: Member[] = [match];
	for (;;) {
		let before = skipBracketsBack(words, (members[members.length - 1]?.start ?? 0) - 1, lo);
		if (words[before] !== 'and') break;
		// "A, B, and C": a serial comma before the last "and".
		if (words[before - 1] === ',') before--;
		match = partyEndingAt(parties, words, skipBracketsBack(words, before - 1, lo), lo);
		while (match && words[match.start - 1] === ',') {
			const next = partyEndingAt(parties, words, match.start - 2, lo);
			if (!next) break;
			members.push(match);
			match = next;
		}
		if (!match) break;
		members.push(match);
	}
	const start = members[members.length - 1]?.start ?? at;
	// "Cooperation between the two sides has entered …": the parties are named inside a
	// prepositional phrase of the subject, which is something else.
	if (start > lo && PREPOSITIONS.has(words[start - 1] ?? '')) return { actor: 'other', start };
	return { actor: coordinatedActor(parties, members), start };
}

/** Heads of the names of a party's organs: "the U.S. Department of Commerce", "… Agency". */
const ORGAN_HEADS = new Set([
	'department',
	'agency',
	'administration',
	'ministry',
	'government',
	'embassy',
	'corporation',
	'office',
	'representative',
	'secretary',
	'navy',
	'army',
	'military',
	'guard',
	'forces',
	'mission',
	'delegation'
]);
/** How many words an organ's name may have: "the U.S. Trade and Development Agency". */
const MAX_ORGAN_WORDS = 8;

/**
 * An organ of a party acts for it (its agencies, ministries, armed forces): a subject that
 * opens on the party's name and ends in an organ's head, "the U.S. Federal Aviation
 * Administration plans to …" is the United States. Its own words are matched, never a list of
 * agencies.
 */
function organOfParty(
	parties: DocumentParties,
	words: readonly string[],
	at: number,
	lo: number
): SubjectMatch | null {
	let head = at;
	// "the U.S. Department of Commerce": the head before its "of".
	for (let k = at - 1; k >= lo && k >= at - 3 && !ORGAN_HEADS.has(words[head] ?? ''); k--) {
		if (words[k + 1] === 'of' && ORGAN_HEADS.has(words[k] ?? '')) head = k;
	}
	if (!ORGAN_HEADS.has(words[head] ?? '')) return null;
	for (let start = head - 1; start >= lo && start >= head - MAX_ORGAN_WORDS; start--) {
		const opening = words[start] === 'the' ? start + 1 : start;
		if (start > lo && words[start - 1] !== ',' && words[start - 1] !== 'and') continue;
		for (const phrase of phrasesStartingAt(parties, words, opening)) {
			if (!parties.ids.includes(phrase.actor)) continue;
			const end = opening + phrase.words.length;
			if (end > head || words[end] === '-') continue;
			if (phrase.words.every((w, k) => words[opening + k] === w)) {
				return { actor: phrase.actor, start };
			}
		}
	}
	return null;
}

/**
 * The actor of coordinated subjects: the parties together when two of them (or the joint
 * words, or two leaders) are named, the one party when it is named with others ("The EU and its Member
 * States"), someone else when no party is named.
 */
function coordinatedActor(parties: DocumentParties, members: readonly Member[]): Actor {
	const actors = new Set(members.map((m) => m.actor));
	if (actors.has('joint')) return 'joint';
	// Leaders named together ("President Yoon and President Biden") speak for the parties, also
	// when the text never said whose leader one of them is.
	const persons = members.filter((m) => m.person);
	if (persons.length > 1 && persons.length === members.length) {
		if (persons.some((m) => parties.ids.includes(m.actor)) || parties.ids.length === 0) {
			return 'joint';
		}
	}
	const own = [...actors].filter((actor) => parties.ids.includes(actor));
	if (own.length > 1) return 'joint';
	return own[0] ?? (actors.size > 1 ? 'other' : ([...actors][0] ?? 'other'));
}

/**
 * A subject that starts at word `q`: a party name or a pronoun. Returns the index after it.
 * Used to see whether "…, and the EU will …" opens a clause with a subject of its own.
 */
export function matchSubjectStartingAt(
	parties: DocumentParties,
	words: readonly string[],
	q: number
): { actor: Actor | 'they'; end: number } | null {
	const word = words[q];
	if (word === undefined) return null;
	if (PLURAL_PRONOUNS.has(word)) return { actor: 'they', end: q + 1 };
	for (const phrase of phrasesStartingAt(parties, words, q)) {
		if (phrase.words.every((w, k) => words[q + k] === w)) {
			return { actor: phrase.actor, end: q + phrase.words.length };
		}
	}
	return null;
}

/**
 * "They" in a joint statement: the parties, unless the sentence before spoke of things
 * ('other'). A single party is never "they" here (statements treat a state or a union as
 * singular: "The EU recognises", "its economy"), so a previous one-party actor still means joint.
 */
export function resolvePlural(previousActor: Actor | undefined): Actor {
	return previousActor === 'other' ? 'other' : 'joint';
}
