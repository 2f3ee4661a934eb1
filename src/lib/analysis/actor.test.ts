import { describe, expect, it } from 'vitest';
import { matchSubjectEndingAt, matchSubjectStartingAt, resolvePlural } from './actor';
import type { DocumentParties } from './parties';
import { partiesOf, VN_EU_PARTIES } from './parties.testing';
import { itEachRow } from './rows.testing';

const words = (text: string) => text.toLowerCase().split(' ');

/** The subject that `text` (words parted by spaces) ends with, read back to its first word. */
function subjectEnding(parties: DocumentParties, text: string) {
	const list = words(text);
	return matchSubjectEndingAt(parties, list, list.length - 1, 0);
}

describe('matchSubjectEndingAt', () => {
	// Each row '<words> → <actor>': the subject the words end with, starting at the first word.
	itEachRow(
		[
			'both sides → joint',
			'the two sides → joint',
			'the eu → eu',
			'the european union → eu',
			'viet nam → vn',
			'the socialist republic of viet nam → vn',
			'viet nam and the eu → joint',
			'the eu and viet nam → joint',
			'they → they',
			'these → other'
		],
		(text, actor) => {
			expect(subjectEnding(VN_EU_PARTIES, text)).toEqual({ actor, start: 0 });
		}
	);

	it('skips bracketed asides and joins coordinated names across them', () => {
		const text =
			'the socialist republic of viet nam ( viet nam ) and the european union ( eu ) ( hereinafter both sides )';
		expect(subjectEnding(VN_EU_PARTIES, text)).toEqual({ actor: 'joint', start: 0 });
	});

	it('does not read a common noun as a subject', () => {
		expect(subjectEnding(VN_EU_PARTIES, 'the new partnership')).toBeNull();
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
	// Each row '<words> → <actor>'.
	itEachRow(
		[
			'the united states → us',
			'vietnam → vn',
			'the united states and vietnam → joint',
			'the leaders → joint',
			'the two leaders → joint',
			'the vietnamese side → vn',
			'the u.s . side → us',
			'president biden → us',
			'general secretary nguyen phu trong → vn',
			'president biden and general secretary trong → joint',
			'china → other',
			'the united states , japan , and vietnam → joint',
			'president widodo → other',
			'the european union → other'
		],
		(text, actor) => {
			expect(subjectEnding(usVn, text)?.actor).toBe(actor);
		}
	);
});
