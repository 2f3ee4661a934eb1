/**
 * Who makes a clause (METHOD.md rule 7): the parties jointly, the EU, Viet Nam, another named
 * subject, or nobody named (passive). Works on lower-case words (punctuation tokens included)
 * so it can be tested without offsets.
 */
import type { Actor } from './types';

type Party = 'joint' | 'eu' | 'vn';

/** Names of the parties as word sequences, longest first so "the European Union" beats "union". */
const PARTY_PHRASES: readonly { words: readonly string[]; party: Party }[] = [
	{ words: ['the', 'socialist', 'republic', 'of', 'viet', 'nam'], party: 'vn' },
	{ words: ['socialist', 'republic', 'of', 'viet', 'nam'], party: 'vn' },
	{ words: ['the', 'government', 'of', 'viet', 'nam'], party: 'vn' },
	{ words: ['the', 'two', 'parties'], party: 'joint' },
	{ words: ['the', 'european', 'union'], party: 'eu' },
	{ words: ['the', 'two', 'sides'], party: 'joint' },
	{ words: ['both', 'parties'], party: 'joint' },
	{ words: ['both', 'sides'], party: 'joint' },
	{ words: ['two', 'sides'], party: 'joint' },
	{ words: ['the', 'parties'], party: 'joint' },
	{ words: ['european', 'union'], party: 'eu' },
	{ words: ['viet', 'nam'], party: 'vn' },
	{ words: ['the', 'eu'], party: 'eu' },
	{ words: ['vietnam'], party: 'vn' },
	{ words: ['eu'], party: 'eu' },
	{ words: ['we'], party: 'joint' }
];

/** Pronoun subjects that point back to the parties. */
const PLURAL_PRONOUNS = new Set(['they']);
/** Pronoun subjects that point to a thing: "This would promote …", "These include …". */
const OTHER_PRONOUNS = new Set(['it', 'this', 'these', 'those', 'which', 'that']);

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

function partyEndingAt(
	words: readonly string[],
	j: number,
	lo: number
): { party: Party; start: number } | null {
	for (const phrase of PARTY_PHRASES) {
		const start = j - phrase.words.length + 1;
		if (start < lo) continue;
		if (phrase.words.every((word, k) => words[start + k] === word)) {
			return { party: phrase.party, start };
		}
	}
	return null;
}

/**
 * The subject that ends at word `j` (brackets skipped), if it names the parties or is a
 * pronoun; coordinated names ("Viet Nam and the EU") make the actor joint.
 */
export function matchSubjectEndingAt(
	words: readonly string[],
	j: number,
	lo: number
): SubjectMatch | null {
	const at = skipBracketsBack(words, j, lo);
	const word = words[at];
	if (word === undefined || at < lo) return null;
	if (PLURAL_PRONOUNS.has(word)) return { actor: 'they', start: at };
	if (OTHER_PRONOUNS.has(word)) return { actor: 'other', start: at };
	let match = partyEndingAt(words, at, lo);
	if (!match) return null;
	const parties = new Set<Party>([match.party]);
	let start = match.start;
	for (;;) {
		const before = skipBracketsBack(words, start - 1, lo);
		if (words[before] !== 'and') break;
		match = partyEndingAt(words, skipBracketsBack(words, before - 1, lo), lo);
		if (!match) break;
		parties.add(match.party);
		start = match.start;
	}
	const actor: Actor =
		parties.has('joint') || parties.size > 1 ? 'joint' : parties.has('eu') ? 'eu' : 'vn';
	return { actor, start };
}

/**
 * A subject that starts at word `q`: a party name or a pronoun. Returns the index after it.
 * Used to see whether "…, and the EU will …" opens a clause with a subject of its own.
 */
export function matchSubjectStartingAt(
	words: readonly string[],
	q: number
): { actor: Actor | 'they'; end: number } | null {
	const word = words[q];
	if (word === undefined) return null;
	if (PLURAL_PRONOUNS.has(word)) return { actor: 'they', end: q + 1 };
	for (const phrase of PARTY_PHRASES) {
		if (phrase.words.every((w, k) => words[q + k] === w)) {
			return { actor: phrase.party, end: q + phrase.words.length };
		}
	}
	return null;
}

/**
 * "They" in a joint statement: the parties, unless the sentence before spoke of things
 * ('other'). A single party is never "they" here (the texts treat the EU and Viet Nam as
 * singular: "The EU recognises", "its economy"), so a previous EU or VN actor still means joint.
 */
export function resolvePlural(previousActor: Actor | undefined): Actor {
	return previousActor === 'other' ? 'other' : 'joint';
}
