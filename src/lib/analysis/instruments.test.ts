import { describe, expect, it } from 'vitest';
import { findPrecisionCues, scorePrecision } from './instruments';
import { bracketed } from './spans.testing';
import { tokenize } from './tokens';

/** The cues of `text`, read over the clause analysis' own words. */
const cuesOf = (text: string) =>
	findPrecisionCues(text, tokenize(text, 0, text.length), { start: 0, end: text.length });

const byRole = (text: string, role: string) =>
	cuesOf(text)
		.filter((cue) => cue.role === role)
		.map((cue) => cue.text);

describe('findPrecisionCues', () => {
	/** For each role, texts with one cue of it, the cue in brackets. */
	const CUES: Record<string, string[]> = {
		quantity: [
			'limit warming to [1.5°C]',
			'cut emissions by [55%] by 2030',
			'mobilise [US$ 15.5 billion]',
			'[EUR 10 million] in grants',
			'reach [net zero] emissions',
			'install [6 GW] of capacity',
			// Every cardinal of number-words.ts, not only those up to fifty.
			'plant [eighteen million] trees',
			'a rise of [ninety per cent]'
		],
		deadline: [
			'stop deforestation [by 2030]',
			'net zero [by 2050]',
			'[by the end of 2026]',
			'[within five years]',
			'[within eighteen months]',
			'ratify it [no later than June 2027]'
		]
	};
	const rows = Object.entries(CUES).flatMap(([role, marked]) =>
		marked.map((row) => [role, row.replace(/[[\]]/g, ''), row] as const)
	);
	it.each(rows)('finds the %s in "%s"', (role, text, row) => {
		const cue = bracketed(row);
		expect(byRole(text, role)).toEqual([cue.docText.slice(cue.start, cue.end)]);
	});

	it('does not count "two sides" or a duration as a quantity', () => {
		expect(byRole('the two sides over the past 35 years', 'quantity')).toEqual([]);
	});

	it('finds dates but not years that name an instrument', () => {
		expect(byRole('approved on 29 January 2026', 'date')).toEqual(['29 January 2026']);
		expect(byRole('On January 29, 2026, in 2025 and than in 2024', 'date')).toEqual([
			'January 29, 2026',
			'in 2025',
			'in 2024'
		]);
		expect(byRole('the 2030 Agenda and the 1982 UNCLOS and Vision 2045', 'date')).toEqual([]);
	});

	it('finds listed instruments on word boundaries', () => {
		expect(byRole('under the EVFTA and Erasmus+; not EVFTAX or XPCA', 'instrument')).toEqual([
			'EVFTA',
			'Erasmus+'
		]);
	});

	it('finds capitalised names ending in a mechanism head', () => {
		expect(
			byRole('through the Viet Nam - EU Defence and Security Dialogue mechanism', 'instrument')
		).toEqual(['Viet Nam - EU Defence and Security Dialogue']);
		expect(byRole('in line with the Charter of the United Nations', 'instrument')).toEqual([
			'Charter of the United Nations'
		]);
	});

	it('does not join two names across "and the"', () => {
		expect(
			byRole('the Convention on Biological Diversity and the Kyoto Protocol', 'instrument')
		).toEqual(['Convention', 'Kyoto Protocol']);
	});

	it('keeps the longest of overlapping names', () => {
		expect(byRole('the Viet Nam - EU Joint Committee', 'instrument')).toEqual([
			'Viet Nam - EU Joint Committee'
		]);
	});

	it('only looks inside the span', () => {
		const text = 'EVFTA by 2030. Nothing here.';
		expect(findPrecisionCues(text, [], { start: 15, end: text.length })).toEqual([]);
	});
});

describe('scorePrecision', () => {
	it('adds one point per kind and calls quantity + deadline a target', () => {
		expect(
			scorePrecision(cuesOf('cut emissions by 55% by 2030 under the Paris Agreement'))
		).toEqual({
			precision: 3,
			target: true
		});
		expect(scorePrecision(cuesOf('under the EVFTA and the PCA'))).toEqual({
			precision: 1,
			target: false
		});
		expect(scorePrecision(cuesOf('nothing precise'))).toEqual({ precision: 0, target: false });
	});
});
