/**
 * The parties of a document (METHOD.md rule 7), read from the document itself: the ids its
 * sources.json entry declares, else the states and organisations its title names ("between X
 * and Y", "X–Y Joint Statement"), else those its opening names. With them, the subject phrases
 * that name each party in this document: the reviewed names and demonyms of seeds/reference/
 * parties.json, the words for the parties together ("Both sides", "The Leaders", "We"), the
 * terms the text defines ("(hereinafter referred to as “Both sides”)") and its leaders' names
 * ("Indonesian President Joko Widodo" makes "President Widodo" Indonesia).
 */
import { lowerWords, phraseWords, tokenize, type Token } from './tokens';

export interface PartyDefinition {
	id: string;
	name: string;
	/** Short name for charts: "EU", "US". */
	shortName: string;
	kind: 'state' | 'organisation';
	/** Names a text may use, full and short: "the Socialist Republic of Viet Nam", "Vietnam". */
	names: string[];
	/** "Vietnamese": read in "the Vietnamese side", "Indonesian President …". */
	demonyms: string[];
	/** Leaders of recent years: "President Widodo" is Indonesia even where the text never says. */
	leaders: string[];
	/** Agencies that act for it: "USAID plans to invest" is the United States. */
	organs: string[];
	/** An organisation's member parties: "The Quad" is its members together. */
	members?: string[];
}

/** Who a subject phrase names: the parties together, one party (its id), or someone else. */
export type PartyActor = string;

export interface SubjectPhrase {
	words: readonly string[];
	actor: PartyActor;
}

/**
 * Subject phrases of two words or more by an end word and the word next to it (`pairs`, end word
 * first), and one-word phrases by their word (`single`). Nested maps, not keys of two words
 * joined: the clause reader asks at every word, and a joined key was a new string to hash each
 * time.
 */
export interface PhraseIndex {
	pairs: ReadonlyMap<string, ReadonlyMap<string, readonly SubjectPhrase[]>>;
	single: ReadonlyMap<string, readonly SubjectPhrase[]>;
}

/** What the clause reader needs to know of a document's parties. */
export interface DocumentParties {
	/** Ids of the document's parties, in the order the document names them. */
	ids: readonly string[];
	/** Subject phrases, longest first, so "the European Union" beats "union". */
	phrases: readonly SubjectPhrase[];
	/**
	 * The same phrases by their last two words and by their first two (one-word phrases by their
	 * word), longest first in each: "the" alone opens over a thousand phrases, "the european" few.
	 * Read them through `phrasesEndingAt` and `phrasesStartingAt`.
	 */
	byLast: PhraseIndex;
	byFirst: PhraseIndex;
	/** Leaders' names (lower-case name words) → party id. */
	persons: ReadonlyMap<string, string>;
}

/**
 * Subjects that name the parties together in any joint statement. "We" and "they" in a joint
 * statement are its signatories (a unilateral text says "the EU" or "the United States").
 */
export const JOINT_SUBJECTS: readonly string[] = [
	'both sides',
	'the two sides',
	'two sides',
	'the sides',
	'both parties',
	'the two parties',
	'the parties',
	'both countries',
	'the two countries',
	'our two countries',
	'our countries',
	'both nations',
	'the two nations',
	'our two nations',
	'our nations',
	'both governments',
	'the two governments',
	'our two governments',
	'our governments',
	'both leaders',
	'the two leaders',
	'the leaders',
	'both presidents',
	'the two presidents',
	'the presidents',
	'the partners',
	'each side',
	'each party',
	'each president',
	'each leader',
	'both partners',
	'the two partners',
	'we'
];

/** Head nouns after a party's name or demonym that still name the party: "the Vietnamese side". */
const PARTY_HEADS = [
	'side',
	'government',
	'delegation',
	'administration',
	'leader',
	'leadership',
	'authorities'
];

/**
 * Head nouns after a group's name that name its members together: "Quad partners", "Quad
 * countries each plan", "ASEAN Member States".
 */
const GROUP_HEADS = ['countries', 'partners', 'members', 'member states', 'nations', 'leaders'];

/** Titles that precede a leader's name: "President Widodo", "General Secretary Nguyen Phu Trong". */
export const LEADER_TITLES: readonly string[] = [
	'president',
	'vice president',
	'prime minister',
	'general secretary',
	'chancellor',
	'premier',
	'king',
	'queen',
	'emperor',
	'chairman',
	'secretary',
	'minister',
	'state counsellor'
];

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Words of a name that do not identify the person. */
const NAME_FILLERS = new Set(['jr', 'sr', 'r', 'h', 'dr', 'mr', 'mrs', 'ms']);
/**
 * A leader's name is at most this many capitalised words: "Joseph R. Biden, Jr." is four, and
 * "Central Committee Nguyen Phu Trong" (after "General Secretary of the Communist Party of
 * Vietnam") six: the office's own words come along, harmlessly, as they only count after a title.
 */
const MAX_NAME_WORDS = 6;
/** How far after "<title> of" the party may be named: "of the Communist Party of Vietnam". */
const MAX_OFFICE_WORDS = 8;
/** How far into the text the opening reaches when the title names fewer than two parties. */
const OPENING_CHARS = 1500;

const DEFINITION_RE =
	/\((?:hereinafter(?: referred to as)?|hereafter(?: referred to as)?|jointly|collectively|together)?\s*(?:the\s+)?[“"]([^”"()]{2,40})[”"]\)/giu;

/** A compiled name: its words, the party it names. */
interface NameEntry {
	words: string[];
	id: string;
}

/** Compiled once per reviewed list: the names by their first word, longest first. */
const NAME_ENTRIES = new WeakMap<readonly PartyDefinition[], Map<string, NameEntry[]>>();

function nameEntries(list: readonly PartyDefinition[]): Map<string, NameEntry[]> {
	let byFirst = NAME_ENTRIES.get(list);
	if (!byFirst) {
		const entries = list
			.flatMap((party) => party.names.map((name) => ({ words: phraseWords(name), id: party.id })))
			.sort((a, b) => b.words.length - a.words.length);
		byFirst = groupBy(entries, (e) => e.words[0] ?? '');
		NAME_ENTRIES.set(list, byFirst);
	}
	return byFirst;
}

/** Items grouped by a key, each group keeping the items' order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
	if (at < 0 || at + phrase.length > words.length) return false;
	for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
	return true;
}

/**
 * Party ids named in the words, in order of first mention. Hyphenated compounds are read by
 * their parts: "United States-Vietnam relations", "ASEAN-U.S. Summit".
 */
function partiesNamed(
	tokens: readonly Token[],
	entries: ReadonlyMap<string, NameEntry[]>
): string[] {
	const words = tokens.flatMap((token) =>
		token.word && token.lower.includes('-')
			? token.lower.split('-').flatMap((part, k) => (k === 0 ? [part] : ['-', part]))
			: [token.lower]
	);
	const found: string[] = [];
	for (let at = 0; at < words.length; at++) {
		const entry = entries.get(words[at] ?? '')?.find((e) => matchesAt(words, at, e.words));
		if (!entry) continue;
		if (!found.includes(entry.id)) found.push(entry.id);
		at += entry.words.length - 1;
	}
	return found;
}

/**
 * The document's parties: declared ids or names first; else the parties the title names; else
 * (or to make up a second party) those of the opening.
 */
export function readPartyIds(
	list: readonly PartyDefinition[],
	title: string,
	text: string,
	declared: readonly string[] = []
): string[] {
	const entries = nameEntries(list);
	if (declared.length > 0) {
		return declared.flatMap((name) => {
			const byId = list.find((p) => p.id === name);
			if (byId) return [byId.id];
			return partiesNamed(tokenize(name, 0, name.length), entries).slice(0, 1);
		});
	}
	const ids = partiesNamed(tokenize(title, 0, title.length), entries);
	if (ids.length >= 2) return ids;
	const opening = tokenize(text, 0, Math.min(text.length, OPENING_CHARS));
	for (const id of partiesNamed(opening, entries)) {
		if (ids.length >= 2) break;
		if (!ids.includes(id)) ids.push(id);
	}
	return ids;
}

/** Terms the text defines for the parties together: `(hereinafter referred to as “Both sides”)`. */
function definedJointTerms(text: string): string[] {
	const opening = text.slice(0, OPENING_CHARS * 2);
	const terms: string[] = [];
	for (const m of opening.matchAll(DEFINITION_RE)) {
		// Defined after a coordination ("X and Y (the “Leaders”)"): the parties together.
		const before = opening.slice(Math.max(0, (m.index ?? 0) - 200), m.index);
		if (/\band\b[^.;]*$/u.test(before) && m[1]) terms.push(m[1].trim());
	}
	return terms;
}

/** The phrases that introduce a leader, compiled once per reviewed list and set of parties. */
interface LeaderCues {
	/** Names and demonyms of the document's parties, by first word, longest first. */
	partyPhrases: Map<string, NameEntry[]>;
	/** Leaders' titles ("Prime Minister", "President"), by first word, longest first. */
	titles: Map<string, NameEntry[]>;
}

const LEADER_CUES = new WeakMap<readonly PartyDefinition[], Map<string, LeaderCues>>();

function leaderCues(list: readonly PartyDefinition[], partyIds: readonly string[]): LeaderCues {
	let byIds = LEADER_CUES.get(list);
	if (!byIds) LEADER_CUES.set(list, (byIds = new Map()));
	const key = partyIds.join(' ');
	let cues = byIds.get(key);
	if (!cues) {
		const byFirstWord = (entries: NameEntry[]) =>
			groupBy(
				entries.sort((a, b) => b.words.length - a.words.length),
				(e) => e.words[0] ?? ''
			);
		cues = {
			partyPhrases: byFirstWord(
				list
					.filter((party) => partyIds.includes(party.id))
					.flatMap((party) =>
						[...party.names, ...party.demonyms].map((phrase) => ({
							words: phraseWords(phrase),
							id: party.id
						}))
					)
			),
			titles: byFirstWord(LEADER_TITLES.map((title) => ({ words: phraseWords(title), id: '' })))
		};
		byIds.set(key, cues);
	}
	return cues;
}

/**
 * Leaders' names → party, from the patterns that introduce them: "Indonesian President Joko
 * Widodo", "President of the United States Joseph R. Biden", "President Ferdinand Marcos of the
 * Philippines". Every name word but fillers ("Jr.") points to the party.
 */
function leaderNames(
	text: string,
	tokens: readonly Token[],
	list: readonly PartyDefinition[],
	partyIds: readonly string[]
): Map<string, string> {
	const words = lowerWords(tokens);
	/** Whether tokens `a` … `b` stand on one line: a title line ending in a name is no epithet. */
	const oneLine = (a: number, b: number) => {
		const from = tokens[a]?.start ?? 0;
		const to = tokens[b]?.end ?? from;
		return !/[\r\n]/.test(text.slice(from, to));
	};
	const { partyPhrases, titles } = leaderCues(list, partyIds);
	/** The longest phrase of `table` starting at `at`: its party and the index after it. */
	const phraseAt = (table: ReadonlyMap<string, NameEntry[]>, at: number) => {
		const entry = table.get(words[at] ?? '')?.find((e) => matchesAt(words, at, e.words));
		return entry ? { id: entry.id, end: at + entry.words.length } : null;
	};
	const partyAt = (at: number) => phraseAt(partyPhrases, at);
	const titleAt = (at: number): number => phraseAt(titles, at)?.end ?? -1;
	const nameFrom = (at: number): { words: string[]; end: number } => {
		let count = 0;
		let k = at;
		while (k < tokens.length && count < MAX_NAME_WORDS) {
			const token = tokens[k];
			if (!token) break;
			if (token.word && NAME_WORD.test(token.text)) count++;
			else if (!(token.text === '.' || token.text === ',') || count === 0) break;
			k++;
		}
		return { words: nameWords(tokens.slice(at, k)), end: k };
	};
	const persons = new Map<string, string>();
	const learn = (name: string[], id: string) => {
		for (const word of name) if (!persons.has(word)) persons.set(word, id);
	};
	for (let at = 0; at < words.length; at++) {
		// "<party|demonym> <title> <Name>"
		const party = partyAt(at);
		if (party) {
			const afterTitle = titleAt(party.end);
			if (afterTitle > 0 && oneLine(at, afterTitle)) learn(nameFrom(afterTitle).words, party.id);
			continue;
		}
		const afterTitle = titleAt(at);
		if (afterTitle < 0) continue;
		// "<title> of <party> <Name>", "<title> of the Communist Party of <party> … <Name>"
		if (words[afterTitle] === 'of') {
			for (let k = afterTitle + 1; k <= afterTitle + MAX_OFFICE_WORDS; k++) {
				const of = partyAt(k);
				if (!of) continue;
				learn(nameFrom(of.end).words, of.id);
				break;
			}
			continue;
		}
		// "<title> <Name> of <party>"
		const name = nameFrom(afterTitle);
		if (name.words.length > 0 && words[name.end] === 'of') {
			const of = partyAt(name.end + 1) ?? partyAt(name.end + 2);
			if (of) learn(name.words, of.id);
		}
	}
	return persons;
}

/** The words of a name that identify the person: capitalised, not "Jr.", not an initial. */
function nameWords(tokens: readonly Token[]): string[] {
	return (
		tokens
			.filter((t) => t.word && NAME_WORD.test(t.text) && t.lower.length > 1)
			// "Oyun-Erdene" is one word to the clause reader and two in "Prime Minister Oyun".
			.flatMap((t) => [t.lower, ...(t.lower.includes('-') ? t.lower.split('-') : [])])
			.filter((word) => word.length > 1)
			.filter((word) => !NAME_FILLERS.has(word))
	);
}

/** A reviewed leader's name words, read once per process. */
const LEADER_WORDS = new Map<string, string[]>();
function leaderWords(leader: string): string[] {
	let words = LEADER_WORDS.get(leader);
	if (!words) {
		words = nameWords(tokenize(leader, 0, leader.length));
		LEADER_WORDS.set(leader, words);
	}
	return words;
}

/**
 * The subject phrases of a document with these parties and defined terms. Built once per
 * combination: a corpus of statements between the same parties shares one table.
 */
function subjectPhrases(
	list: readonly PartyDefinition[],
	ids: readonly string[],
	defined: readonly string[]
): Pick<DocumentParties, 'phrases' | 'byLast' | 'byFirst'> {
	let cache = SUBJECT_PHRASES.get(list);
	if (!cache) SUBJECT_PHRASES.set(list, (cache = new Map()));
	const key = `${ids.join(' ')}|${defined.join('|')}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const phrases: SubjectPhrase[] = [];
	const add = (phrase: string, actor: PartyActor) => {
		phrases.push({ words: phraseWords(phrase), actor });
		if (!/^the\b/iu.test(phrase)) phrases.push({ words: phraseWords(`the ${phrase}`), actor });
	};
	for (const phrase of [...JOINT_SUBJECTS, ...defined]) add(phrase, 'joint');
	for (const party of list) {
		const members = party.members ?? [];
		const ofMembers = members.length > 1 && members.every((id) => ids.includes(id));
		const actor = ids.includes(party.id) ? party.id : ofMembers ? 'joint' : 'other';
		for (const organ of party.organs) phrases.push({ words: phraseWords(organ), actor });
		for (const name of party.names) {
			phrases.push({ words: phraseWords(name), actor });
			for (const head of PARTY_HEADS) add(`${name} ${head}`, actor);
			if (members.length > 1) for (const head of GROUP_HEADS) add(`${name} ${head}`, actor);
		}
		for (const demonym of party.demonyms) {
			for (const head of PARTY_HEADS) add(`${demonym} ${head}`, actor);
		}
	}
	phrases.sort((a, b) => b.words.length - a.words.length);
	const byLast = phraseIndex(phrases, (words) => [words.at(-1) ?? '', words.at(-2)]);
	const byFirst = phraseIndex(phrases, (words) => [words[0] ?? '', words[1]]);
	const table = { phrases, byLast, byFirst };
	cache.set(key, table);
	return table;
}

/** The phrases by `ends(words)`: the end word, and the word next to it when there is one. */
function phraseIndex(
	phrases: readonly SubjectPhrase[],
	ends: (words: readonly string[]) => [string, string | undefined]
): PhraseIndex {
	const pairs = new Map<string, Map<string, SubjectPhrase[]>>();
	const single = new Map<string, SubjectPhrase[]>();
	for (const phrase of phrases) {
		const [end, next] = ends(phrase.words);
		let group: Map<string, SubjectPhrase[]> = single;
		let key = end;
		if (next !== undefined) {
			group = pairs.get(end) ?? new Map<string, SubjectPhrase[]>();
			pairs.set(end, group);
			key = next;
		}
		const list = group.get(key);
		if (list) list.push(phrase);
		else group.set(key, [phrase]);
	}
	return { pairs, single };
}

const SUBJECT_PHRASES = new WeakMap<
	readonly PartyDefinition[],
	Map<string, Pick<DocumentParties, 'phrases' | 'byLast' | 'byFirst'>>
>();

/** Everything the clause reader needs about one document's parties. */
export function readDocumentParties(
	list: readonly PartyDefinition[],
	doc: { title: string; text: string; declared?: readonly string[] }
): DocumentParties {
	const ids = readPartyIds(list, doc.title, doc.text, doc.declared);
	const defined = definedJointTerms(doc.text);
	const { phrases, byLast, byFirst } = subjectPhrases(list, ids, defined);
	const opening = doc.text.slice(0, OPENING_CHARS * 4);
	const persons = leaderNames(opening, tokenize(opening, 0, opening.length), list, ids);
	// The reviewed leaders come after what the text itself says of its people.
	for (const party of list) {
		const actor = ids.includes(party.id) ? party.id : 'other';
		for (const leader of party.leaders) {
			for (const word of leaderWords(leader)) {
				if (!persons.has(word)) persons.set(word, actor);
			}
		}
	}
	return { ids, phrases, byLast, byFirst, persons };
}

/**
 * The subject phrases that may start at word `q`, longest first: those of two words or more
 * whose first two words are there, then the one-word phrase.
 */
export function* phrasesStartingAt(
	parties: DocumentParties,
	words: readonly string[],
	q: number
): Generator<SubjectPhrase> {
	yield* phrasesAt(parties.byFirst, words[q] ?? '', words[q + 1] ?? '');
}

/** The subject phrases that may end at word `j`, longest first (as `phrasesStartingAt`). */
export function* phrasesEndingAt(
	parties: DocumentParties,
	words: readonly string[],
	j: number
): Generator<SubjectPhrase> {
	yield* phrasesAt(parties.byLast, words[j] ?? '', words[j - 1] ?? '');
}

/** The phrases of two words or more at `end` and `next`, then the one-word phrase `end`. */
function* phrasesAt(index: PhraseIndex, end: string, next: string): Generator<SubjectPhrase> {
	const pair = index.pairs.get(end)?.get(next);
	if (pair) for (const phrase of pair) yield phrase;
	const single = index.single.get(end);
	if (single) for (const phrase of single) yield phrase;
}

/** Whether an actor is a party of the document (or the parties together). */
export function isPartyActor(parties: DocumentParties, actor: string): boolean {
	return actor === 'joint' || parties.ids.includes(actor);
}
