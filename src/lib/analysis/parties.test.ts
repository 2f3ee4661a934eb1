import { describe, expect, it } from 'vitest';
import { readPartyIds } from './parties';
import { PARTY_LIST, partiesOf } from './parties.testing';
import { isResearchGroupCommitment } from './research-group';

describe('readPartyIds', () => {
	it.each([
		[
			'Joint Statement on upgrading relations between the Socialist Republic of Viet Nam and the European Union to a Comprehensive Strategic Partnership',
			['vn', 'eu']
		],
		['JOINT LEADERS’ STATEMENT: ELEVATING UNITED STATES-VIETNAM RELATIONS', ['us', 'vn']],
		['ASEAN-U.S. Leaders’ Statement on the Establishment of the ASEAN-U.S. CSP', ['asean', 'us']],
		['U.S.-EU Summit Statement', ['us', 'eu']],
		[
			'The Wilmington Declaration Joint Statement from the Leaders of Australia, India, Japan, and the United States',
			['au', 'in', 'jp', 'us']
		],
		['United States-Republic of Korea Leaders’ Joint Statement', ['us', 'kr']]
	])('from the title: %s', (title, ids) => {
		expect(readPartyIds(PARTY_LIST, title, '')).toEqual(ids);
	});

	it('makes up a second party from the opening when the title names one', () => {
		expect(
			readPartyIds(PARTY_LIST, 'Joint Statement', 'The United States and Mongolia met today.')
		).toEqual(['us', 'mn']);
		expect(readPartyIds(PARTY_LIST, 'Vietnam-Europe Cooperation', 'The EU and Vietnam…')).toEqual([
			'vn',
			'eu'
		]);
	});

	it('takes declared parties by id or by name, before anything the title says', () => {
		expect(readPartyIds(PARTY_LIST, 'U.S.-EU Summit', '', ['vn', 'the European Union'])).toEqual([
			'vn',
			'eu'
		]);
	});
});

describe('readDocumentParties', () => {
	it('reads a term the text defines for the parties together', () => {
		const parties = partiesOf(
			'Joint Statement',
			'Viet Nam and the European Union (hereinafter referred to as “the Partners”) agree.'
		);
		expect(parties.phrases.find((p) => p.words.join(' ') === 'the partners')?.actor).toBe('joint');
	});

	it('learns leaders’ names from the way the text introduces them', () => {
		const { persons } = partiesOf(
			'Joint Statement of the United States and the Philippines',
			'President Joseph R. Biden, Jr. of the United States welcomed Philippine President Ferdinand R. Marcos Jr. to Washington.'
		);
		expect(persons.get('marcos')).toBe('ph');
		expect(persons.get('biden')).toBe('us');
		expect(persons.has('jr')).toBe(false);
	});
});

describe('isResearchGroupCommitment', () => {
	const cue = (text: string, role = 'verb') => ({ text, role, start: 0, end: text.length });
	it.each([
		[{ level: 4, polarity: 'positive', cues: [cue('commit')] }, true, true],
		[{ level: 2, polarity: 'positive', cues: [cue('intend')] }, true, true],
		[{ level: 1, polarity: 'positive', cues: [cue('support')] }, true, true],
		[{ level: 1, polarity: 'positive', cues: [cue('explore')] }, true, false],
		[{ level: 0, polarity: 'positive', cues: [cue('welcome')] }, true, false],
		[{ level: 3, polarity: 'negative', cues: [cue('will', 'modal')] }, true, false],
		[{ level: 3, polarity: 'positive', cues: [cue('will', 'modal')] }, false, false]
	] as const)('%o by a party: %s → %s', (clause, byParty, counted) => {
		expect(isResearchGroupCommitment({ ...clause, cues: [...clause.cues] }, byParty)).toBe(counted);
	});
});

describe('organs of a party', () => {
	it('reads a listed agency as its party', () => {
		const parties = partiesOf('United States-Mongolia Joint Statement');
		const organ = parties.phrases.find((p) => p.words.join(' ') === 'usaid');
		expect(organ?.actor).toBe('us');
	});
});
