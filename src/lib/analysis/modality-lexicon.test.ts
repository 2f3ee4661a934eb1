import { describe, expect, it } from 'vitest';
import { CONDITION_RE, VERB_FORMS, isAdverb } from './modality-lexicon';

describe('VERB_FORMS', () => {
	it.each([
		['agreed', 'agree', 'firm', 'past'],
		['decided', 'decide', 'firm', 'past'],
		['resolved', 'resolve', 'firm', 'past'],
		['committed', 'commit', 'firm', 'past'],
		['committing', 'commit', 'firm', 'ing'],
		['intends', 'intend', 'intent', 'present'],
		['aims', 'aim', 'intent', 'present'],
		['seeks', 'seek', 'intent', 'present'],
		['sought', 'seek', 'intent', 'past'],
		['strives', 'strive', 'intent', 'present'],
		['envisages', 'envisage', 'intent', 'present'],
		['endeavoured', 'endeavour', 'intent', 'past'],
		['endeavor', 'endeavour', 'intent', 'base'],
		['explores', 'explore', 'exploratory', 'present'],
		['considers', 'consider', 'exploratory', 'present'],
		['studies', 'study', 'exploratory', 'present'],
		['examined', 'examine', 'exploratory', 'past'],
		['identifying', 'identify', 'exploratory', 'ing'],
		['recognized', 'recognise', 'zero', 'past'],
		['emphasises', 'emphasise', 'zero', 'present'],
		['reaffirming', 'reaffirm', 'carrier', 'ing'],
		['undertaken', 'undertake', 'pledge', 'past'],
		['fulfilling', 'fulfil', 'substantive', 'ing'],
		['stepping', 'step', 'substantive', 'ing'],
		['mobilize', 'mobilise', 'substantive', 'base'],
		// "re-" + a cue verb keeps the cue: "We also recommit to working together" → 4.
		['recommit', 'commit', 'firm', 'base'],
		['re-committed', 'commit', 'firm', 'past'],
		['reconsiders', 'consider', 'exploratory', 'present'],
		// Stative: "Together we represent nearly two billion people" is a fact (0).
		['represent', 'represent', 'descriptive', 'base']
	])('%s → %s (%s, %s)', (form, lemma, kind, tense) => {
		expect(VERB_FORMS.get(form)).toMatchObject({ lemma, kind, form: tense });
	});

	it('marks verbs that are also nouns', () => {
		expect(VERB_FORMS.get('exchange')?.ambiguous).toBe(true);
		expect(VERB_FORMS.get('enhance')?.ambiguous).toBe(false);
	});

	it('does not invent British -ize forms for words like "praise"', () => {
		expect(VERB_FORMS.has('praize')).toBe(false);
		expect(VERB_FORMS.get('praises')?.lemma).toBe('praise');
	});
});

describe('isAdverb', () => {
	it.each([
		['further', true],
		['effectively', true],
		['also', true],
		['supply', false],
		['apply', false],
		['strengthen', false]
	])('%s → %s', (word, expected) => {
		expect(isAdverb(word)).toBe(expected);
	});
});

describe('CONDITION_RE', () => {
	const conditions = (text: string) => [...text.matchAll(CONDITION_RE)].map((match) => match[0]);

	it('finds escape clauses on word boundaries', () => {
		expect(
			conditions(
				'where appropriate, in accordance with the respective laws and regulations, subject to funding, with international support, once in force and as appropriate'
			)
		).toEqual([
			'where appropriate',
			'in accordance with the respective laws',
			'subject to',
			'with international support',
			'once in force',
			'as appropriate'
		]);
	});

	it('does not take "in accordance with international law" for a condition', () => {
		expect(conditions('in accordance with international law')).toEqual([]);
		expect(conditions('subjected to')).toEqual([]);
	});
});
