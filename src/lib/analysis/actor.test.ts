import { describe, expect, it } from 'vitest';
import { matchSubjectEndingAt, matchSubjectStartingAt, resolvePlural } from './actor';
import { partiesOf, VN_EU_PARTIES } from './parties.testing';

const words = (text: string) => text.toLowerCase().split(' ');

describe('matchSubjectEndingAt', () => {
	it.each([
		['both sides', 'joint'],
		['the two sides', 'joint'],
		['the eu', 'eu'],
		['the european union', 'eu'],
		['viet nam', 'vn'],
		['the socialist republic of viet nam', 'vn'],
		['viet nam and the eu', 'joint'],
		['the eu and viet nam', 'joint'],
		['they', 'they'],
		['these', 'other']
	])('%s → %s', (text, actor) => {
		const list = words(text);
		expect(matchSubjectEndingAt(VN_EU_PARTIES, list, list.length - 1, 0)).toEqual({
			actor,
			start: 0
		});
	});

	it('skips bracketed asides and joins coordinated names across them', () => {
		const list = words(
			'the socialist republic of viet nam ( viet nam ) and the european union ( eu ) ( hereinafter both sides )'
		);
		expect(matchSubjectEndingAt(VN_EU_PARTIES, list, list.length - 1, 0)).toEqual({
			actor: 'joint',
			start: 0
		});
	});

	it('does not read a common noun as a subject', () => {
		const list = words('the new partnership');
		expect(matchSubjectEndingAt(VN_EU_PARTIES, list, list.length - 1, 0)).toBeNull();
	});

	it('stays inside its lower bound', () => {
		const list = words('both sides');
		expect(matchSubjectEndingAt(VN_EU_PARTIES, list, 1, 1)).toBeNull();
	});
});

describe('matchSubjectStartingAt', () => {
	it('finds a subject that opens a clause', () => {
		expect(matchSubjectStartingAt(VN_EU_PARTIES, words('and the eu will provide'), 1)).toEqual({
			actor: 'eu',
			end: 3
		});
		expect(matchSubjectStartingAt(VN_EU_PARTIES, words('and enhance trade'), 1)).toBeNull();
	});
});

describe('resolvePlural', () => {
	it('reads "They" as both sides unless the previous subject was a thing', () => {
		expect(resolvePlural(undefined)).toBe('joint');
		expect(resolvePlural('eu')).toBe('joint');
		expect(resolvePlural('other')).toBe('other');
	});
});

describe('subjects read through the document’s parties', () => {
	const usVn = partiesOf(
		'JOINT LEADERS’ STATEMENT: ELEVATING UNITED STATES-VIETNAM RELATIONS',
		'General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong and President of the United States Joseph R. Biden Jr. (the “Leaders”) met. Indonesian President Joko Widodo also spoke.'
	);
	it.each([
		['the united states', 'us'],
		['vietnam', 'vn'],
		['the united states and vietnam', 'joint'],
		['the leaders', 'joint'],
		['the two leaders', 'joint'],
		['the vietnamese side', 'vn'],
		['the u.s . side', 'us'],
		['president biden', 'us'],
		['general secretary nguyen phu trong', 'vn'],
		['president biden and general secretary trong', 'joint'],
		['china', 'other'],
		['the united states , japan , and vietnam', 'joint'],
		['president widodo', 'other'],
		['the european union', 'other']
	])('%s → %s', (text, actor) => {
		const list = words(text);
		expect(matchSubjectEndingAt(usVn, list, list.length - 1, 0)?.actor).toBe(actor);
	});
});
