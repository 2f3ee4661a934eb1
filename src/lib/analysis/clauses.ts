/**
 * Clauses and modality strength (METHOD.md, "Units" and "Modality strength").
 *
 * A sentence is cut into clauses at ";" and at "and" / "as well as" when a new verb chain
 * starts after it (a modal, a verb with an object of its own, a subject of its own), never
 * inside a list of nouns. Each clause gets a subject (actor) and a verb chain: the modals,
 * cue verbs, carrier verbs and nouns that govern its action. The level is the weakest link of
 * the chain; a clause whose subject is elided ("…; and enhance Y") shares the subject and the
 * governing part of the chain of the clause before it ("will" in "Both sides will promote X;
 * and enhance Y").
 */
import { mapPacked } from './packed';
import {
	matchSubjectEndingAt,
	matchSubjectStartingAt,
	resolvePlural,
	skipBracketsBack
} from './actor';
import { findPrecisionCues, regexCues, scorePrecision } from './instruments';
import {
	ADJECTIVE_CUES,
	STANCE_ADJECTIVES,
	BE_FORMS,
	BE_LIKE,
	BOOSTERS,
	CARRIER_NOVELTY,
	CARRIER_TO_LEVEL,
	CONDITION_KEYWORDS,
	CONDITION_RE,
	DETERMINERS,
	DO_AUXILIARIES,
	FIRM_AFTER_WILL,
	KIND_LEVELS,
	MODALS,
	NEGATED_AUXILIARIES,
	NEGATIONS,
	NOUN_CUES,
	PERFORMATIVE_VERBS,
	PHRASAL_CUES,
	VERB_FORMS,
	isAdverb,
	type VerbForm,
	type VerbFormInfo
} from './modality-lexicon';
import { isPartyActor, readDocumentParties, type DocumentParties } from './parties';
import { lowerWords, tokenize, type Token } from './tokens';
import type { Actor, Clause, Cue, ModalityLevel, Novelty, SentenceInput } from './types';

/** Punctuation that never belongs at the end of a clause's words. */
const TRAILING_PUNCTUATION = new Set([';', ',', '.', ':']);
/** Words a comma-enclosed aside may run to before the split gives up ("and, under …, promote"). */
const MAX_ASIDE_WORDS = 30;
/** Modifiers allowed between a determiner and a cue noun ("their full and unwavering commitment"). */
const MAX_NOUN_MODIFIERS = 3;
/** Prepositions that open a gerund phrase ("by ensuring …", "including through identifying …"). */
const SUBORDINATING = new Set([
	'by',
	'through',
	'including',
	'in',
	'for',
	'on',
	'while',
	'without'
]);
/**
 * Verbs by which the parties state a stance of their own: with a possessive and a cue noun they
 * carry its level like "reaffirm" does ("underscore their unwavering commitment to" 4, "convey
 * their support for" 1, "announce their intent to" 2), where "emphasise the importance" stays 0.
 */
const SELF_STANCE_VERBS = new Set([
	'underscore',
	'underline',
	'emphasise',
	'stress',
	'highlight',
	'convey',
	'announce',
	'note',
	'share'
]);
const POSSESSIVES = new Set(['their', 'its', 'our', 'his', 'her']);
/** The perfect's auxiliary: "has agreed", "have committed". */
const HAVE_FORMS = new Set(['has', 'have', 'had']);
/** How far after "encourage" its object's "to" may come: "encourage more donors to make". */
const DIRECTIVE_REACH = 6;
/** Verbs that direct someone else when they take an object and "to": "encourage others to". */
const OBJECT_DIRECTIVES = new Set(['encourage', 'ask', 'task', 'instruct']);

/**
 * A present directive to someone else, with no modal of the parties (METHOD rule 3): "We
 * encourage others to make similar commitments" → 0, where "We will encourage" stays an action.
 */
function directsOthers(ctx: Context, i: number, info: VerbFormInfo, links: Link[]): boolean {
	if (!OBJECT_DIRECTIVES.has(info.lemma) || links.some((l) => l.modal || l.governs)) return false;
	let reach = i + DIRECTIVE_REACH;
	for (let k = i + 1; k < Math.min(ctx.words.length, reach); k++) {
		// "encourage other countries, including those in the region, to increase …": an aside.
		const close = ctx.words[k] === ',' ? asideEnd(ctx, k, ctx.words.length) : -1;
		if (close > 0) {
			reach += close - k;
			k = close;
			continue;
		}
		if (!isWordAt(ctx, k)) return false;
		if (ctx.words[k] === 'to') return k > i + 1 && isVerbComplementAt(ctx, k + 1);
	}
	return false;
}

/**
 * "… that they will ensure", "… the two countries will pursue": a party subject and its modal
 * after a carrier. Returns where the modal stands, or null.
 */
function reportedPartyModal(ctx: Context, at: number): number | null {
	const subject = matchSubjectStartingAt(ctx.parties, ctx.words, at);
	if (!subject) return null;
	if (subject.actor !== 'they' && !isPartyActor(ctx.parties, subject.actor)) return null;
	const modal = skipAdverbs(ctx, subject.end);
	return isModalAt(ctx, modal) ? modal : null;
}

/** Verb kinds whose participle opens a preambular paragraph: "NOTING", "REAFFIRMING". */
const PREAMBULAR_KINDS = new Set<string>(['zero', 'carrier', 'directive']);

/** Whether the words at `q` open on the parties or a pronoun for them ("Both sides", "They"). */
function nameOpens(ctx: Context, q: number): boolean {
	const opensOn = (at: number) => {
		const subject = matchSubjectStartingAt(ctx.parties, ctx.words, at);
		return subject !== null && subject.actor !== 'other';
	};
	if (opensOn(q)) return true;
	// After an opening adverbial: "Together, the United States and Mongolia are expanding …".
	const comma = ctx.words.indexOf(',', q);
	return comma > q && comma <= q + MAX_OPENING_WORDS && opensOn(comma + 1);
}

/** Words an opening adverbial may have before its comma ("In the first ten months,"). */
const MAX_OPENING_WORDS = 6;

/** Marks that open a bullet point. */
const BULLET_MARKS = new Set(['-', '•', '*', '–', '—', '·']);

/** Words before "will" that make it a noun ("their will to strengthen"). */
const NOUN_WILL_PREFIXES = new Set([...DETERMINERS, 'political', 'good', 'free', 'strong']);

/** One element of a verb chain: a modal, a cue verb or noun, a carrier, or the action itself. */
interface Link {
	cue: Cue;
	/** null: transparent (carrier) or open (an action, whose level comes from what governs it). */
	level: ModalityLevel | null;
	/** Takes a following verb: "will", "intend to", "their commitment to". */
	governs: boolean;
	/** Takes it with "to" ("intend to", "their commitment to"), so "…, and to explore" continues it. */
	takesTo: boolean;
	/** A modal of the clause's own (an elided-subject clause with its own modal inherits none). */
	modal: boolean;
	negated: boolean;
	novelty: Novelty | null;
	/** Set for the action verb: its form and its level when nothing governs it. */
	action: { form: VerbForm; bareLevel: ModalityLevel | null } | null;
	/**
	 * A verb of a list sharing what governs the first ("will explore, develop and deepen"): the
	 * token where its own clause starts (METHOD rule 10, one clause per action).
	 */
	listedFrom?: number;
}

interface Chain {
	links: Link[];
	negations: Cue[];
	/** Token index just after the chain (after coordinated verbs). */
	end: number;
	passive: boolean;
}

interface Draft {
	from: number;
	to: number;
	actor: Actor;
	chain: Chain | null;
	/** Links carried over from the clause before (not in this clause's words, so not cues). */
	inherited: Link[];
}

/**
 * Modals are no pledge when the subject is not a party: "The new partnership will elevate
 * relations" predicts (METHOD rule 11), "which Russia must address" demands of someone else
 * (rule 3), "Plurilateral mechanisms can provide" assesses.
 */
const NON_PARTY_MODALS = new Set([
	'will',
	"won't",
	'would',
	'must',
	'should',
	'shall',
	'can',
	'could',
	'may',
	'might'
]);

/** Sentence-wide state shared by the parsing steps. */
interface Context {
	docText: string;
	tokens: Token[];
	/** Lower-case token texts, for look-ups. */
	words: string[];
	parties: DocumentParties;
}

const isWordAt = (ctx: Context, i: number) => ctx.tokens[i]?.word ?? false;

function cueOf(ctx: Context, first: number, last: number, role: string): Cue {
	const start = ctx.tokens[first]?.start ?? 0;
	const end = ctx.tokens[last]?.end ?? start;
	return { start, end, text: ctx.docText.slice(start, end), role };
}

function link(cue: Cue, level: ModalityLevel | null, governs: boolean): Link {
	return {
		cue,
		level,
		governs,
		takesTo: false,
		modal: false,
		negated: false,
		novelty: null,
		action: null
	};
}

function skipAdverbs(ctx: Context, i: number): number {
	let at = i;
	while (at < ctx.words.length && isAdverb(ctx.words[at] ?? '')) at++;
	return at;
}

/** Skips adverbs and negations: "is not yet willing". */
function skipNegatedAdverbs(ctx: Context, i: number): number {
	let at = i;
	while (at < ctx.words.length) {
		const word = ctx.words[at] ?? '';
		if (!isAdverb(word) && !NEGATIONS.has(word)) break;
		at++;
	}
	return at;
}

function skipAdverbsBack(ctx: Context, i: number, lo: number): number {
	let at = i;
	while (at >= lo && isAdverb(ctx.words[at] ?? '')) at--;
	return at;
}

function verbAt(ctx: Context, i: number): VerbFormInfo | undefined {
	const word = ctx.words[i];
	return word === undefined ? undefined : VERB_FORMS.get(word);
}

/**
 * A verb after the perfect's auxiliary is its participle, whatever its spelling: "has put
 * forward" is past (METHOD rule 9: a past act is a fact), though "put" is also a base form; an
 * unknown "-ed" word there is a participle too ("has commissioned").
 */
function verbFormAt(ctx: Context, i: number): VerbFormInfo | undefined {
	const info = verbAt(ctx, i);
	if (info?.form === 'past' || info?.form === 'ing') return info;
	const word = ctx.words[i] ?? '';
	const perfect = HAVE_FORMS.has(ctx.words[skipAdverbsBack(ctx, i - 1, 0)] ?? '');
	if (!perfect) return info;
	if (info) return { ...info, form: 'past' };
	// An action verb the lexicon lacks, after the perfect: "India has commissioned a study".
	const participle = word.length > 4 && word.endsWith('ed') && isWordAt(ctx, i);
	return participle
		? { lemma: word, kind: 'substantive', form: 'past', ambiguous: false }
		: undefined;
}

/**
 * A finite verb or a modal at `i`: what follows the head of a subject ("Quad partners will",
 * "the partners launched a …"). A noun homograph is not counted (it may be an object: "support
 * research"), nor a participle before a noun ("support enhanced cooperation").
 */
function isFiniteVerbAt(ctx: Context, i: number): boolean {
	if (isModalAt(ctx, i) || HAVE_FORMS.has(ctx.words[i] ?? '')) return true;
	const info = verbAt(ctx, i);
	// "launched a landmark initiative" is finite; "supports enhanced cooperation" an adjective.
	const object = DETERMINERS.has(ctx.words[i + 1] ?? '');
	return info !== undefined && !info.ambiguous && info.form !== 'ing' && object;
}

/**
 * "are defending", "Japan is providing": the present progressive of a substantive action by the
 * parties reports an action under way (DECISIONS 1, level 0), when the parties are the subject
 * of a main clause. Cue verbs ("are seeking to") are not included: their cue sets the level.
 */
function isMainProgressive(ctx: Context, i: number, from: number): boolean {
	if (!BE_FORMS.has(ctx.words[i] ?? '') || ctx.words[i] === 'be' || ctx.words[i] === 'being') {
		return false;
	}
	const info = verbAt(ctx, skipAdverbs(ctx, i + 1));
	if (info?.form !== 'ing' || (info.kind !== 'substantive' && info.kind !== 'support'))
		return false;
	// The parties named as subject of a main clause, not of "…, where the two countries are".
	const subject = matchSubjectEndingAt(
		ctx.parties,
		ctx.words,
		skipAdverbsBack(ctx, i - 1, from),
		from
	);
	return subject !== null && !SUBORDINATORS.has(ctx.words[subject.start - 1] ?? '');
}

/** "will" is a modal unless it is a noun ("their will to"); "may" unless a month ("May 2025"). */
function isModalAt(ctx: Context, i: number): boolean {
	const word = ctx.words[i];
	if (word === undefined || !MODALS.has(word)) return false;
	const before = ctx.words[i - 1] ?? '';
	const after = ctx.words[i + 1] ?? '';
	if (word === 'will' || word === 'can' || word === 'must') return !NOUN_WILL_PREFIXES.has(before);
	if (word === 'may') return !/^\d/.test(after) && before !== 'in' && before !== 'of';
	return true;
}

/** A verb that can follow "to" or a governing cue: base form, or -ing ("commit to promoting"). */
function isVerbComplementAt(ctx: Context, i: number): boolean {
	const info = verbAt(ctx, skipAdverbs(ctx, i));
	return info !== undefined && (info.form === 'base' || info.form === 'ing');
}

/** A party doing something, after "look forward to": "India hosting the workshop". */
function isSubjectGerund(ctx: Context, i: number): boolean {
	const subject = matchSubjectStartingAt(ctx.parties, ctx.words, i);
	if (!subject || subject.actor === 'other') return false;
	return verbAt(ctx, skipAdverbs(ctx, subject.end))?.form === 'ing';
}

/** A determiner, up to three modifiers, then a cue noun: "their full commitment". */
function matchCueNoun(ctx: Context, i: number): { end: number; level: ModalityLevel } | null {
	let at = i;
	if (DETERMINERS.has(ctx.words[at] ?? '') || ctx.words[at]?.endsWith("s'")) at++;
	for (let k = 0, words = 0; words <= MAX_NOUN_MODIFIERS; k++) {
		const word = ctx.words[at + k];
		// The dot of an abbreviation among the modifiers: "the U.S. extended deterrence commitment".
		if (word === '.' && ctx.words[at + k - 1]?.includes('.')) continue;
		if (word === undefined || !isWordAt(ctx, at + k) || word === 'to' || word === 'of') return null;
		const level = NOUN_CUES.get(word);
		if (level !== undefined) return { end: at + k + 1, level };
		words++;
	}
	return null;
}

function matchPhrasal(ctx: Context, i: number, lemma: string) {
	return PHRASAL_CUES.find(
		(phrase) =>
			phrase.verb === lemma && phrase.words.every((word, k) => ctx.words[i + 1 + k] === word)
	);
}

/** Index of the comma closing an aside that starts at `i` (a comma), or -1. */
function asideEnd(ctx: Context, i: number, limit: number): number {
	for (let k = i + 1; k < Math.min(limit, i + MAX_ASIDE_WORDS); k++) {
		const word = ctx.words[k];
		if (word === ',') return k;
		if (word === ';' || word === '(' || word === ')') return -1;
	}
	return -1;
}

/**
 * The level a verb sets when it is the clause's action (KIND_LEVELS): null for an action that
 * takes its level from what governs it, and for "support", which is 1 only when nothing does.
 */
function levelOfVerb(info: VerbFormInfo): ModalityLevel | null {
	if (info.kind === 'support' || info.kind === 'firm') return null;
	return KIND_LEVELS[info.kind]?.level ?? null;
}

/** The level of a verb standing alone, with no modal (KIND_LEVELS). */
const bareOf = (info: VerbFormInfo): ModalityLevel | null => KIND_LEVELS[info.kind]?.bare ?? null;

/**
 * The level of an action verb when nothing governs it: "support" 1 and "explore" 1 (KIND_LEVELS),
 * a performative present "we launch" 4 (PERFORMATIVE_VERBS); otherwise null (decided by tense).
 */
function bareActionLevel(info: VerbFormInfo | undefined): ModalityLevel | null {
	if (!info) return null;
	if (info.kind === 'support' || info.kind === 'exploratory') return bareOf(info);
	const present = info.form === 'base' || info.form === 'present';
	return present && PERFORMATIVE_VERBS.has(info.lemma) ? 4 : null;
}

/**
 * Reads the verb chain that starts at token `start`. `party` tells whether the subject is a
 * party ("would" pledges nothing when it is not).
 */
function parseChain(ctx: Context, start: number, limit: number, party: boolean): Chain {
	const { words } = ctx;
	const links: Link[] = [];
	const negations: Cue[] = [];
	let pendingNegation = false;
	let passive = false;
	/** After a modal, "to" or a governing cue the next word is a verb even if unknown. */
	let expectVerb = false;
	let i = start;

	const push = (next: Link) => {
		if (pendingNegation) next.negated = true;
		pendingNegation = false;
		links.push(next);
	};
	const pushModal = (word: string, at: number) => {
		const modal = MODALS.get(word);
		if (!modal) return;
		const level = word === 'would' && !party ? 0 : modal.level;
		push({ ...link(cueOf(ctx, at, at, modal.role), level, true), modal: true });
	};
	/** Action verb (and coordinated ones: "explore, develop and deepen") ends the chain. */
	const pushAction = (at: number, info: VerbFormInfo | undefined, role = 'verb') => {
		const level = info ? levelOfVerb(info) : null;
		const bareLevel = bareActionLevel(info);
		const previous = links[links.length - 1];
		if (info && FIRM_AFTER_WILL.has(info.lemma) && previous?.modal && words[at - 1] === 'will') {
			previous.level = 4;
		}
		push({
			...link(cueOf(ctx, at, at, role), level, false),
			action: level === null ? { form: info?.form ?? 'base', bareLevel } : null
		});
		let next = skipAdverbs(ctx, at + 1);
		for (;;) {
			let k = next;
			if (words[k] === ',') k++;
			if (words[k] === 'and' || words[k] === 'or') k++;
			const coordinated = verbAt(ctx, k);
			if (k === next || !coordinated || (info && coordinated.form !== info.form)) break;
			// "and supply chain security": a word that is as often a noun needs a clear verb position.
			if (coordinated.ambiguous && !DETERMINERS.has(words[k + 1] ?? '')) break;
			const coordinatedLevel = levelOfVerb(coordinated);
			const bare = bareActionLevel(coordinated);
			push({
				...link(cueOf(ctx, k, k, 'verb'), coordinatedLevel, false),
				action: coordinatedLevel === null ? { form: coordinated.form, bareLevel: bare } : null,
				listedFrom: next
			});
			next = skipAdverbs(ctx, k + 1);
		}
		return next;
	};
	/**
	 * After a carrier or "agree on": the cue noun it carries. Returns where the chain goes on
	 * ("to + verb", "in + -ing") or null, and where the noun ends.
	 */
	const carryNoun = (at: number): { resume: number | null; end: number } | null => {
		const noun = matchCueNoun(ctx, at);
		if (!noun) return null;
		const after = noun.end;
		const toVerb = words[after] === 'to' && isVerbComplementAt(ctx, after + 1);
		const inVerb = words[after] === 'in' && verbAt(ctx, after + 1)?.form === 'ing';
		const governs = words[after] === 'to';
		push({ ...link(cueOf(ctx, at, noun.end - 1, 'noun'), noun.level, governs), takesTo: governs });
		return { resume: toVerb || inVerb ? after + 1 : null, end: after };
	};

	while (i < limit) {
		const word = words[i] ?? '';
		if (NEGATIONS.has(word) && words[i + 1] !== 'only') {
			negations.push(cueOf(ctx, i, i, 'negation'));
			pendingNegation = true;
			i++;
			continue;
		}
		const negatedAux = NEGATED_AUXILIARIES.get(word);
		if (negatedAux !== undefined) {
			pushModal(negatedAux, i);
			negations.push(cueOf(ctx, i, i, 'negation'));
			pendingNegation = true;
			expectVerb = true;
			i++;
			continue;
		}
		if (isAdverb(word)) {
			i++;
			continue;
		}
		if (isModalAt(ctx, i)) {
			pushModal(word, i);
			expectVerb = true;
			i = skipAdverbs(ctx, i + 1);
			// "will be making a revision": the future progressive is the modal's action.
			if (words[i] === 'be' && verbAt(ctx, skipAdverbs(ctx, i + 1))?.form === 'ing') {
				i = skipAdverbs(ctx, i + 1);
			}
			if (words[i] === 'be' && verbAt(ctx, skipAdverbs(ctx, i + 1))?.form === 'past') {
				passive = true;
				i = skipAdverbs(ctx, i + 1);
			}
			continue;
		}
		if (DO_AUXILIARIES.has(word) && NEGATIONS.has(words[i + 1] ?? '')) {
			i++;
			continue;
		}
		const beLike = BE_LIKE.has(word) ? VERB_FORMS.get(word) : undefined;
		const standPhrase = beLike && matchPhrasal(ctx, i, beLike.lemma);
		if (standPhrase) {
			// "stand with the people of …" (support, 1), "stand united" (a stance, 0).
			push(link(cueOf(ctx, i, i + standPhrase.words.length, 'verb'), standPhrase.level, false));
			i += standPhrase.words.length + 1;
			break;
		}
		if (BE_FORMS.has(word) || BE_LIKE.has(word)) {
			let k = skipAdverbs(ctx, i + 1);
			if (NEGATIONS.has(words[k] ?? '')) {
				negations.push(cueOf(ctx, k, k, 'negation'));
				pendingNegation = true;
				k = skipAdverbs(ctx, k + 1);
			}
			const adjective = ADJECTIVE_CUES.get(words[k] ?? '');
			if (adjective !== undefined && words[k + 1] === 'to') {
				// "are willing" as one cue; "not" between them is a cue of its own.
				const cueStart = pendingNegation ? k : i;
				push({ ...link(cueOf(ctx, cueStart, k, 'verb'), adjective, true), takesTo: true });
				i = k + 2;
				expectVerb = true;
				continue;
			}
			const stance = STANCE_ADJECTIVES.has(words[k] ?? '');
			if (BE_FORMS.has(word) && verbAt(ctx, k)?.form === 'past' && !stance) {
				passive = true;
				i = k;
				expectVerb = true;
				continue;
			}
			if (expectVerb && BE_LIKE.has(word)) {
				// "resolve to stand together", "intend to remain close partners": the governed action.
				i = pushAction(i, VERB_FORMS.get(word));
				break;
			}
			// A copula ("is key", "remain close"): a statement, not an action.
			push(link(cueOf(ctx, i, i, 'verb'), 0, false));
			i++;
			break;
		}
		const info = verbFormAt(ctx, i);
		if (!info) {
			if (expectVerb && isWordAt(ctx, i) && !DETERMINERS.has(word)) i = pushAction(i, undefined);
			break;
		}
		const phrasal = matchPhrasal(ctx, i, info.lemma);
		if (phrasal) {
			const last = i + phrasal.words.length;
			// "look forward to the conclusion of …", "to further progress" awaits an event or an
			// outcome, not an action of the parties (DECISIONS 8).
			const awaits =
				phrasal.governs && !isVerbComplementAt(ctx, last + 1) && !isSubjectGerund(ctx, last + 1);
			push({
				...link(cueOf(ctx, i, last, 'verb'), awaits ? 0 : phrasal.level, phrasal.governs),
				takesTo: phrasal.words[phrasal.words.length - 1] === 'to'
			});
			i = last + 1;
			if (!phrasal.governs) break;
			expectVerb = true;
			continue;
		}
		const after = skipAdverbs(ctx, i + 1);
		const ownStance =
			SELF_STANCE_VERBS.has(info.lemma) &&
			(POSSESSIVES.has(words[after] ?? '') || info.lemma === 'announce') &&
			matchCueNoun(ctx, after) !== null;
		if (directsOthers(ctx, i, info, links)) {
			push(link(cueOf(ctx, i, i, 'verb'), 0, false));
			i++;
			break;
		}
		if (info.kind === 'carrier' || ownStance || (info.lemma === 'agree' && words[after] === 'on')) {
			const carrier = link(cueOf(ctx, i, i, 'carrier'), null, true);
			carrier.novelty = CARRIER_NOVELTY.get(info.lemma) ?? null;
			const reported = reportedPartyModal(ctx, words[after] === 'that' ? after + 1 : after);
			if (reported !== null) {
				// "reaffirm that they will ensure": the carrier passes on what the parties say they will do.
				push(carrier);
				i = reported;
				expectVerb = true;
				continue;
			}
			if (words[after] === 'that') {
				push({ ...carrier, level: 0, governs: false });
				i = after;
				break;
			}
			if (words[after] === 'to' && isVerbComplementAt(ctx, after + 1)) {
				push({ ...carrier, level: CARRIER_TO_LEVEL.get(info.lemma) ?? null, takesTo: true });
				i = after + 1;
				expectVerb = true;
				continue;
			}
			if (verbAt(ctx, after)?.form === 'ing') {
				push(carrier);
				i = after;
				expectVerb = true;
				continue;
			}
			push(carrier);
			const carried = carryNoun(words[after] === 'on' ? after + 1 : after);
			if (carried?.resume) {
				i = carried.resume;
				expectVerb = true;
				continue;
			}
			if (!carried) {
				// "will continue cooperation" is the action itself; "reaffirm their respect" carries
				// no commitment.
				carrier.governs = false;
				if (info.lemma === 'continue') carrier.action = { form: info.form, bareLevel: null };
				else carrier.level = 0;
			}
			i = carried ? carried.end : after;
			break;
		}
		if (info.kind === 'firm' || info.kind === 'intent' || info.kind === 'pledge') {
			// "agreed, building on their existing engagement, to step up": skip the aside.
			let to = after;
			if (info.kind === 'firm' && words[to] === ',') {
				const close = asideEnd(ctx, to, limit);
				if (close > 0) to = close + 1;
			}
			const level = KIND_LEVELS[info.kind]?.level ?? 4;
			if (words[after] === 'that') {
				// "agree that the FTA is …": an assertion of agreement, not an undertaking.
				push(link(cueOf(ctx, i, i, 'verb'), 0, false));
				i = after;
				break;
			}
			if (words[to] === 'to' && words[to + 1] === ':') {
				// "WE HEREBY DECLARE TO:": a chapeau, its verbs are the bullets below.
				push({ ...link(cueOf(ctx, i, to, 'verb'), level, true), takesTo: true });
				i = to + 1;
				break;
			}
			if (words[to] === 'to' && isVerbComplementAt(ctx, to + 1)) {
				push({ ...link(cueOf(ctx, i, i, 'verb'), level, true), takesTo: true });
				i = to + 1;
				expectVerb = true;
				continue;
			}
			if (info.kind !== 'firm' && verbAt(ctx, after)?.form === 'ing') {
				push(link(cueOf(ctx, i, i, 'verb'), level, true));
				i = after;
				expectVerb = true;
				continue;
			}
			if (info.kind === 'firm' && words[to] === 'to') {
				// "commit to greater nuclear energy collaboration", "agreed to a Framework": firm.
				push(link(cueOf(ctx, i, to, 'verb'), level, false));
				i = to + 1;
				break;
			}
			if (info.kind === 'firm') {
				// "commit resources", "resolve disputes": an action, not a pledge.
				i = pushAction(i, { ...info, kind: 'substantive' });
				break;
			}
			push(link(cueOf(ctx, i, i, 'verb'), level, false));
			i++;
			break;
		}
		if (!expectVerb && info.form === 'ing' && links.length === 0) break;
		i = pushAction(i, info);
		if (info.kind === 'zero' || info.kind === 'exploratory') {
			// The stance or the hedge it names: "emphasise the importance", "study the possibility".
			const noun = matchCueNoun(ctx, i);
			if (noun) push(link(cueOf(ctx, i, noun.end - 1, 'noun'), null, false));
		}
		break;
	}
	if (pendingNegation && links.length > 0) {
		const last = links[links.length - 1];
		if (last) last.negated = true;
	}
	return { links, negations, end: Math.max(i, start + 1), passive };
}

interface ChainStart {
	at: number;
	/** null when the clause has no subject of its own (elided). */
	actor: Actor | 'they' | null;
}

/** The subject before a modal: the words back to the last comma, bracketed asides skipped. */
function subjectBefore(ctx: Context, from: number, at: number): Actor | 'they' | null {
	let boundary = from - 1;
	for (let k = at - 1; k >= from; k--) {
		const skipped = ctx.words[k] === ')' ? skipBracketsBack(ctx.words, k, from) : k;
		if (skipped < k) {
			k = skipped + 1;
			continue;
		}
		if (ctx.words[k] === ',' || ctx.words[k] === ';' || ctx.words[k] === ':') {
			boundary = k;
			break;
		}
	}
	const end = skipAdverbsBack(ctx, at - 1, boundary + 1);
	if (end <= boundary) return null;
	// Only punctuation before the modal ("…will pursue"): no subject of its own.
	if (!ctx.tokens.slice(boundary + 1, end + 1).some((token) => token.word)) return null;
	return matchSubjectEndingAt(ctx.parties, ctx.words, end, boundary + 1)?.actor ?? 'other';
}

/**
 * Where the clause's chain starts: the first modal, the first "be + cue adjective", passive
 * "be + participle" after a subject, or a verb after a party or pronoun subject. Words inside
 * brackets are skipped ("(which both sides will establish …)").
 */
function findChainStart(
	ctx: Context,
	from: number,
	limit: number,
	continuation: boolean
): ChainStart | null {
	const { words } = ctx;
	let depth = 0;
	let preambular: ChainStart | null = null;
	for (let i = from; i < limit; i++) {
		const word = words[i] ?? '';
		if (word === '(') depth++;
		else if (word === ')') depth = Math.max(0, depth - 1);
		if (depth > 0 || !isWordAt(ctx, i)) continue;
		const negatedDo = DO_AUXILIARIES.has(word) && NEGATIONS.has(words[i + 1] ?? '');
		if (isModalAt(ctx, i) || NEGATED_AUXILIARIES.has(word) || negatedDo) {
			return { at: i, actor: subjectBefore(ctx, from, i) };
		}
		if (BE_FORMS.has(word) || BE_LIKE.has(word)) {
			const k = skipNegatedAdverbs(ctx, i + 1);
			const cueAdjective = ADJECTIVE_CUES.has(words[k] ?? '') && words[k + 1] === 'to';
			const participle = BE_FORMS.has(word) && verbAt(ctx, k)?.form === 'past';
			const actor = subjectBefore(ctx, from, i);
			const lemma = BE_LIKE.has(word) ? (VERB_FORMS.get(word)?.lemma ?? '') : '';
			const phrase = lemma !== '' && matchPhrasal(ctx, i, lemma) !== undefined;
			const stance = STANCE_ADJECTIVES.has(words[k] ?? '') || isMainProgressive(ctx, i, from);
			if (cueAdjective || ((participle || phrase || stance) && actor !== null)) {
				return { at: i, actor };
			}
			continue;
		}
		const info = verbFormAt(ctx, i);
		// A preambular participle opens the sentence ("RECALLING …", "Welcoming …") and no main
		// clause follows ("Recognizing X, the leaders reaffirm …" has one): its subject is the
		// parties', elided.
		if (info?.form === 'ing' && i === from && PREAMBULAR_KINDS.has(info.kind)) {
			preambular = { at: i, actor: null };
			continue;
		}
		if (!info || info.form === 'ing') continue;
		// "These visits", "this field": after a determiner a noun homograph is a noun.
		const floated = floatingQuantifierSubject(ctx, i, from);
		if (info.ambiguous && DETERMINERS.has(words[i - 1] ?? '') && !floated) continue;
		// "Quad partners will", "the plans launched a …": a noun homograph heading the subject.
		if (info.ambiguous && isFiniteVerbAt(ctx, skipAdverbs(ctx, i + 1))) continue;
		// A clause that opens on a verb has an elided subject; a sentence that opens on a word
		// that is also a noun ("Research cooperation …") does not.
		if (i === from && (continuation || !info.ambiguous)) return { at: i, actor: null };
		let subjectEnd = skipAdverbsBack(ctx, i - 1, from);
		// "Viet Nam has agreed to": the perfect's auxiliary stands between subject and verb.
		if (info.form === 'past' && HAVE_FORMS.has(words[subjectEnd] ?? '')) {
			subjectEnd = skipAdverbsBack(ctx, subjectEnd - 1, from);
		}
		const subject =
			floated ??
			matchSubjectEndingAt(ctx.parties, words, subjectEnd, from) ??
			subjectBeforeAside(ctx, subjectEnd, from);
		if (subject) return { at: i, actor: subject.actor };
	}
	return preambular;
}

/** Words that open a subordinate or relative clause: "…, where the two countries are leading". */
const SUBORDINATORS = new Set([
	'where',
	'which',
	'who',
	'that',
	'when',
	'while',
	'as',
	'because',
	'if',
	'although',
	'since',
	'whereas'
]);

/** Quantifiers that float after a plural subject: "Quad countries each plan to host". */
const FLOATING_QUANTIFIERS = new Set(['each', 'all', 'both']);

/** The subject before a floating quantifier just before the verb at `i`, if any. */
function floatingQuantifierSubject(ctx: Context, i: number, from: number) {
	if (!FLOATING_QUANTIFIERS.has(ctx.words[i - 1] ?? '') || i - 2 < from) return null;
	return matchSubjectEndingAt(ctx.parties, ctx.words, i - 2, from);
}

/**
 * The subject before a comma-enclosed aside that ends at `comma`: "WE, the Member States of …
 * and the United States of America, gathered", "The United States and Indonesia, guided by
 * their shared democratic principles, commit to".
 */
function subjectBeforeAside(ctx: Context, comma: number, from: number) {
	if (ctx.words[comma] !== ',') return null;
	for (let k = comma - 1; k > from && k > comma - MAX_ASIDE_WORDS; k--) {
		const word = ctx.words[k];
		if (word === ';' || word === ':') return null;
		if (word === ',') return matchSubjectEndingAt(ctx.parties, ctx.words, k - 1, from);
	}
	return null;
}

/** Skips what may stand between "and" and the next verb: adverbs, "also", a comma aside. */
function skipConnectives(ctx: Context, q: number, limit: number): number {
	let at = skipAdverbs(ctx, q);
	if (ctx.words[at] === ',') {
		const close = asideEnd(ctx, at, limit);
		if (close > 0) at = skipAdverbs(ctx, close + 1);
	}
	return skipShortAdverbial(ctx, at, limit);
}

/**
 * ", and to that end, we welcome …": a short prepositional adverbial after "and", up to its
 * comma, when the parties' subject follows it. Returns where the subject starts, or `at`.
 */
function skipShortAdverbial(ctx: Context, at: number, limit: number): number {
	if (!FRONTING_OPENERS.has(ctx.words[at] ?? '')) return at;
	for (let k = at + 1; k < Math.min(limit, at + MAX_OPENING_WORDS); k++) {
		if (ctx.words[k] === ',') {
			const subject = matchSubjectStartingAt(ctx.parties, ctx.words, k + 1);
			return subject && subject.actor !== 'other' ? k + 1 : at;
		}
		if (!isWordAt(ctx, k)) return at;
	}
	return at;
}

type Joint = 'semicolon' | 'comma-and' | 'and';

/**
 * Whether a new clause starts at `q`, after a ";" or an "and". A bare action verb only starts
 * one when the clause before has a governing chain to share ("will promote X; and enhance Y"),
 * and not inside an infinitive ("to ensure X and promote Y" stays one clause).
 */
function startsClause(
	ctx: Context,
	q: number,
	joint: Joint,
	prefix: Link[],
	inInfinitive: boolean,
	reported: boolean
) {
	const { words } = ctx;
	const word = words[q] ?? '';
	if (isModalAt(ctx, q) || NEGATED_AUXILIARIES.has(word)) return true;
	if (BE_FORMS.has(word) || BE_LIKE.has(word)) {
		const k = skipNegatedAdverbs(ctx, q + 1);
		return ADJECTIVE_CUES.has(words[k] ?? '') && words[k + 1] === 'to';
	}
	if (word === 'to')
		return (prefix[prefix.length - 1]?.takesTo ?? false) && isVerbComplementAt(ctx, q + 1);
	const subject = matchSubjectStartingAt(ctx.parties, words, q);
	if (subject) {
		const k = skipAdverbs(ctx, subject.end);
		const info = verbAt(ctx, k);
		// "…, and Singapore has announced", ", and Japan is contributing": a subject of its own
		// (not "the EU Member States and Viet Nam are parties", a noun phrase).
		const auxiliary =
			joint !== 'and' &&
			(HAVE_FORMS.has(words[k] ?? '') || BE_FORMS.has(words[k] ?? '')) &&
			verbAt(ctx, skipAdverbs(ctx, k + 1)) !== undefined;
		// "… and we are ready to respond": a cue adjective after the subject's "be".
		const after = skipNegatedAdverbs(ctx, k + 1);
		const cueAdjective =
			BE_FORMS.has(words[k] ?? '') &&
			ADJECTIVE_CUES.has(words[after] ?? '') &&
			words[after + 1] === 'to';
		if (cueAdjective) return true;
		return isModalAt(ctx, k) || auxiliary || (info !== undefined && info.form !== 'ing');
	}
	const info = VERB_FORMS.get(word);
	if (info?.form === 'past') return reported && startsReportedAct(ctx, q, info);
	if (!info || info.form === 'ing') return false;
	// A fixed phrase is a clear verb position: "…, and call on all parties to …".
	if (matchPhrasal(ctx, q, info.lemma)) return true;
	const next = words[q + 1] ?? '';
	if (next === 'of') return false;
	if (info.ambiguous && joint !== 'semicolon' && !DETERMINERS.has(next)) return false;
	if (info.kind === 'substantive' || info.kind === 'support') {
		if (prefix.length === 0) return false;
		if (joint !== 'semicolon' && inInfinitive) return false;
		if (joint !== 'semicolon' && (!isWordAt(ctx, q + 1) || next === 'and')) return false;
	}
	return true;
}

/**
 * In reported speech ("The Leaders welcomed X and agreed to establish Y"), a past-tense verb
 * after "and" opens the parties' next act when it is a speech act that takes "to" + a verb
 * (agreed to, committed to, intended to) or a verb of its own kind in a clear verb position
 * (welcomed the …, reaffirmed their …, supported …).
 */
function startsReportedAct(ctx: Context, q: number, info: VerbFormInfo): boolean {
	const next = ctx.words[q + 1] ?? '';
	if (info.kind === 'firm' || info.kind === 'intent' || info.kind === 'pledge') {
		return next === 'to' ? isVerbComplementAt(ctx, q + 2) : !info.ambiguous;
	}
	if (info.kind === 'substantive' || info.kind === 'descriptive') return false;
	return !info.ambiguous || DETERMINERS.has(next);
}

/** Whether a clause reports the parties' acts in the past tense: its chain opens on a past verb. */
function isReported(ctx: Context, draft: Draft): boolean {
	const first = draft.chain?.links[0];
	if (!first || first.modal || draft.chain?.passive) return false;
	return VERB_FORMS.get(first.cue.text.toLowerCase().split(/\s+/)[0] ?? '')?.form === 'past';
}

/** The governing part of a chain, shared with a following clause whose subject is elided. */
function prefixOf(links: Link[]): Link[] {
	let last = -1;
	links.forEach((l, k) => {
		if (l.governs) last = k;
	});
	return links.slice(0, last + 1);
}

/** How far a relative clause's modal may stand from its pronoun: "which both sides will". */
const RELATIVE_REACH = 6;

/**
 * A relative clause with a modal of its own opens a clause: "…, which will strengthen security"
 * says what a thing will do (a prediction when its subject is the thing, METHOD rule 11) and
 * "…, which both sides will establish" what the parties will do. "that" is relative only after
 * a noun ("policies that will create jobs"), not after a verb ("reaffirm that they will").
 */
function startsRelativeClause(ctx: Context, k: number): boolean {
	const { words } = ctx;
	const word = words[k];
	if (word !== 'which' && word !== 'that') return false;
	if (word === 'that') {
		const before = words[k - 1] ?? '';
		const verb = VERB_FORMS.get(before);
		if (!isWordAt(ctx, k - 1) || (verb && !verb.ambiguous) || BE_FORMS.has(before)) return false;
	}
	for (let m = k + 1; m < Math.min(words.length, k + 1 + RELATIVE_REACH); m++) {
		if (!isWordAt(ctx, m)) return false;
		if (isModalAt(ctx, m)) return true;
	}
	return false;
}

/** Token index of the next clause's first token (its "and" or the ";"), or -1. */
function findSplit(ctx: Context, draft: Draft): number {
	if (!draft.chain) return -1;
	const { words } = ctx;
	const prefix = prefixOf([...draft.inherited, ...draft.chain.links]);
	const reported = isReported(ctx, draft);
	const limit = words.length;
	let depth = 0;
	let inInfinitive = false;
	for (let k = draft.chain.end; k < limit; k++) {
		const word = words[k];
		if (word === '(') depth++;
		else if (word === ')') depth = Math.max(0, depth - 1);
		if (depth > 0) continue;
		if (word === ';') {
			let q = k + 1;
			if (words[q] === 'and') q++;
			const at = skipConnectives(ctx, q, limit);
			if (startsClause(ctx, at, 'semicolon', prefix, inInfinitive, reported)) {
				return k;
			}
			continue;
		}
		if (startsRelativeClause(ctx, k)) return words[k - 1] === ',' ? k - 1 : k;
		let q = -1;
		if (word === 'and' && k > draft.chain.end) q = k + 1;
		else if (word === 'as' && words[k + 1] === 'well' && words[k + 2] === 'as') q = k + 3;
		if (q >= 0) {
			const joint: Joint = words[k - 1] === ',' ? 'comma-and' : 'and';
			const at = skipConnectives(ctx, q, limit);
			if (startsClause(ctx, at, joint, prefix, inInfinitive, reported)) {
				return words[k - 1] === ',' ? k - 1 : k;
			}
		}
		// Inside "to ensure X" or "by ensuring X", "and Y" coordinates within that phrase.
		if (word === 'to' && isVerbComplementAt(ctx, k + 1)) inInfinitive = true;
		if (SUBORDINATING.has(word ?? '') && verbAt(ctx, k + 1)?.form === 'ing') inInfinitive = true;
	}
	return -1;
}

/** Words that open a fronted adverbial phrase: "In doing so, …", "As the mandate …, we". */
const FRONTING_OPENERS = new Set([
	'in',
	'as',
	'since',
	'while',
	'although',
	'given',
	'amid',
	'with',
	'through',
	'following',
	'after',
	'before',
	'under',
	'to',
	'by',
	'for',
	'on',
	'at',
	'during',
	'despite',
	'because',
	'when',
	'if',
	'throughout',
	'building'
]);
/** Words a fronted phrase may run to before its comma. */
const MAX_FRONTED_WORDS = 40;

/**
 * Where the main clause starts after a fronted adverbial or participial phrase ("In doing so, in
 * line with the values we share, we call on …", "Complementing these investments, India has
 * commissioned …"): after the first comma that is followed by the parties as subject and a verb
 * or modal. The main subject and verb set level and actor, not a verb inside the phrase.
 * Returns `q` when the clause opens on no such phrase.
 */
function skipFrontedPhrase(ctx: Context, q: number, limit: number): number {
	const { words } = ctx;
	const opener = words[q] ?? '';
	if (!FRONTING_OPENERS.has(opener) && verbAt(ctx, q)?.form !== 'ing') return q;
	let depth = 0;
	for (let k = q + 1; k < Math.min(limit, q + MAX_FRONTED_WORDS); k++) {
		const word = words[k];
		if (word === '(') depth++;
		else if (word === ')') depth = Math.max(0, depth - 1);
		if (depth > 0 || word !== ',') {
			if (word === ';' || word === ':') return q;
			continue;
		}
		const subject = matchSubjectStartingAt(ctx.parties, words, k + 1);
		if (!subject || subject.actor === 'other') continue;
		const v = skipAdverbs(ctx, subject.end);
		const verb = verbFormAt(ctx, v) ?? verbFormAt(ctx, v + 1);
		const auxiliary = HAVE_FORMS.has(words[v] ?? '') || BE_FORMS.has(words[v] ?? '');
		if (isModalAt(ctx, v) || auxiliary || (verb && verb.form !== 'ing')) return k + 1;
	}
	return q;
}

/** Reads one clause starting at token `from`, given the clause before it in the sentence. */
function readClause(
	ctx: Context,
	from: number,
	previous: Draft | undefined,
	previousActor: Actor | undefined
): Draft {
	const { words } = ctx;
	const limit = words.length;
	let q = from;
	while (q < limit && (words[q] === ';' || words[q] === ',')) q++;
	// A bullet's mark ("- ESTABLISH …", "• Promote …").
	while (q < limit && from === 0 && BULLET_MARKS.has(words[q] ?? '')) q++;
	// A clause may open on its conjunction ("and enhance Y"), also when it opens the sentence.
	if (words[q] === 'and') q++;
	else if (words[q] === 'as' && words[q + 1] === 'well' && words[q + 2] === 'as') q += 3;
	if (q > from) q = skipConnectives(ctx, q, limit);
	const inheritedFrom = previous
		? prefixOf([...previous.inherited, ...(previous.chain?.links ?? [])])
		: [];
	const fallbackActor = previous?.actor ?? previousActor ?? 'unspecified';

	if (previous && words[q] === 'to') {
		const chain = parseChain(ctx, q + 1, limit, isPartyActor(ctx.parties, previous.actor));
		return { from, to: limit, actor: previous.actor, chain, inherited: inheritedFrom };
	}
	const main = previous ? q : skipFrontedPhrase(ctx, q, limit);
	const start = findChainStart(ctx, main, limit, previous !== undefined);
	if (!start) {
		// No verb chain: a sentence about a thing ("The JCPOA remains critical …", "The situation
		// … is of grave concern") is said of something else, unless it names the parties.
		const own = previous !== undefined || nameOpens(ctx, q);
		return { from, to: limit, actor: own ? fallbackActor : 'other', chain: null, inherited: [] };
	}

	let actor: Actor;
	if (start.actor === null) actor = fallbackActor;
	else if (start.actor === 'they') {
		actor = previous ? previous.actor : resolvePlural(previousActor);
	} else actor = start.actor;
	const chain = parseChain(ctx, start.at, limit, isPartyActor(ctx.parties, actor));
	if (chain.passive) actor = 'unspecified';
	else if (actor === 'other') {
		for (const l of chain.links) {
			if (l.modal && NON_PARTY_MODALS.has(l.cue.text.toLowerCase())) l.level = 0;
		}
	}
	const ownModal = chain.links[0]?.modal ?? false;
	const inherited = start.actor === null && !ownModal ? inheritedFrom : [];
	return { from, to: limit, actor, chain, inherited };
}

/** Level and polarity from the whole chain (METHOD rules 1, 2 and 4). */
function decideLevel(links: readonly Link[]): {
	level: ModalityLevel;
	polarity: 'positive' | 'negative';
} {
	// One loop, not some/map/filter/find: this runs for every clause, and each array builtin is
	// one more place where the optimised code of buildClause (which inlines this) can be thrown
	// away when it meets an array of another kind.
	let negated = false;
	let negatedGoverning = false;
	let level: ModalityLevel | null = null;
	let action: Link['action'] = null;
	for (const link of links) {
		if (link.negated) {
			negated = true;
			if (link.governs) negatedGoverning = true;
		}
		if (link.level !== null && (level === null || link.level < level)) level = link.level;
		if (action === null && link.action) action = link.action;
	}
	const polarity = negated ? 'negative' : 'positive';
	// A negated modal or cue ("do not intend to") removes the commitment.
	if (negatedGoverning) return { level: 0, polarity };
	// The strongest governing word decides: the lowest level of the chain.
	if (level !== null) return { level, polarity };
	if (!action) return { level: 0, polarity };
	if (action.bareLevel !== null) return { level: action.bareLevel, polarity };
	// No modal, no cue: a past action is a fact (0); a present one states a course of action
	// without pledging it ("Both sides target …") — intent (2).
	return { level: action.form === 'past' ? 0 : 2, polarity };
}

function decideNovelty(links: readonly Link[]): Novelty {
	let novelty: Novelty = 'new';
	for (const link of links) {
		if (link.novelty === 'reaffirmed') return 'reaffirmed';
		if (link.novelty === 'continuing') novelty = 'continuing';
	}
	return novelty;
}

const within = (cue: Cue, start: number, end: number) => cue.start >= start && cue.end <= end;

/** Appends the cues that lie within [start, end], in their order. */
function pushInside(into: Cue[], cues: readonly Cue[], start: number, end: number): void {
	for (const cue of cues) if (within(cue, start, end)) into.push(cue);
}

function buildClause(ctx: Context, draft: Draft): Clause {
	const { tokens, words, docText } = ctx;
	let first = draft.from;
	let last = draft.to - 1;
	while (first < last && TRAILING_PUNCTUATION.has(words[first] ?? '')) first++;
	while (last > first && TRAILING_PUNCTUATION.has(words[last] ?? '')) last--;
	const start = tokens[first]?.start ?? 0;
	const end = tokens[last]?.end ?? start;

	const own = draft.chain?.links ?? [];
	// The clause's cues in one list, in this order (the sort below keeps it among equals): its
	// chain's words, negations, boosters, conditions, then figures, dates and instruments.
	const cues: Cue[] = [];
	for (const { cue } of own) if (within(cue, start, end)) cues.push(cue);
	pushInside(cues, draft.chain?.negations ?? [], start, end);
	// One walk over the clause's tokens for its boosters and whether a condition may be in it.
	let mayBeConditional = false;
	for (let t = first; t <= last; t++) {
		const token = tokens[t] as Token;
		if (BOOSTERS.has(token.lower)) {
			cues.push({ start: token.start, end: token.end, text: token.text, role: 'booster' });
		}
		if (CONDITION_KEYWORDS.has(token.lower)) mayBeConditional = true;
	}
	const span = { start, end };
	if (mayBeConditional)
		pushInside(cues, regexCues(CONDITION_RE, docText, span, 'condition'), start, end);
	pushInside(cues, findPrecisionCues(docText, tokens.slice(first, last + 1), span), start, end);
	cues.sort((a, b) => a.start - b.start || a.end - b.end);

	const links = draft.inherited.concat(own);
	const { level, polarity } = decideLevel(links);
	const { precision, target: quantifiedAndDated } = scorePrecision(cues);
	// A target is something the parties commit to: a noted or welcomed figure sets none.
	const target = quantifiedAndDated && level > 0;
	return {
		start,
		end,
		text: docText.slice(start, end),
		actor: draft.actor,
		level,
		cues,
		novelty: decideNovelty(links),
		polarity,
		conditional: cues.some((cue) => cue.role === 'condition'),
		precision,
		target
	};
}

function emptyClause(at: number, actor: Actor): Clause {
	return {
		start: at,
		end: at,
		text: '',
		actor,
		level: 0,
		cues: [],
		novelty: 'new',
		polarity: 'positive',
		conditional: false,
		precision: 0,
		target: false
	};
}

/** A document whose parties are unknown: only the words for the parties together are read. */
const NO_NAMED_PARTIES = readDocumentParties([], { title: '', text: '' });

/**
 * Cuts a sentence into clauses and gives each its actor, modality level, cues, novelty,
 * polarity, conditionality and precision. `context.previousActor` (the last party actor before
 * this sentence) resolves "They" and elided subjects; `context.parties` (readDocumentParties)
 * names the document's parties. Never throws; always one clause at least.
 */
export function analyseClauses(
	sentence: SentenceInput,
	context: { previousActor?: Actor; parties?: DocumentParties } = {}
): Clause[] {
	return analyseSentence(sentence, context).clauses;
}

/**
 * A chapeau's open verb chain ("WE HEREBY DECLARE TO:", "The Leaders will:"): the bullets after
 * it that open on a bare verb ("- ESTABLISH the …") are its clauses, at its level and with its
 * subject. Opaque outside this module.
 */
export interface Chapeau {
	readonly draft: Draft;
}

export interface SentenceReading {
	clauses: Clause[];
	/** Set when the sentence ends on ":" with a chain still open for the bullets below it. */
	opens: Chapeau | null;
	/** Whether the sentence read its first clause under the chapeau it was given. */
	continues: boolean;
}

/**
 * `analyseClauses`, and what the sentence leaves open for the next: give the `opens` of a
 * chapeau sentence as `context.chapeau` to the sentences after it while they `continue` it.
 */
export function analyseSentence(
	sentence: SentenceInput,
	context: { previousActor?: Actor; parties?: DocumentParties; chapeau?: Chapeau | null } = {}
): SentenceReading {
	const { docText } = sentence;
	const lo = Math.max(0, Math.min(sentence.start, docText.length));
	const hi = Math.max(lo, Math.min(sentence.end, docText.length));
	const tokens = tokenize(docText, lo, hi);
	if (tokens.length === 0) {
		const clause = emptyClause(lo, context.previousActor ?? 'unspecified');
		return { clauses: [clause], opens: null, continues: false };
	}
	const ctx: Context = {
		docText,
		tokens,
		words: lowerWords(tokens),
		parties: context.parties ?? NO_NAMED_PARTIES
	};

	const drafts: Draft[] = [];
	let from = 0;
	let previous: Draft | undefined = context.chapeau?.draft;
	while (from < tokens.length) {
		const draft = readClause(ctx, from, previous, context.previousActor);
		const split = findSplit(ctx, draft);
		draft.to = split < 0 ? tokens.length : split;
		drafts.push(draft);
		if (split < 0) break;
		from = split;
		previous = draft;
	}
	const clauses = mapPacked(drafts.flatMap(splitVerbList), (draft) => buildClause(ctx, draft));
	for (const draft of bracketedClauses(ctx)) {
		const clause = buildClause(ctx, draft);
		const at = clauses.findIndex((c) => c.start > clause.start);
		clauses.splice(at < 0 ? clauses.length : at, 0, clause);
	}
	const first = drafts[0];
	const continues =
		context.chapeau !== undefined &&
		context.chapeau !== null &&
		first !== undefined &&
		first.inherited.length > 0;
	return { clauses, opens: chapeauOf(ctx, drafts), continues };
}

/** The open chain a sentence ending on ":" leaves for the bullets below it, if any. */
function chapeauOf(ctx: Context, drafts: readonly Draft[]): Chapeau | null {
	if (ctx.words[ctx.words.length - 1] !== ':') return null;
	const last = drafts[drafts.length - 1];
	const links = [...(last?.inherited ?? []), ...(last?.chain?.links ?? [])];
	if (!last || links.length === 0 || !links[links.length - 1]?.governs) return null;
	return { draft: last };
}

/**
 * A list of verbs sharing what governs them ("will explore, develop and deepen X") becomes one
 * clause per verb, each with the shared modal or cue (METHOD rule 10): explore 1, develop 3,
 * deepen 3, where the whole list once took the weakest verb.
 */
function splitVerbList(draft: Draft): Draft[] {
	const chain = draft.chain;
	const links = chain?.links ?? [];
	const first = links.findIndex((l) => l.listedFrom !== undefined);
	if (!chain || first < 0) return [draft];
	const head = links.slice(0, first);
	const shared = prefixOf([...draft.inherited, ...head]);
	const listed = links.slice(first);
	const parts: Draft[] = [
		{ ...draft, to: listed[0]?.listedFrom ?? draft.to, chain: { ...chain, links: head } }
	];
	listed.forEach((l, k) => {
		const from = l.listedFrom ?? draft.to;
		const to = listed[k + 1]?.listedFrom ?? draft.to;
		parts.push({
			from,
			to,
			actor: draft.actor,
			chain: { links: [l], negations: [], end: to, passive: chain.passive },
			inherited: shared
		});
	});
	return parts;
}

/** Relative pronouns that open a bracketed clause of its own. */
const RELATIVE_OPENERS = new Set(['which', 'that', 'who', 'whom', 'where']);

/**
 * A bracketed relative clause with a party as subject carries a commitment of its own: "the
 * EU–Viet Nam task force (which both sides will establish in the coming period)". It becomes
 * a clause inside the clause around it (METHOD rule 10).
 */
function bracketedClauses(ctx: Context): Draft[] {
	const { words } = ctx;
	const drafts: Draft[] = [];
	for (let open = words.indexOf('('); open >= 0; open = words.indexOf('(', open + 1)) {
		const close = words.indexOf(')', open);
		if (close < 0) break;
		if (!RELATIVE_OPENERS.has(words[open + 1] ?? '')) continue;
		const start = findChainStart(ctx, open + 2, close, false);
		if (!start || start.actor === null || start.actor === 'they') continue;
		if (!isPartyActor(ctx.parties, start.actor)) continue;
		const chain = parseChain(ctx, start.at, close, true);
		if (chain.passive || chain.links.length === 0) continue;
		drafts.push({ from: open + 1, to: close, actor: start.actor, chain, inherited: [] });
	}
	return drafts;
}
