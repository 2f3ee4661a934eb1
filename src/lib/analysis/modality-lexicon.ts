/**
 * The cue lexicon behind modality strength (METHOD.md, "Modality strength"): modals, verbs by
 * the level they set, carrier verbs, nouns and adjectives that carry a level, boosters and
 * conditions. Everything is lower-case and compiled once at module load; inflected verb forms
 * are generated from the lemmas so that "agreed", "intends", "explores", "studies" and
 * "examined" are all found by one map look-up.
 */
import type { ModalityLevel, Novelty } from './types';

/**
 * What a verb does to the level of its clause.
 * - substantive: an action ("strengthen"); the level comes from what governs it.
 * - firm: level 4 when followed by "to" (commit to, agree to, decide to, resolve to).
 * - pledge: level 4 on its own (pledge, undertake).
 * - intent: level 2 (intend, aim, plan, seek, strive, endeavour, envisage, prioritise).
 * - exploratory: level 1 (explore, consider, study, examine, identify).
 * - zero: level 0, assertives and expressives (welcome, note, recognise, emphasise, …).
 * - directive: level 0, demands on others (urge, call on, invite).
 * - descriptive: level 0, says what something is or contains (include, require).
 * - carrier: transparent, takes the level of what it carries (reaffirm, continue, confirm, …).
 * - support: level 1 without a modal ("Both sides support X"), an action under one.
 */
export type VerbKind =
	| 'substantive'
	| 'firm'
	| 'pledge'
	| 'intent'
	| 'exploratory'
	| 'zero'
	| 'directive'
	| 'descriptive'
	| 'carrier'
	| 'support';

/**
 * The one verb-kind → level table (METHOD.md "Modality strength"): the level a cue verb of each
 * kind sets, and how the verb takes its action. `bare` is the level of the verb standing alone
 * with no modal ("Both sides support X" 1); `governs` whether it takes "to" + a verb and so sets
 * its level only then ("agree to" 4; "agree that" asserts). Kinds not listed (substantive,
 * carrier) set no level of their own: they take it from what governs them or what they carry.
 * The clause reader, the method page and the tests all read this table.
 */
export const KIND_LEVELS: Readonly<
	Partial<Record<VerbKind, { level: ModalityLevel; bare: ModalityLevel | null; governs: boolean }>>
> = {
	pledge: { level: 4, bare: 4, governs: false },
	firm: { level: 4, bare: null, governs: true },
	intent: { level: 2, bare: 2, governs: false },
	exploratory: { level: 1, bare: 1, governs: false },
	support: { level: 1, bare: 1, governs: false },
	zero: { level: 0, bare: 0, governs: false },
	directive: { level: 0, bare: 0, governs: false },
	descriptive: { level: 0, bare: 0, governs: false }
};

/** base = infinitive or plural present; present = 3rd person singular; past covers participles. */
export type VerbForm = 'base' | 'present' | 'past' | 'ing';

export interface VerbFormInfo {
	lemma: string;
	kind: VerbKind;
	form: VerbForm;
	/** Also a common noun ("support", "exchange"): only read as a verb in a clear verb position. */
	ambiguous: boolean;
}

const SUBSTANTIVE_VERBS = [
	'accelerate',
	'accede',
	'achieve',
	'adapt',
	'address',
	'adopt',
	'advance',
	'align',
	'allocate',
	'assist',
	'attract',
	'boost',
	'bring',
	'broaden',
	'build',
	'capitalise',
	'collaborate',
	'combat',
	'complete',
	'conclude',
	'connect',
	'consult',
	'contribute',
	'control',
	'convene',
	'cooperate',
	'coordinate',
	'counter',
	'create',
	'decarbonise',
	'deepen',
	'deliver',
	'deploy',
	'develop',
	'diversify',
	'elevate',
	'encourage',
	'enforce',
	'engage',
	'enhance',
	'ensure',
	'establish',
	'exchange',
	'exploit',
	'expand',
	'extend',
	'facilitate',
	'fight',
	'finance',
	'focus',
	'foster',
	'fulfil',
	'fund',
	'grant',
	'guide',
	'harmonise',
	'help',
	'hold',
	'implement',
	'improve',
	'increase',
	'integrate',
	'intensify',
	'invest',
	'join',
	'launch',
	'leave',
	'limit',
	'maintain',
	'make',
	'manage',
	'meet',
	'mobilise',
	'modernise',
	'monitor',
	'negotiate',
	'offer',
	'organise',
	'participate',
	'promote',
	'propose',
	'protect',
	'provide',
	'pursue',
	'ratify',
	'reach',
	'reduce',
	'reform',
	'reinforce',
	'research',
	'respect',
	'restore',
	'review',
	'scale',
	'share',
	'sign',
	'simplify',
	'speed',
	'step',
	'stop',
	'streamline',
	'strengthen',
	'tackle',
	'take',
	'target',
	'train',
	'transfer',
	'uphold',
	'upgrade',
	'work',
	'approve',
	'issue',
	'give',
	'look',
	'call',
	// Common actions of international texts, so that an unlisted verb does not end a chain.
	'respond',
	'reactivate',
	'finish',
	'stand',
	'remain',
	'accept',
	'act',
	'activate',
	'add',
	'adhere',
	'administer',
	'advise',
	'advocate',
	'afford',
	'aid',
	'alleviate',
	'allow',
	'amplify',
	'analyse',
	'anchor',
	'apply',
	'appoint',
	'arrange',
	'assess',
	'assign',
	'assure',
	'attend',
	'augment',
	'authorise',
	'avoid',
	'back',
	'bar',
	'begin',
	'bolster',
	'break',
	'broker',
	'buy',
	'calibrate',
	'campaign',
	'carry',
	'catalyse',
	'champion',
	'change',
	'channel',
	'check',
	'choose',
	'clarify',
	'close',
	'co-chair',
	'co-host',
	'collect',
	'commemorate',
	'communicate',
	'compete',
	'complement',
	'comply',
	'conduct',
	'confront',
	'conserve',
	'construct',
	'convey',
	'counteract',
	'cultivate',
	'curb',
	'cut',
	'dedicate',
	'defend',
	'define',
	'demonstrate',
	'denounce',
	'deter',
	'devote',
	'digitalise',
	'discuss',
	'dispatch',
	'disseminate',
	'distribute',
	'donate',
	'double',
	'draft',
	'draw',
	'drive',
	'educate',
	'elaborate',
	'eliminate',
	'embrace',
	'empower',
	'enable',
	'end',
	'endorse',
	'energise',
	'enlarge',
	'enrich',
	'enter',
	'equip',
	'eradicate',
	'evaluate',
	'evolve',
	'exercise',
	'expedite',
	'export',
	'feature',
	'field',
	'fill',
	'find',
	'form',
	'formalise',
	'forge',
	'formulate',
	'free',
	'further',
	'galvanise',
	'gather',
	'generate',
	'govern',
	'grow',
	'guarantee',
	'halt',
	'handle',
	'harness',
	'head',
	'host',
	'import',
	'incentivise',
	'incorporate',
	'inform',
	'initiate',
	'innovate',
	'inspire',
	'institutionalise',
	'instruct',
	'insure',
	'interconnect',
	'introduce',
	'invite',
	'keep',
	'lay',
	'lead',
	'learn',
	'lend',
	'leverage',
	'license',
	'lift',
	'list',
	'lower',
	'maximise',
	'measure',
	'mentor',
	'minimise',
	'mitigate',
	'move',
	'multiply',
	'name',
	'nurture',
	'observe',
	'obtain',
	'open',
	'operate',
	'operationalise',
	'optimise',
	'orient',
	'outline',
	'oversee',
	'own',
	'partner',
	'pay',
	'perform',
	'pilot',
	'place',
	'plant',
	'position',
	'practise',
	'prepare',
	'present',
	'preserve',
	'press',
	'prevent',
	'process',
	'procure',
	'produce',
	'progress',
	'prohibit',
	'prolong',
	'prove',
	'publish',
	'purchase',
	'push',
	'put',
	'raise',
	'rebuild',
	'recover',
	'recruit',
	'redouble',
	'refine',
	'refrain',
	'register',
	'regulate',
	'reinvigorate',
	'relaunch',
	'release',
	'remove',
	'replace',
	'report',
	'represent',
	'rescue',
	'resist',
	'resume',
	'retain',
	'return',
	'revise',
	'revitalise',
	'revive',
	'safeguard',
	'save',
	'screen',
	'see',
	'select',
	'send',
	'serve',
	'set',
	'settle',
	'shape',
	'shift',
	'ship',
	'show',
	'solve',
	'sponsor',
	'spur',
	'stabilise',
	'standardise',
	'stimulate',
	'submit',
	'supply',
	'sustain',
	'synchronise',
	'task',
	'teach',
	'test',
	'track',
	'trade',
	'transform',
	'translate',
	'transition',
	'treat',
	'unlock',
	'update',
	'use',
	'utilise',
	'vaccinate',
	'verify',
	'visit',
	'widen',
	'win',
	'withdraw',
	'yield'
];

/** Verbs that are as often nouns: split a clause at "and <word>" only in a clear verb position. */
const NOUN_HOMOGRAPHS = new Set([
	'position',
	'advance',
	'aim',
	'call',
	'combat',
	'control',
	'exchange',
	'finance',
	'focus',
	'fund',
	'increase',
	'issue',
	'limit',
	'look',
	'note',
	'offer',
	'plan',
	'reform',
	'research',
	'respect',
	'review',
	'scale',
	'share',
	'step',
	'stop',
	'stress',
	'study',
	'support',
	'target',
	'transfer',
	'work',
	'highlight',
	'guide',
	'train',
	'act',
	'aid',
	'back',
	'bar',
	'break',
	'buy',
	'change',
	'check',
	'close',
	'cut',
	'draft',
	'end',
	'export',
	'feature',
	'field',
	'form',
	'free',
	'head',
	'host',
	'import',
	'list',
	'lift',
	'measure',
	'move',
	'name',
	'own',
	'partner',
	'pay',
	'pilot',
	'place',
	'plant',
	'present',
	'press',
	'process',
	'progress',
	'push',
	'raise',
	'register',
	'release',
	'report',
	'return',
	'screen',
	'set',
	'shift',
	'ship',
	'show',
	'supply',
	'task',
	'test',
	'track',
	'trade',
	'transition',
	'treat',
	'update',
	'use',
	'visit',
	'win',
	'yield',
	'lead',
	'draw',
	'drive',
	'keep',
	'lay',
	'see',
	'stand'
]);

const VERBS_BY_KIND: Readonly<Record<Exclude<VerbKind, 'substantive'>, readonly string[]>> = {
	firm: ['commit', 'agree', 'decide', 'resolve', 'determine', 'declare'],
	pledge: ['pledge', 'undertake'],
	intent: [
		'intend',
		'aim',
		'plan',
		'seek',
		'strive',
		'endeavour',
		'envisage',
		'prioritise',
		'aspire'
	],
	exploratory: ['explore', 'consider', 'study', 'examine', 'identify'],
	zero: [
		'welcome',
		'note',
		'appreciate',
		'acknowledge',
		'recognise',
		'commend',
		'emphasise',
		'underscore',
		'underline',
		'stress',
		'highlight',
		'praise',
		'congratulate',
		'applaud',
		'regret',
		'condemn',
		'deplore',
		'reject',
		'oppose',
		'hail',
		'convey',
		'announce',
		'mark',
		'celebrate',
		'believe'
	],
	directive: ['urge', 'invite', 'request', 'demand', 'appeal'],
	descriptive: [
		'include',
		'cover',
		'comprise',
		'contain',
		'require',
		'mean',
		'constitute',
		'involve',
		// Stative: "Together we represent nearly two billion people" is a fact, not an action.
		'represent'
	],
	carrier: ['reaffirm', 'reiterate', 'renew', 'continue', 'confirm', 'affirm', 'express'],
	support: ['support']
};

/** Cue kinds whose verbs keep their level with "re-": "recommit to" 4, "reconsider" 1. */
const RE_PREFIXED_KINDS: readonly Exclude<VerbKind, 'substantive'>[] = [
	'firm',
	'pledge',
	'intent',
	'exploratory'
];

/**
 * Verbs that the statement itself performs in the simple present (DECISIONS 3): "Today, we
 * jointly launch a Forum", "we establish a Council" → 4. Governed, they take the level of what
 * governs them ("will launch" 3); in the past they report a fact ("launched" 0, R9).
 */
export const PERFORMATIVE_VERBS = new Set(['launch', 'establish', 'inaugurate']);

/** Verbs that double their last consonant before -ed/-ing. */
const DOUBLING = new Set([
	'commit',
	'plan',
	'step',
	'stop',
	'transfer',
	'control',
	'fulfil',
	'bar',
	'ship',
	'spur',
	'cut',
	'put',
	'set',
	'win'
]);

/** Irregular past forms (simple past and participle). */
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	// One verb a row, rows ended by ";": the lemma, its past, its participle when it differs.
	`
	make made; give gave given; take took taken; undertake undertook undertaken; build built;
	seek sought; strive strove striven; hold held; meet met; leave left; bring brought;
	fight fought; mean meant; grow grew grown; lead led; draw drew drawn; drive drove driven;
	keep kept; lay laid; lend lent; pay paid; put put; see saw seen; send sent; set set;
	show showed shown; stand stood; teach taught; win won; find found; begin began begun;
	break broke broken; buy bought; choose chose chosen; cut cut
	`
		.split(';')
		.map((row) => row.trim().split(/\s+/))
		.map(([lemma = '', ...forms]) => [lemma, forms])
);

function inflect(lemma: string): [string, VerbForm][] {
	const stem = DOUBLING.has(lemma) ? lemma + lemma.slice(-1) : lemma;
	const consonantY = /[^aeiou]y$/.test(lemma);
	const present = /(?:s|x|z|ch|sh)$/.test(lemma)
		? `${lemma}es`
		: consonantY
			? `${lemma.slice(0, -1)}ies`
			: `${lemma}s`;
	const past = lemma.endsWith('e')
		? `${lemma}d`
		: consonantY
			? `${lemma.slice(0, -1)}ied`
			: `${stem}ed`;
	const ing = lemma.endsWith('ee')
		? `${lemma}ing`
		: lemma.endsWith('e')
			? `${lemma.slice(0, -1)}ing`
			: `${stem}ing`;
	const forms: [string, VerbForm][] = [
		[lemma, 'base'],
		[present, 'present'],
		[past, 'past'],
		[ing, 'ing']
	];
	for (const irregular of IRREGULAR_PAST[lemma] ?? []) forms.push([irregular, 'past']);
	return forms;
}

/** British spellings are the lemmas; American ones are added as forms of the same lemma. */
function spellings(form: string): string[] {
	const american = form
		.replace(/([^aeiou])is(e|es|ed|ing)$/, '$1iz$2')
		.replace(/our(s|ed|ing)?$/, 'or$1');
	const doubledL = form.replace(/^fulfil(?=s?$)/, 'fulfill');
	return [...new Set([form, american, doubledL])];
}

function buildVerbForms(): Map<string, VerbFormInfo> {
	const map = new Map<string, VerbFormInfo>();
	const add = (lemma: string, kind: VerbKind) => {
		for (const [form, tense] of inflect(lemma)) {
			for (const spelling of spellings(form)) {
				if (!map.has(spelling)) {
					map.set(spelling, { lemma, kind, form: tense, ambiguous: NOUN_HOMOGRAPHS.has(lemma) });
				}
			}
		}
	};
	// Cue verbs first: a lemma listed twice keeps its cue meaning.
	for (const [kind, lemmas] of Object.entries(VERBS_BY_KIND)) {
		for (const lemma of lemmas) add(lemma, kind as VerbKind);
	}
	// "recommit to", "re-examine": "re-" + a cue verb keeps the cue (the lemma stays the cue's).
	for (const kind of RE_PREFIXED_KINDS) {
		for (const lemma of VERBS_BY_KIND[kind]) {
			for (const prefix of ['re', 're-']) {
				for (const [form, tense] of inflect(lemma)) {
					for (const spelling of spellings(form)) {
						if (!map.has(prefix + spelling)) {
							map.set(prefix + spelling, { lemma, kind, form: tense, ambiguous: false });
						}
					}
				}
			}
		}
	}
	for (const lemma of SUBSTANTIVE_VERBS) add(lemma, 'substantive');
	return map;
}

/** Every known verb form, lower-case, to its lemma, kind and tense. */
export const VERB_FORMS: ReadonlyMap<string, VerbFormInfo> = buildVerbForms();

export interface ModalEntry {
	level: ModalityLevel;
	/** 'modal' for will/shall/must/should, 'hedge' for may/might/could/can/would. */
	role: 'modal' | 'hedge';
}

/**
 * Modals. "will" is 3 (4 in "will ensure"); "would" is 1 for a party and 0 when the subject is
 * not a party ("This would promote …" predicts an effect, it pledges nothing).
 */
export const MODALS: ReadonlyMap<string, ModalEntry> = new Map([
	['shall', { level: 4, role: 'modal' }],
	['must', { level: 4, role: 'modal' }],
	['will', { level: 3, role: 'modal' }],
	['should', { level: 2, role: 'modal' }],
	['may', { level: 1, role: 'hedge' }],
	['might', { level: 1, role: 'hedge' }],
	['could', { level: 1, role: 'hedge' }],
	['can', { level: 1, role: 'hedge' }],
	['would', { level: 1, role: 'hedge' }]
]);

/** Actions that make "will" firm: "will ensure" is level 4 in the METHOD table. */
export const FIRM_AFTER_WILL = new Set(['ensure']);

/** Contracted negated modals and auxiliaries: the modal they stand for ('' for do/does/did). */
export const NEGATED_AUXILIARIES: ReadonlyMap<string, string> = new Map([
	["won't", 'will'],
	["shan't", 'shall'],
	['cannot', 'can'],
	["can't", 'can'],
	["shouldn't", 'should'],
	["wouldn't", 'would'],
	["mustn't", 'must'],
	["don't", ''],
	["doesn't", ''],
	["didn't", '']
]);

export const DO_AUXILIARIES = new Set(['do', 'does', 'did']);
export const NEGATIONS = new Set(['not', 'never']);
export const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']);
/** Verbs that, like "be", take a level-setting adjective: "remain committed", "stand ready". */
export const BE_LIKE = new Set(['remain', 'remains', 'remained', 'stand', 'stands', 'stood']);

/** "are determined to" 4, "are willing to" 1, "stand ready to" 2. */
export const ADJECTIVE_CUES: ReadonlyMap<string, ModalityLevel | null> = new Map([
	['determined', 4],
	['committed', 4],
	['resolved', 4],
	['ready', 2],
	['prepared', 2],
	['keen', 2],
	['eager', 2],
	['willing', 1],
	['open', 1],
	// Politeness around the act: "are pleased to announce" is the announcement's level.
	['pleased', null],
	['honored', null],
	['honoured', null],
	['delighted', null],
	['proud', null]
]);

/**
 * Stance adjectives after "be": "are deeply concerned about", "are encouraged by" express a
 * stance, not an action (DECISIONS 15, level 0).
 */
export const STANCE_ADJECTIVES = new Set([
	'concerned',
	'alarmed',
	'troubled',
	'dismayed',
	'saddened',
	'appalled',
	'encouraged',
	'heartened',
	'grateful'
]);

/**
 * Nouns a carrier verb carries ("reaffirm their commitment to", "express their willingness to").
 * Stances that name no future action (importance, respect, adherence) are 0; "need" is 2 because
 * agreeing on a need to act states a direction without an undertaking.
 */
export const NOUN_CUES: ReadonlyMap<string, ModalityLevel> = new Map([
	['commitment', 4],
	['commitments', 4],
	['determination', 4],
	['pledge', 4],
	['resolve', 4],
	['undertaking', 4],
	['intention', 2],
	['intentions', 2],
	['intent', 2],
	['readiness', 2],
	['aim', 2],
	['ambition', 2],
	['will', 2],
	['need', 2],
	['willingness', 1],
	['interest', 1],
	['desire', 1],
	['wish', 1],
	['support', 1],
	['possibility', 1],
	['plan', 2],
	['plans', 2],
	['importance', 0],
	['respect', 0],
	['adherence', 0],
	['belief', 0],
	['concern', 0],
	['appreciation', 0],
	['benefits', 0]
]);

/** Carriers' effect on novelty; the others (confirm, affirm, express) leave it 'new'. */
export const CARRIER_NOVELTY: ReadonlyMap<string, Novelty> = new Map([
	['reaffirm', 'reaffirmed'],
	['reiterate', 'reaffirmed'],
	['renew', 'reaffirmed'],
	['continue', 'continuing']
]);

/** "affirm to + verb" is firm (METHOD table); other carriers pass "to + verb" through. */
export const CARRIER_TO_LEVEL: ReadonlyMap<string, ModalityLevel> = new Map([['affirm', 4]]);

export interface PhrasalCue {
	verb: string;
	/** The words after the verb, lower-case. */
	words: readonly string[];
	level: ModalityLevel;
	/** Whether a verb follows ("make efforts to strengthen"). */
	governs: boolean;
}

/**
 * Fixed phrases. "give priority to" is 2: it states a present ordering of the parties'
 * policies, a direction like "aim", but no undertaking and no modal. "make efforts to" is 2
 * (best endeavour); "take note of" and "call on" are 0 (assertive, directive).
 */
export const PHRASAL_CUES: readonly PhrasalCue[] = [
	{ verb: 'make', words: ['every', 'effort', 'to'], level: 2, governs: true },
	{ verb: 'make', words: ['efforts', 'to'], level: 2, governs: true },
	{ verb: 'give', words: ['priority', 'to'], level: 2, governs: false },
	{ verb: 'give', words: ['priority'], level: 2, governs: false },
	{ verb: 'look', words: ['forward', 'to'], level: 2, governs: true },
	{ verb: 'take', words: ['note', 'of'], level: 0, governs: false },
	{ verb: 'take', words: ['note'], level: 0, governs: false },
	{ verb: 'call', words: ['on'], level: 0, governs: false },
	{ verb: 'call', words: ['upon'], level: 0, governs: false },
	{ verb: 'call', words: ['for'], level: 0, governs: false },
	{ verb: 'share', words: ['the', 'view'], level: 0, governs: false },
	{ verb: 'share', words: ['concerns'], level: 0, governs: false },
	{ verb: 'share', words: ['concern'], level: 0, governs: false },
	{ verb: 'share', words: ['deep', 'concerns'], level: 0, governs: false },
	{ verb: 'share', words: ['serious', 'concerns'], level: 0, governs: false },
	{ verb: 'share', words: ['common', 'values'], level: 0, governs: false },
	{ verb: 'share', words: ['the', 'belief'], level: 0, governs: false },
	{
		verb: 'share',
		words: ['the', 'highest', 'level', 'of', 'confidence'],
		level: 0,
		governs: false
	},
	{ verb: 'stand', words: ['united'], level: 0, governs: false },
	{ verb: 'stand', words: ['with'], level: 1, governs: false }
];

/** Adverbs skipped inside a verb chain ("will further strengthen", "will also be explored"). */
export const CHAIN_ADVERBS = new Set([
	'also',
	'both',
	'further',
	'together',
	'jointly',
	'still',
	'now',
	'always',
	'thus',
	'therefore',
	'hereby',
	'inter',
	'alia'
]);

/** Words ending in -ly that are not adverbs. */
const LY_NON_ADVERBS = new Set(['apply', 'supply', 'rely', 'reply', 'comply', 'family', 'italy']);

export function isAdverb(word: string): boolean {
	if (CHAIN_ADVERBS.has(word)) return true;
	return (
		word.length > 4 && word.endsWith('ly') && !LY_NON_ADVERBS.has(word) && !VERB_FORMS.has(word)
	);
}

/** Hyland's boosters: kept as cues of tone, they never change the level. */
export const BOOSTERS = new Set([
	'actively',
	'certainly',
	'clearly',
	'consistently',
	'deeply',
	'definitely',
	'firmly',
	'fully',
	'greatly',
	'highly',
	'indeed',
	'resolutely',
	'steadfast',
	'steadfastly',
	'strongly',
	'truly',
	'undoubtedly',
	'unwavering',
	'unwaveringly'
]);

export const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'their',
	'its',
	'our',
	'his',
	'her',
	'this',
	'these',
	'that',
	'those',
	'each',
	'all',
	'any',
	'every'
]);

/**
 * Escape clauses and conditions (DESTA "flexibility"; conditional targets): they keep the level
 * and mark the clause conditional. One case-insensitive alternation, matched on word boundaries.
 */
const CONDITION_PATTERNS = [
	String.raw`(?:where|as|when|if) (?:appropriate|necessary|applicable|possible|feasible|relevant)`,
	String.raw`subject to`,
	String.raw`in accordance with (?:the |their |its )?(?:(?:respective|national|domestic) )+(?:laws?|legislation|regulations|procedures|legal frameworks?)`,
	String.raw`with (?:international|external|financial) support`,
	String.raw`with the support of`,
	String.raw`once (?:in force|ratified|adopted)`,
	String.raw`upon (?:its )?entry into force`,
	String.raw`without prejudice to`,
	String.raw`to the extent (?:possible|feasible)`,
	String.raw`as far as possible`,
	String.raw`provided that`,
	String.raw`on condition that`,
	String.raw`conditional (?:on|upon)`,
	String.raw`in (?:the )?light of (?:(?:different|their|respective) )?national circumstances`
];

export const CONDITION_RE = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(?:${CONDITION_PATTERNS.join('|')})(?![\p{L}\p{N}])`,
	'giu'
);

/**
 * One of these words occurs in every condition above: the splitter runs `CONDITION_RE` only on
 * clauses that hold one (a cheap set look-up per word instead of a regex scan per clause).
 */
export const CONDITION_KEYWORDS = new Set([
	'appropriate',
	'necessary',
	'applicable',
	'possible',
	'feasible',
	'relevant',
	'subject',
	'accordance',
	'support',
	'force',
	'ratified',
	'adopted',
	'prejudice',
	'extent',
	'provided',
	'condition',
	'conditional',
	'circumstances'
]);
