/**
 * Sector mentions: a reviewed taxonomy of terms compiled once into a trie, so that a sentence is
 * scanned in a single left-to-right pass. At any word start the longest term wins ("critical
 * raw materials", not "materials") and mentions never overlap.
 */
import type { SectorDefinition, SectorMention, SectorSense, SentenceInput } from './types';
import { isWordCode } from './lines';

interface TermEntry {
	sector: string;
	term: string;
	/** All capitals ("AI", "IUU", "5G"): matched only as written, so "ai" or "Un" never count. */
	acronym: boolean;
	/** The term's sense rules, in file order; the first that applies decides. */
	senses: readonly CompiledSense[];
}

interface CompiledSense {
	pattern: RegExp;
	/** The sector the mention counts for, or null when the rule rejects it. */
	sector: string | null;
}

/**
 * The sector a mention at `start`–`end` of `sentence` counts for: its own, another (`yields`),
 * or null (`rejects`), by the first sense rule whose words contain it.
 */
function senseOf(
	entry: TermEntry,
	docText: string,
	sentence: { start: number; end: number },
	start: number,
	end: number
): string | null {
	if (entry.senses.length === 0) return entry.sector;
	const text = docText.slice(sentence.start, sentence.end);
	const from = start - sentence.start;
	const to = end - sentence.start;
	for (const sense of entry.senses) {
		sense.pattern.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = sense.pattern.exec(text)) !== null) {
			if (m.index <= from && m.index + m[0].length >= to) return sense.sector;
			if (m[0].length === 0) sense.pattern.lastIndex++;
		}
	}
	return entry.sector;
}

/**
 * Shared by the terms without sense rules (most), so that looking for a term's rules reads no
 * array of its own, which would be out of the cache in the pipeline.
 */
const NO_SENSES: readonly CompiledSense[] = [];

/** Compiles and checks the sense rules of a taxonomy: each names a term of its sector and a known sector. */
function compileSenses(taxonomy: SectorDefinition[]): Map<string, CompiledSense[]> {
	const ids = new Set(taxonomy.map((s) => s.id));
	const byKey = new Map<string, CompiledSense[]>();
	for (const sector of taxonomy) {
		const terms = new Set(sector.terms.map(keyOf));
		for (const sense of sector.senses ?? ([] as SectorSense[])) {
			const key = keyOf(sense.match);
			if (!terms.has(key)) {
				throw new Error(`sectors: the sense of "${sense.match}" is not a term of "${sector.id}"`);
			}
			if (sense.yields !== undefined && !ids.has(sense.yields)) {
				throw new Error(
					`sectors: the sense of "${sense.match}" yields an unknown sector "${sense.yields}"`
				);
			}
			if ((sense.rejects === true) === (sense.yields !== undefined)) {
				throw new Error(`sectors: the sense of "${sense.match}" must either reject or yield`);
			}
			const list = byKey.get(key) ?? [];
			list.push({ pattern: new RegExp(sense.in, 'giu'), sector: sense.yields ?? null });
			byKey.set(key, list);
		}
	}
	return byKey;
}

/** Lower case, spaces and hyphens as one space, curly apostrophes straight: the lookup key. */
const keyOf = (s: string) =>
	s
		.toLowerCase()
		.replace(/[\s-]+/g, ' ')
		.replace(/’/g, "'")
		.trim();

const isAcronym = (term: string) => !/\p{Ll}/u.test(term) && /\p{Lu}/u.test(term);

/** One node of the term trie: children by (folded) char code, and the term that ends here. */
interface TrieNode {
	next: Map<number, TrieNode>;
	entry?: TermEntry;
	/** Set on a plural ending: the length of the suffix ("s", "es", "ies" for "y"). */
	plural?: number;
}

const SPACE = 32;
const APOSTROPHE = 39;

/** Separators inside a term: any run of whitespace or hyphens counts as one space. */
const isSeparatorCode = (c: number) =>
	c === 45 || c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2010 || c === 0x2011;

/** Case folding by char code; ’ reads as '. Exported for the tests. */
export function fold(c: number): number {
	if (c >= 65 && c <= 90) return c + 32;
	if (c < 128) return c;
	if (c === 0x2019) return APOSTROPHE;
	return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Letters and digits of ASCII folded, 0 for its other chars. */
const ASCII_WORD_FOLD = Uint8Array.from({ length: 128 }, (_, c) => (isWordCode(c) ? fold(c) : 0));

/**
 * The folded code of a letter or digit (`isWordCode`), 0 for any other char: one test per char of
 * the text, by a table for ASCII, instead of two (in the sector scan, the per-char loop over every
 * word was half the matcher's time). A letter never folds to 0. Exported for the tests.
 */
export const foldedWordCode = (c: number) =>
	c < 128 ? ASCII_WORD_FOLD[c]! : isWordCode(c) ? fold(c) : 0;

/** Hash of folded char codes, extended one code at a time (collisions only cost a comparison). */
const extendHash = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/** A key of the trie with the entry its node resolved to, compared directly with the text. */
interface Candidate {
	key: string;
	entry: TermEntry;
	plural: number;
	/** What follows the key's first word (`keyNextCode`). */
	next: number;
}

/** A next word's first char, told apart from a sign right after the word ("r&d"). */
const NEXT_WORD = 0x10000;

/**
 * What follows a key's first word (at `at`), folded: the first char of its next word
 * (`NEXT_WORD` + its code) after a space, or the sign right after the word; -1 at its end.
 */
function keyNextCode(key: string, at: number): number {
	if (at >= key.length) return -1;
	const c = key.charCodeAt(at);
	if (c !== SPACE) return c;
	return at + 1 < key.length ? NEXT_WORD + key.charCodeAt(at + 1) : -1;
}

/**
 * The same for the text after a word: a run of separators reads as the key's one space, and
 * nothing else folds to a space (sectors.test.ts checks every char code), so a key that goes on
 * after its first word matches only where its next code and the text's are the same.
 */
function textNextCode(text: string, at: number, limit: number): number {
	if (at >= limit) return -1;
	if (!isSeparatorCode(text.charCodeAt(at))) return fold(text.charCodeAt(at));
	let i = at + 1;
	while (i < limit && isSeparatorCode(text.charCodeAt(i))) i++;
	return i < limit ? NEXT_WORD + fold(text.charCodeAt(i)) : -1;
}

/** Fields of a group (of the keys with one first word) in `KeyIndex.groups`. */
const G_HASH = 0;
const G_WORD_AT = 1;
const G_WORD_LENGTH = 2;
const G_FIRST = 3;
const G_END = 4;
const G_SIZE = 5;
/** Fields of a key in `KeyIndex.keys`. */
const K_NEXT = 0;
const K_AT = 1;
const K_LENGTH = 2;
const K_PLURAL = 3;
const K_ACRONYM = 4;
const K_SIZE = 5;

/**
 * Every key of the trie, grouped by first word (its letters and digits up to the first space or
 * sign), each group's keys longest first. A term that starts at a word of the text runs through
 * the whole word (it ends on a word boundary), so the folded word finds the only keys that may
 * match there, and most words ("the", "in", …) find none; of a group, only the key that is the
 * word alone and the keys that go on as the text does (`textNextCode`) are compared further
 * (the 10 terms that start with "digital" are 30 keys with their plurals).
 *
 * Comparing a few short keys also beats walking the trie. Groups and keys are packed in typed
 * arrays and one string, because in the pipeline the other extractors push the matcher's data
 * out of the processor's cache between two sentences: the trie's thousands of small Maps made its
 * walk the costliest function of the whole analysis, and a table of objects (a Map by hash, lists
 * of keys) still spent its time waiting for memory. On the Joint Statement's sentences this
 * matcher takes 0.62 of the time of one that compared every key under the word's hash in a Map,
 * with the cache flushed before each sentence as with it warm.
 */
interface KeyIndex {
	/** By the low bits of a first word's hash: 1 + the number of a group (open addressing), 0: none. */
	slots: Int32Array;
	mask: number;
	/** G_SIZE fields a group: its word's hash, where the word is in `chars`, its keys' range. */
	groups: Int32Array;
	/** K_SIZE fields a key: its next code, where it is in `chars`, its plural suffix, acronym. */
	keys: Int32Array;
	/** The keys' entries, by key number. */
	entries: TermEntry[];
	/** Every key, one after the other: a group's keys (and its word, their start) are together. */
	chars: string;
}

/** The keys of the trie by their folded first word, with the word's hash. */
function keysByFirstWord(root: TrieNode): Map<string, { hash: number; candidates: Candidate[] }> {
	const byWord = new Map<string, { hash: number; candidates: Candidate[] }>();
	const visit = (node: TrieNode, key: string, firstWord: number, hash: number) => {
		if (node.entry) {
			const word = key.slice(0, firstWord);
			const group = byWord.get(word) ?? { hash, candidates: [] };
			byWord.set(word, group);
			const next = keyNextCode(key, firstWord);
			group.candidates.push({ key, entry: node.entry, plural: node.plural ?? 0, next });
		}
		for (const [code, child] of node.next) {
			const inFirstWord = firstWord === key.length && isWordCode(code);
			visit(
				child,
				key + String.fromCharCode(code),
				inFirstWord ? firstWord + 1 : firstWord,
				inFirstWord ? extendHash(hash, code) : hash
			);
		}
	};
	visit(root, '', 0, 0);
	return byWord;
}

function keyIndex(root: TrieNode): KeyIndex {
	const byWord = keysByFirstWord(root);
	let size = 16;
	while (size < 2 * byWord.size) size *= 2;
	const count = [...byWord.values()].reduce((n, group) => n + group.candidates.length, 0);
	const slots = new Int32Array(size);
	const groups = new Int32Array(byWord.size * G_SIZE);
	const keys = new Int32Array(count * K_SIZE);
	const entries: TermEntry[] = [];
	// Joined once at the end: a string grown by += is a rope, read through one more pointer.
	const parts: string[] = [];
	let length = 0;
	let g = 0;
	for (const [word, { hash, candidates }] of byWord) {
		candidates.sort((a, b) => b.key.length - a.key.length);
		const at = g * G_SIZE;
		groups[at + G_HASH] = hash;
		groups[at + G_WORD_AT] = length;
		groups[at + G_WORD_LENGTH] = word.length;
		groups[at + G_FIRST] = entries.length;
		for (const { key, entry, plural, next } of candidates) {
			const k = entries.length * K_SIZE;
			keys[k + K_NEXT] = next;
			keys[k + K_AT] = length;
			keys[k + K_LENGTH] = key.length;
			keys[k + K_PLURAL] = plural;
			keys[k + K_ACRONYM] = entry.acronym ? 1 : 0;
			entries.push(entry);
			parts.push(key);
			length += key.length;
		}
		groups[at + G_END] = entries.length;
		let slot = hash & (size - 1);
		while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
		slots[slot] = ++g;
	}
	return { slots, mask: size - 1, groups, keys, entries, chars: parts.join('') };
}

/**
 * Whether the word `from`–`to` of `text` folds to `chars` from `at` on. Letters and digits fold
 * to letters and digits and signs to signs (sectors.test.ts checks every char code), so this is
 * what `matchKey` finds over the first word of a key, which then needs no comparing.
 */
function isWordAt(text: string, from: number, to: number, chars: string, at: number): boolean {
	for (let k = 0; k < to - from; k++) {
		if (fold(text.charCodeAt(from + k)) !== chars.charCodeAt(at + k)) return false;
	}
	return true;
}

/**
 * End of the key `key[k…keyEnd)` matched at `from` the way the trie walks it (folded, a run of
 * separators for a space) and ending on a word boundary, or -1.
 */
function matchKey(
	text: string,
	from: number,
	limit: number,
	key: string,
	k: number,
	keyEnd: number
): number {
	let i = from;
	for (; k < keyEnd; k++) {
		if (i >= limit) return -1;
		const c = text.charCodeAt(i);
		if (isSeparatorCode(c)) {
			if (key.charCodeAt(k) !== SPACE) return -1;
			while (i < limit && isSeparatorCode(text.charCodeAt(i))) i++;
		} else {
			if (fold(c) !== key.charCodeAt(k)) return -1;
			i++;
		}
	}
	return i < limit && isWordCode(text.charCodeAt(i)) ? -1 : i;
}

function insert(root: TrieNode, key: string, entry: TermEntry, plural?: number): void {
	let node = root;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		let child = node.next.get(c);
		if (!child) {
			child = { next: new Map() };
			node.next.set(c, child);
		}
		node = child;
	}
	// The term itself wins over another term's plural spelling of the same letters.
	if (!node.entry || (node.plural !== undefined && plural === undefined)) {
		node.entry = entry;
		node.plural = plural;
	}
}

/**
 * The spellings of a term's key with a tolerant plural on its last word: "investment(s)",
 * "fishery/fisheries", "tax/taxes", "NDC(s)". Terms ending in "s" or a non-letter stay as they are.
 */
function pluralKeys(key: string): [string, number][] {
	if (!/\p{L}$/u.test(key) || key.endsWith('s')) return [];
	if (/[^aeiou]y$/.test(key)) return [[`${key.slice(0, -1)}ies`, 3]];
	return [
		[`${key}s`, 1],
		[`${key}es`, 2]
	];
}

/**
 * Builds the matcher for a taxonomy: one trie of every term, walked once per word start, so the
 * cost stays linear in the text. Throws on an empty term or a term listed twice (in one sector
 * or two), so a bad edit of sectors.json fails loudly.
 */
export function createSectorMatcher(
	taxonomy: SectorDefinition[],
	/**
	 * `prefilter: false` walks the trie at every word start: the plain form of the matcher, which
	 * the tests compare the fast one with.
	 */
	options: { prefilter?: boolean } = {}
): (sentence: SentenceInput) => SectorMention[] {
	const root: TrieNode = { next: new Map() };
	const seen = new Map<string, string>();
	const senses = compileSenses(taxonomy);
	for (const sector of taxonomy) {
		for (const raw of sector.terms) {
			const term = raw.trim();
			if (!term) throw new Error(`sectors: empty term in "${sector.id}"`);
			const key = keyOf(term);
			const previous = seen.get(key);
			if (previous !== undefined) {
				throw new Error(`sectors: "${term}" is listed in "${previous}" and "${sector.id}"`);
			}
			seen.set(key, sector.id);
			const entry: TermEntry = {
				sector: sector.id,
				term,
				acronym: isAcronym(term),
				senses: senses.get(key) ?? NO_SENSES
			};
			insert(root, key, entry);
			for (const [plural, suffix] of pluralKeys(key)) insert(root, plural, entry, suffix);
		}
	}

	/** The longest term that starts at `from` and ends on a word boundary, or undefined. */
	function longestAt(
		text: string,
		from: number,
		limit: number
	): { end: number; entry: TermEntry } | undefined {
		let node: TrieNode | undefined = root;
		let best: { end: number; entry: TermEntry } | undefined;
		let i = from;
		while (node && i < limit) {
			const c = text.charCodeAt(i);
			if (isSeparatorCode(c)) {
				node = node.next.get(SPACE);
				while (i < limit && isSeparatorCode(text.charCodeAt(i))) i++;
			} else {
				node = node.next.get(fold(c));
				i++;
			}
			if (node?.entry && (i >= limit || !isWordCode(text.charCodeAt(i)))) {
				const { entry } = node;
				// An acronym counts only as written: "AI", not "ai"; "NDCs", not "ndcs".
				const written = text.slice(from, i - (node.plural ?? 0));
				if (!entry.acronym || written === entry.term) best = { end: i, entry };
			}
		}
		return best;
	}

	const index = keyIndex(root);
	const prefilter = options.prefilter ?? true;

	/** The group of keys whose first word is the word `from`–`to` (hashing to `hash`), or -1. */
	function groupOf(text: string, from: number, to: number, hash: number): number {
		const { slots, mask, groups, chars } = index;
		for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
			const at = (slots[slot]! - 1) * G_SIZE;
			if (
				groups[at + G_HASH] === hash &&
				groups[at + G_WORD_LENGTH] === to - from &&
				isWordAt(text, from, to, chars, groups[at + G_WORD_AT]!)
			) {
				return at;
			}
		}
		return -1;
	}

	/** The longest term at the word `from`–`wordEnd` (whose folded letters hash to `hash`). */
	function longestOfCandidates(
		text: string,
		from: number,
		wordEnd: number,
		limit: number,
		hash: number
	): { end: number; entry: TermEntry } | undefined {
		const group = groupOf(text, from, wordEnd, hash);
		if (group < 0) return undefined;
		const { groups, keys, chars, entries } = index;
		const wordLength = groups[group + G_WORD_LENGTH]!;
		const textNext = textNextCode(text, wordEnd, limit);
		for (let c = groups[group + G_FIRST]!; c < groups[group + G_END]!; c++) {
			const k = c * K_SIZE;
			// The word alone (-1, the shortest key, last) or a key that goes on as the text does.
			const next = keys[k + K_NEXT]!;
			if (next !== -1 && next !== textNext) continue;
			const at = keys[k + K_AT]!;
			const end = matchKey(text, wordEnd, limit, chars, at + wordLength, at + keys[k + K_LENGTH]!);
			if (end < 0) continue;
			const entry = entries[c]!;
			// An acronym counts only as written: "AI", not "ai"; "NDCs", not "ndcs".
			if (keys[k + K_ACRONYM] === 1 && text.slice(from, end - keys[k + K_PLURAL]!) !== entry.term) {
				continue;
			}
			return { end, entry };
		}
		return undefined;
	}

	return (sentence) => {
		const { docText, start, end } = sentence;
		const mentions: SectorMention[] = [];
		let i = start;
		// A sentence that starts inside a word does not start a term there.
		if (i > 0 && isWordCode(docText.charCodeAt(i - 1))) {
			while (i < end && isWordCode(docText.charCodeAt(i))) i++;
		}
		while (i < end) {
			let folded = foldedWordCode(docText.charCodeAt(i));
			if (folded === 0) {
				i++;
				continue;
			}
			// Here i is a word start: the hash of the folded word picks the keys to try.
			let wordEnd = i;
			let hash = 0;
			do {
				hash = extendHash(hash, folded);
				wordEnd++;
			} while (wordEnd < end && (folded = foldedWordCode(docText.charCodeAt(wordEnd))) !== 0);
			const found = prefilter
				? longestOfCandidates(docText, i, wordEnd, end, hash)
				: longestAt(docText, i, end);
			if (found) {
				// A term in a sense its sector does not have is no mention (or one of another sector).
				const sector = senseOf(found.entry, docText, sentence, i, found.end);
				if (sector !== null) {
					mentions.push({ sector, term: found.entry.term, start: i, end: found.end });
				}
				i = found.end;
			} else {
				i = wordEnd;
			}
		}
		return mentions;
	};
}
