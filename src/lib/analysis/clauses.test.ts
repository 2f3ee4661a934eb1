import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseClauses as analyseWithParties, analyseSentence } from './clauses';
import { checkAnyString, checkInsideDocument, pieces } from './fuzz.testing';
import { VN_EU_PARTIES, partiesOf } from './parties.testing';
import { SEED_CASES, seedCase } from './seed-cases.testing';
import type { Actor, Clause, ModalityLevel, SentenceInput } from './types';

const SEED = readFileSync(
	new URL('../../../seeds/000_094e36a2e337436e.txt', import.meta.url),
	'utf8'
);

/** The seed sentence that starts with `prefix` (unique), up to its final full stop. */
function seedSentence(prefix: string): SentenceInput {
	const start = SEED.indexOf(prefix);
	if (start < 0 || SEED.indexOf(prefix, start + 1) >= 0) throw new Error(`not unique: ${prefix}`);
	const stop = /\.(?=\s|$)/g;
	stop.lastIndex = start + prefix.length;
	const end = stop.exec(SEED)?.index ?? SEED.length;
	return { docText: SEED, start, end: end + 1 };
}

/** A hand-made sentence inside some surrounding text, so offsets are not trivially 0. */
function sentence(text: string, before = 'Heading.\r\n'): SentenceInput {
	const docText = `${before}${text}\r\nAfter.`;
	return { docText, start: before.length, end: before.length + text.length };
}

/** The clause reader as the Viet Nam–EU statement runs it: its parties are the EU and Viet Nam. */
const analyseClauses = (
	sentence: SentenceInput,
	context: Parameters<typeof analyseWithParties>[1] = {}
) => analyseWithParties(sentence, { parties: VN_EU_PARTIES, ...context });

const levels = (clauses: Clause[]) => clauses.map((clause) => clause.level);
const cueTexts = (clause: Clause | undefined, role: string) =>
	(clause?.cues ?? []).filter((cue) => cue.role === role).map((cue) => cue.text);

interface MethodExample {
	/** A hand-made sentence (METHOD.md's example). */
	text: string;
	/** What the example shows; the test's name. */
	reason: string;
	/** Level of each clause, in order. */
	levels?: ModalityLevel[];
	/** Fields of the first clause. */
	first?: Partial<Clause>;
	/** The first clause's precision is at least this. */
	precisionAtLeast?: number;
	/** The texts of the first clause's cues of each role. */
	cues?: Record<string, string[]>;
}

/** METHOD.md's worked examples: the level each sentence gets and the cues that decide it. */
const METHOD_EXAMPLES: MethodExample[] = [
	{
		text: 'Both sides will strengthen defence and security cooperation through the Viet Nam - EU Defence and Security Dialogue mechanism.',
		reason: 'will + substantive action through a named mechanism → 3, joint, precision 1',
		first: { level: 3, actor: 'joint', precision: 1 },
		cues: { instrument: ['Viet Nam - EU Defence and Security Dialogue'] }
	},
	{
		text: 'Both sides will explore the potential for further cooperation in developing a sustainable blue economy',
		reason: 'will ∘ explore → 1',
		levels: [1]
	},
	{
		text: 'Both sides intend to continue developing cooperation on critical raw materials',
		reason: 'intend ∘ continue developing → 2',
		first: { level: 2, novelty: 'continuing' }
	},
	{
		text: 'Both sides reaffirm their commitment to effectively implement agreements',
		reason: 'reaffirm their commitment to → 4, reaffirmed',
		first: { level: 4, novelty: 'reaffirmed', actor: 'joint' },
		cues: { carrier: ['reaffirm'], noun: ['their commitment'] }
	},
	{
		text: 'Both sides may consider establishing a working group on environment and climate change',
		reason: 'may consider (double hedge) → 1',
		first: { level: 1 },
		cues: { hedge: ['may'], verb: ['consider'] }
	},
	{
		text: 'The EU will provide Viet Nam with technical support …',
		reason: 'The EU will provide … → 3, actor eu',
		first: { level: 3, actor: 'eu' }
	},
	{
		text: 'Both sides recognise the importance of fully and effectively implementing …',
		reason: 'recognise the importance → 0',
		first: { level: 0 },
		cues: { verb: ['recognise'], noun: ['the importance'], booster: ['fully'] }
	},
	{
		text: '…will pursue efforts to limit the increase in the global average temperature to 1.5°C',
		reason: 'will pursue efforts … to 1.5°C → 3 with a quantity',
		first: { level: 3 },
		precisionAtLeast: 1,
		cues: { quantity: ['1.5°C'] }
	}
];

describe('METHOD.md examples', () => {
	it.each(METHOD_EXAMPLES.map((example) => [example.reason, example] as const))(
		'%s',
		(_reason, example) => {
			const clauses = analyseClauses(sentence(example.text));
			const [clause] = clauses;
			if (example.levels) expect(levels(clauses)).toEqual(example.levels);
			if (example.first) expect(clause).toMatchObject(example.first);
			if (example.precisionAtLeast !== undefined)
				expect(clause?.precision).toBeGreaterThanOrEqual(example.precisionAtLeast);
			for (const [role, texts] of Object.entries(example.cues ?? {}))
				expect(cueTexts(clause, role)).toEqual(texts);
		}
	);
});

describe('seed sentences', () => {
	it.each(SEED_CASES)('%s', (row) => {
		const { prefix, levels: expected, actor } = seedCase(row);
		const clauses = analyseClauses(seedSentence(prefix), { previousActor: 'joint' });
		expect(levels(clauses)).toEqual(expected);
		expect(clauses[0]?.actor).toBe(actor);
	});

	it('keeps the subject and "will" for the clauses after ";"', () => {
		const clauses = analyseClauses(seedSentence('Both sides will pursue efforts to limit'));
		expect(clauses.map((clause) => clause.text.split(' ')[0])).toEqual([
			'Both',
			'engage',
			'implement'
		]);
		expect(clauses.every((clause) => clause.actor === 'joint')).toBe(true);
		expect(clauses[2]).toMatchObject({ target: true, precision: 3, conditional: true });
		expect(cueTexts(clauses[2], 'deadline')).toEqual(['by 2050']);
		expect(cueTexts(clauses[2], 'quantity')).toEqual(['net zero']);
	});

	it('marks escape clauses as conditions and keeps the level', () => {
		const clauses = analyseClauses(seedSentence('The EU will continue cooperation on helping'));
		expect(clauses[0]).toMatchObject({ conditional: false, novelty: 'continuing' });
		expect(clauses[1]).toMatchObject({ level: 1, conditional: true, actor: 'eu' });
		expect(cueTexts(clauses[1], 'condition')).toEqual([
			'where appropriate',
			'in accordance with the respective laws'
		]);
	});

	it('reads a deadline and an instrument for precision', () => {
		const clauses = analyseClauses(
			seedSentence('Both sides will strengthen cooperation to effectively')
		);
		expect(clauses[1]).toMatchObject({ level: 3, precision: 1, target: false });
		expect(cueTexts(clauses[1], 'deadline')).toEqual(['by 2030']);
		expect(clauses[0]?.precision).toBe(1);
	});

	it('does not take a year in a name for a date', () => {
		const [clause] = analyseClauses(seedSentence('Both sides will implement the 2030 Agenda'));
		expect(cueTexts(clause, 'deadline')).toEqual([]);
		expect(cueTexts(clause, 'date')).toEqual([]);
		expect(cueTexts(clause, 'instrument')).toContain('2030 Agenda');
	});

	it('gives every clause of the statement exact offsets', () => {
		expect.hasAssertions();
		const stops = /[^.]+\./g;
		for (const match of SEED.matchAll(stops)) {
			const input = { docText: SEED, start: match.index, end: match.index + match[0].length };
			for (const clause of analyseClauses(input)) {
				expect(SEED.slice(clause.start, clause.end)).toBe(clause.text);
				for (const cue of clause.cues) expect(SEED.slice(cue.start, cue.end)).toBe(cue.text);
			}
		}
	});
});

describe('clause splitting', () => {
	it('splits "…will promote X; and intend to establish Y" in two', () => {
		const clauses = analyseClauses(
			sentence('Both sides will promote trade; and intend to establish a joint fund.')
		);
		expect(levels(clauses)).toEqual([3, 2]);
		expect(clauses.map((clause) => clause.text)).toEqual([
			'Both sides will promote trade',
			'and intend to establish a joint fund'
		]);
	});

	it('carries the modal to an elided subject: "; and enhance Y" → 3', () => {
		const clauses = analyseClauses(sentence('Both sides will promote X; and enhance Y.'));
		expect(levels(clauses)).toEqual([3, 3]);
		expect(clauses[1]).toMatchObject({ actor: 'joint', text: 'and enhance Y' });
		expect(cueTexts(clauses[1], 'modal')).toEqual([]);
	});

	it('does not split a list of nouns', () => {
		const clauses = analyseClauses(
			sentence('Both sides will cooperate on water resources; biodiversity; air quality and waste.')
		);
		expect(clauses).toHaveLength(1);
	});

	it('does not split at "and" before a noun that is also a verb', () => {
		const clauses = analyseClauses(
			sentence('Both sides will deepen research capacities and exchange of information.')
		);
		expect(clauses).toHaveLength(1);
	});

	it('splits at ", and" before a new subject', () => {
		const clauses = analyseClauses(
			sentence('Both sides welcome the progress, and the EU will provide technical support.')
		);
		expect(clauses.map((clause) => [clause.level, clause.actor])).toEqual([
			[0, 'joint'],
			[3, 'eu']
		]);
	});
});

describe('modality rules', () => {
	const cases: { text: string; level: ModalityLevel; why: string }[] = [
		{ text: 'Both sides shall notify the Committee.', level: 4, why: 'shall' },
		{ text: 'Both sides will ensure fair access.', level: 4, why: 'will ensure' },
		{ text: 'Both sides pledge to cut emissions.', level: 4, why: 'pledge' },
		{ text: 'Both sides undertake to report.', level: 4, why: 'undertake' },
		{ text: 'Both sides decided to launch talks.', level: 4, why: 'decided to + verb' },
		{ text: 'Both sides resolve to combat fraud.', level: 4, why: 'resolve to + verb' },
		{ text: 'Both sides affirm to uphold the order.', level: 4, why: 'affirm to + verb' },
		{ text: 'Both sides remain committed to reform.', level: 4, why: 'committed to' },
		{ text: 'Both sides plan to open an office.', level: 2, why: 'plan' },
		{ text: 'Both sides seek to deepen ties.', level: 2, why: 'seek' },
		{ text: 'Both sides strive to reduce waste.', level: 2, why: 'strive' },
		{ text: 'Both sides endeavor to reduce waste.', level: 2, why: 'American spelling' },
		{ text: 'Both sides stand ready to assist.', level: 2, why: 'stand ready' },
		{ text: 'Both sides look forward to strengthening ties.', level: 2, why: 'look forward to' },
		{ text: 'Both sides should review the plan.', level: 2, why: 'should (self)' },
		{ text: 'Both sides will examine options.', level: 1, why: 'will ∘ examine' },
		{ text: 'Both sides might consider a study.', level: 1, why: 'might' },
		{ text: 'Both sides could study the matter.', level: 1, why: 'could' },
		{ text: 'Both sides welcome the agreement.', level: 0, why: 'welcome' },
		{ text: 'Both sides commend the progress.', level: 0, why: 'commend' },
		{
			text: 'Both sides call on all parties to show restraint.',
			level: 0,
			why: 'demand on others'
		},
		{ text: 'Both sides urge all parties to refrain from force.', level: 0, why: 'urge' },
		{ text: 'Both sides signed the agreement.', level: 0, why: 'a past fact' },
		{ text: 'Both sides will continue to deepen ties.', level: 3, why: 'will continue to' },
		{ text: 'Both sides will aim to reduce costs.', level: 2, why: 'will ∘ aim' },
		{ text: 'Both sides intend to explore options.', level: 1, why: 'intend ∘ explore' },
		{ text: 'Both sides confirm their intention to cooperate.', level: 2, why: 'intention' },
		{ text: 'Both sides reaffirm the importance of peace.', level: 0, why: 'importance' },
		{ text: 'Both sides reaffirm their willingness to help.', level: 1, why: 'willingness' },
		{ text: 'Both sides make efforts to finish.', level: 2, why: 'make efforts to' },
		{ text: 'Both sides would welcome a visit.', level: 0, why: 'would ∘ welcome' },
		{ text: 'Both sides would support a visit.', level: 1, why: 'would for a party' }
	];
	it.each(cases)('$text → $level ($why)', ({ text, level }) => {
		expect(analyseClauses(sentence(text))[0]?.level).toBe(level);
	});

	it('keeps the level of a negated action and makes it negative', () => {
		const [clause] = analyseClauses(sentence('Both sides will not impose new tariffs.'));
		expect(clause).toMatchObject({ level: 3, polarity: 'negative' });
		expect(cueTexts(clause, 'negation')).toEqual(['not']);
	});

	it('removes the commitment under a negated modal or cue', () => {
		const [clause] = analyseClauses(sentence('Both sides do not intend to establish a fund.'));
		expect(clause).toMatchObject({ level: 0, polarity: 'negative' });
		const [willing] = analyseClauses(sentence('The EU is not willing to reopen talks.'));
		expect(willing).toMatchObject({ level: 0, polarity: 'negative', actor: 'eu' });
	});

	it('sets novelty from the carrier', () => {
		const novelty = (text: string) => analyseClauses(sentence(text))[0]?.novelty;
		expect(novelty('Both sides will continue to promote trade.')).toBe('continuing');
		expect(novelty('Both sides continue promoting trade.')).toBe('continuing');
		expect(novelty('Both sides renew their commitment to peace.')).toBe('reaffirmed');
		expect(novelty('Both sides will promote trade.')).toBe('new');
	});

	it('keeps boosters as cues without changing the level', () => {
		const [plain] = analyseClauses(sentence('Both sides will support reform.'));
		const [boosted] = analyseClauses(
			sentence('Both sides will firmly and actively support reform.')
		);
		expect(boosted?.level).toBe(plain?.level);
		expect(cueTexts(boosted, 'booster')).toEqual(['firmly', 'actively']);
	});

	it('marks conditions and keeps the level', () => {
		const [clause] = analyseClauses(
			sentence('Both sides will share data where appropriate and subject to their laws.')
		);
		expect(clause).toMatchObject({ level: 3, conditional: true });
		expect(cueTexts(clause, 'condition')).toEqual(['where appropriate', 'subject to']);
	});
});

describe('actors', () => {
	const actorOf = (text: string, previousActor?: Actor) =>
		analyseClauses(sentence(text), { previousActor })[0]?.actor;

	it.each([
		['Both sides will act.', 'joint'],
		['The two sides will act.', 'joint'],
		['Viet Nam and the EU will act.', 'joint'],
		['The EU will act.', 'eu'],
		['The European Union will act.', 'eu'],
		['Viet Nam will act.', 'vn'],
		['Viet Nam intends to act.', 'vn'],
		['The Council will act.', 'other'],
		['New projects will be launched.', 'unspecified']
	] as const)('%s → %s', (text, actor) => {
		expect(actorOf(text)).toBe(actor);
	});

	it('resolves "They" with the previous actor', () => {
		expect(actorOf('They will act.', 'joint')).toBe('joint');
		expect(actorOf('They will act.', 'other')).toBe('other');
		expect(actorOf('They will act.')).toBe('joint');
	});

	it('gives an opening clause without subject the previous actor', () => {
		expect(actorOf('and will enhance trade.', 'eu')).toBe('eu');
	});
});

describe('robustness', () => {
	it('yields one empty clause for an empty sentence', () => {
		const clauses = analyseClauses({ docText: 'abc', start: 1, end: 1 });
		expect(clauses).toEqual([expect.objectContaining({ start: 1, end: 1, text: '', level: 0 })]);
	});

	it('yields a level-0 clause without cues for a sentence without a verb', () => {
		const [clause] = analyseClauses(sentence('STRENGTHENING HEALTHCARE COOPERATION'));
		expect(clause).toMatchObject({ level: 0, cues: [] });
	});

	it('treats CR as whitespace and never puts it at the edge of a clause', () => {
		const clauses = analyseClauses(sentence('Both sides will promote X;\r\nand enhance Y.'));
		expect(clauses.map((clause) => clause.text)).toEqual([
			'Both sides will promote X',
			'and enhance Y'
		]);
	});

	const LEXICON_WORDS = pieces(
		'Both sides|The EU|They|will|may|not|intend|to|reaffirm|their|commitment|explore|and|;|,|(|)|by 2030|1.5°C|EVFTA|Joint Committee|agreed|continue|are|willing|support|the|importance|be|explored|that|as well as|\r\n|where appropriate'
	);
	const lexiconText = fc.array(LEXICON_WORDS, { maxLength: 40 }).map((words) => words.join(' '));

	const checkInvariants = (docText: string, start: number, end: number) => {
		const clauses = analyseClauses({ docText, start, end });
		expect(clauses.length).toBeGreaterThanOrEqual(1);
		for (const clause of clauses) {
			expect(clause.start).toBeGreaterThanOrEqual(start);
			expect(clause.end).toBeLessThanOrEqual(Math.max(start, end));
			expect(docText.slice(clause.start, clause.end)).toBe(clause.text);
			expect([0, 1, 2, 3, 4]).toContain(clause.level);
			expect([0, 1, 2, 3]).toContain(clause.precision);
			for (const cue of clause.cues) {
				expect(cue.start).toBeGreaterThanOrEqual(clause.start);
				expect(cue.end).toBeLessThanOrEqual(clause.end);
				expect(docText.slice(cue.start, cue.end)).toBe(cue.text);
			}
		}
	};

	it('never throws and keeps spans inside the sentence (any string)', () => {
		checkAnyString(checkInvariants);
	});

	it('never throws and keeps spans inside the sentence (lexicon words, inside a document)', () => {
		checkInsideDocument(checkInvariants, {
			before: fc.string(),
			text: lexiconText,
			after: fc.string()
		});
	});
});

describe('reported speech, one clause per action, predictions (METHOD rules 9–11)', () => {
	it.each([
		[
			'The Leaders welcomed the signing of the agreement and agreed to expand cooperation.',
			[0, 4],
			'a past speech act after "and" opens the next act: welcomed 0, agreed to 4'
		],
		[
			'The Leaders supported improving market access and intend to establish an annual dialogue.',
			[1, 2],
			'support without a modal 1; intend to 2'
		],
		[
			'The two leaders resolved to deepen cooperation.',
			[4],
			'resolved to + verb: a firm act in the past tense'
		],
		[
			'This initiative will enable new investment.',
			[0],
			'will with a subject that is not a party predicts'
		],
		[
			'Cooperation will be strengthened through the Joint Committee.',
			[3],
			'a passive keeps will: the parties are the unnamed agent'
		]
	])('%s → %o (%s)', (text, expected) => {
		expect(levels(analyseClauses(sentence(text)))).toEqual(expected);
	});

	it('reads a bracketed relative clause with a party as subject as a clause of its own', () => {
		const clauses = analyseClauses(
			sentence(
				'Both sides recognise the importance of the task force (which both sides will establish in the coming period) to address obstacles.'
			)
		);
		expect(clauses.map((c) => [c.level, c.text.slice(0, 30)])).toEqual([
			[0, 'Both sides recognise the impor'],
			[3, 'which both sides will establis']
		]);
	});

	it('sets no target in a clause that commits to nothing', () => {
		const [clause] = analyseClauses(
			sentence('They take note of the plan, which will contribute to net zero by 2050.')
		);
		expect(clause).toMatchObject({ level: 0, target: false });
	});
});

describe('chapeaux, preambles and asides', () => {
	it('reads the bullets under a chapeau at its level, with its subject', () => {
		const docText =
			'WE HEREBY DECLARE TO:\n- ESTABLISH the Partnership;\n- PROMOTE maritime cooperation;\n';
		const span = (line: string) => {
			const start = docText.indexOf(line);
			return { docText, start, end: start + line.length };
		};
		const head = analyseSentence(span('WE HEREBY DECLARE TO:'), { parties: VN_EU_PARTIES });
		expect(head.opens).not.toBeNull();
		let chapeau = head.opens;
		const levels: number[] = [];
		for (const bullet of ['- ESTABLISH the Partnership;', '- PROMOTE maritime cooperation;']) {
			const reading = analyseSentence(span(bullet), { parties: VN_EU_PARTIES, chapeau });
			expect(reading.continues).toBe(true);
			expect(reading.clauses[0]?.actor).toBe('joint');
			levels.push(...reading.clauses.map((c) => c.level));
			chapeau = reading.opens ?? chapeau;
		}
		expect(levels).toEqual([4, 4]);
	});

	it('gives a preambular participle the parties as subject when no main clause follows', () => {
		const [clause] = analyseClauses(sentence('NOTING the growth of our cooperation since 1977;'), {
			previousActor: 'joint'
		});
		expect(clause).toMatchObject({ level: 0, actor: 'joint' });
		const clauses = analyseClauses(
			sentence('Recognizing the threat, both sides will strengthen cooperation.')
		);
		expect(clauses.map((c) => c.level)).toEqual([3]);
	});

	it('finds the subject before a comma-enclosed aside', () => {
		const [clause] = analyseClauses(
			sentence('Viet Nam and the EU, guided by their shared principles, commit to uphold the law.')
		);
		expect(clause).toMatchObject({ level: 4, actor: 'joint' });
	});
});

describe('commitments to a thing, governed stances and demands on others', () => {
	it.each([
		['The two leaders commit to greater nuclear energy collaboration.', [4]],
		['We resolve to stand together against unfair practices.', [4]],
		['Both sides intend to remain close partners.', [2]],
		['Russia must address these concerns.', [0]],
		['Plurilateral mechanisms can provide a means for addressing concerns.', [0]],
		['Viet Nam announced concrete plans to assist workers.', [2]]
	])('%s → %o', (text, expected) => {
		expect(levels(analyseClauses(sentence(text)))).toEqual(expected);
	});

	it('reads an organ of a party as the party', () => {
		const [clause] = analyseClauses(
			sentence('The EU Department of Trade plans to organize a business mission.')
		);
		expect(clause).toMatchObject({ level: 2, actor: 'eu' });
	});
});

describe('new subjects and modals, progressives, perfects and stances (held-out review)', () => {
	const QUAD = partiesOf('', '', ['au', 'in', 'jp', 'us']);
	const read = (text: string) => analyseWithParties(sentence(text), { parties: QUAD });
	const summary = (clauses: Clause[]) => clauses.map((c) => [c.level, c.actor]);

	it('splits at ", and will + verb" after a progressive: action under way 0, "will continue" 3', () => {
		expect(
			summary(read('We are defending the open order, and will continue to do so in the future.'))
		).toEqual([
			[0, 'joint'],
			[3, 'joint']
		]);
	});

	it('gives a progressive its own party subject, not the previous actor', () => {
		const clauses = analyseWithParties(sentence('Japan is providing medical equipment.'), {
			parties: QUAD,
			previousActor: 'in'
		});
		expect(summary(clauses)).toEqual([[0, 'jp']]);
	});

	it('reads no subject in a progressive of a subordinate clause', () => {
		const [clause] = read('Our partnership extends to space, where Japan and India are leading.');
		expect(clause?.actor).toBe('other');
	});

	it('reads "be concerned about" as a stance (0) and splits ", and call on" (0)', () => {
		expect(
			summary(
				read(
					'Japan and India are deeply concerned about the crisis, and call on all parties to act.'
				)
			)
		).toEqual([
			[0, 'joint'],
			[0, 'joint']
		]);
	});

	it('reads a verb after "has" as a past fact and splits ", and SUBJECT has"', () => {
		expect(
			summary(
				read(
					'Japan has put forward an ambitious target, and India has announced a new goal, and will be making a formal revision.'
				)
			)
		).toEqual([
			[0, 'jp'],
			[0, 'in'],
			[3, 'in']
		]);
	});

	it('reads a noun homograph before a modal or a finite verb as the subject ("Quad partners will")', () => {
		expect(summary(read('Quad partners will leverage our expertise.'))).toEqual([[3, 'joint']]);
		expect(summary(read('Last year, Quad partners launched a landmark initiative.'))).toEqual([
			[0, 'joint']
		]);
		expect(summary(read('We support enhanced cooperation.'))).toEqual([[1, 'joint']]);
	});

	it('skips a floating quantifier after a plural subject ("Quad countries each plan")', () => {
		expect(summary(read('Quad countries each plan to host campaigns.'))).toEqual([[2, 'joint']]);
	});

	it('reads "look forward to" + an outcome as 0 and + a party doing something as 2', () => {
		expect(levels(read('We look forward to further efforts under the framework.'))).toEqual([0]);
		expect(levels(read('We look forward to India hosting the workshop.'))).toEqual([2]);
	});

	it('splits "and we are ready to" after a stance', () => {
		expect(levels(read('We stand united in our approach and we are ready to respond.'))).toEqual([
			0, 2
		]);
	});

	it('reads the performative present as 4, its past as a fact, its governed form by what governs it', () => {
		expect(levels(read('Today, we jointly launch a new Banking Forum.'))).toEqual([4]);
		expect(levels(read('We establish a Trade and Technology Council.'))).toEqual([4]);
		expect(levels(read('Last year, we launched a landmark initiative.'))).toEqual([0]);
		expect(levels(read('We will launch a forum.'))).toEqual([3]);
		expect(levels(read('We intend to establish a forum.'))).toEqual([2]);
	});

	it('reads "re-" + a cue verb at the cue\'s level and stative "represent" as a fact', () => {
		expect(levels(read('We also recommit to working together.'))).toEqual([4]);
		expect(levels(read('Together we represent two billion people.'))).toEqual([0]);
	});

	it('skips a fronted phrase up to its comma: the main subject and verb set level and actor', () => {
		expect(
			summary(read('In doing so, in line with the values we share, we call on all parties to act.'))
		).toEqual([[0, 'joint']]);
		expect(
			summary(
				read('As the mandate of the panel was not renewed, we reiterate our commitment to peace.')
			)
		).toEqual([[4, 'joint']]);
		expect(
			summary(read('Complementing these investments, India has commissioned a feasibility study.'))
		).toEqual([[0, 'in']]);
	});

	it('reads "encourage X, <aside>, to" as a directive to others (0)', () => {
		expect(
			levels(read('We also encourage other countries, including those in the region, to act.'))
		).toEqual([0]);
	});

	it('splits at ", and <short adverbial>, SUBJECT verb"', () => {
		expect(
			summary(
				read(
					'Japan seeks cooperation with all partners, and to that end, we welcome their support.'
				)
			)
		).toEqual([
			[2, 'jp'],
			[0, 'joint']
		]);
	});
});
