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
	senses: CompiledSense[];
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

/** Case folding by char code; ’ reads as '. */
function fold(c: number): number {
	if (c >= 65 && c <= 90) return c + 32;
	if (c < 128) return c;
	if (c === 0x2019) return APOSTROPHE;
	return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Hash of folded char codes, extended one code at a time (collisions only cost a comparison). */
const extendHash = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/** A key of the trie with the entry its node resolved to, compared directly with the text. */
interface Candidate {
	key: string;
	entry: TermEntry;
	plural: number;
}

/**
 * Every key of the trie, indexed by the hash of its first word (its letters and digits up to the
 * first space or sign), longest key first. A term that starts at a word of the text runs through
 * the whole word (it ends on a word boundary), so the hash of the folded word finds the only keys
 * that may match there, and most words ("the", "in", …) find none. Comparing a few short keys
 * also beats walking the trie: in the pipeline the other extractors push its thousands of small
 * Maps out of the processor's cache between two sentences, and that walk was the costliest
 * function of the whole analysis.
 */
function candidatesByFirstWord(root: TrieNode): Map<number, Candidate[]> {
	const index = new Map<number, Candidate[]>();
	const visit = (node: TrieNode, key: string, hash: number, inFirstWord: boolean) => {
		if (node.entry) {
			const list = index.get(hash) ?? [];
			list.push({ key, entry: node.entry, plural: node.plural ?? 0 });
			index.set(hash, list);
		}
		for (const [code, child] of node.next) {
			const first = inFirstWord && isWordCode(code);
			visit(child, key + String.fromCharCode(code), first ? extendHash(hash, code) : hash, first);
		}
	};
	visit(root, '', 0, true);
	for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
	return index;
}

/**
 * End of `key` matched at `from` the way the trie walks it (folded, a run of separators for a
 * space) and ending on a word boundary, or -1.
 */
function matchKey(text: string, from: number, limit: number, key: string): number {
	let i = from;
	for (let k = 0; k < key.length; k++) {
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
				senses: senses.get(key) ?? []
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

	const candidates = candidatesByFirstWord(root);
	const prefilter = options.prefilter ?? true;

	/** The longest term at `from` among the keys whose first word hashes to `hash`. */
	function longestOfCandidates(
		text: string,
		from: number,
		limit: number,
		hash: number
	): { end: number; entry: TermEntry } | undefined {
		const list = candidates.get(hash);
		if (list === undefined) return undefined;
		for (const { key, entry, plural } of list) {
			const end = matchKey(text, from, limit, key);
			if (end < 0) continue;
			// An acronym counts only as written: "AI", not "ai"; "NDCs", not "ndcs".
			if (entry.acronym && text.slice(from, end - plural) !== entry.term) continue;
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
			const c = docText.charCodeAt(i);
			if (!isWordCode(c)) {
				i++;
				continue;
			}
			// Here i is a word start: the hash of the folded word picks the keys to try.
			let wordEnd = i;
			let hash = 0;
			do {
				hash = extendHash(hash, fold(docText.charCodeAt(wordEnd)));
				wordEnd++;
			} while (wordEnd < end && isWordCode(docText.charCodeAt(wordEnd)));
			const found = prefilter
				? longestOfCandidates(docText, i, end, hash)
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
