import { describe, expect, it } from 'vitest';
import {
	VIEW_CHECKS,
	matchingClauses,
	matchingSentences,
	moved,
	parseDocs,
	showPhrase,
	withDocs,
	type StatementClause
} from './compare-view';

const clause = (n: number, extra: Partial<StatementClause>): StatementClause => ({
	clauseId: `d:p${n}:s1:c1`,
	paragraphNo: n,
	level: 0,
	conditional: false,
	target: false,
	researchGroupCommitment: false,
	instruments: '',
	text: `clause ${n}`,
	start: n * 10,
	...extra
});
const CLAUSES = [
	clause(1, { level: 4, researchGroupCommitment: true, instruments: 'EVFTA' }),
	clause(2, { level: 3, conditional: true }),
	clause(3, { level: 2, researchGroupCommitment: true, target: true }),
	clause(4, { level: 0 })
];
const ids = (list: StatementClause[]) => list.map((c) => c.paragraphNo);

describe('matchingClauses', () => {
	it('gives the clauses each kind of mark counts', () => {
		expect(ids(matchingClauses(CLAUSES, { show: 'all' }))).toEqual([1, 2, 3, 4]);
		expect(ids(matchingClauses(CLAUSES, { show: 'commitments' }))).toEqual([1, 2]);
		expect(ids(matchingClauses(CLAUSES, { show: 'rg' }))).toEqual([1, 3]);
		expect(ids(matchingClauses(CLAUSES, { show: 'level', level: '0' }))).toEqual([4]);
		expect(ids(matchingClauses(CLAUSES, { show: 'conditional' }))).toEqual([2]);
		expect(ids(matchingClauses(CLAUSES, { show: 'targets' }))).toEqual([3]);
		expect(ids(matchingClauses(CLAUSES, { show: 'instruments' }))).toEqual([1]);
	});
	it('gives none without a mark, or for a sector mark', () => {
		expect(matchingClauses(CLAUSES, {})).toEqual([]);
		expect(matchingClauses(CLAUSES, { show: 'sector', sector: 'trade' })).toEqual([]);
	});
});

describe('matchingSentences', () => {
	const sentences = [
		{ paragraphNo: 1, text: 'a', start: 0, mentions: [{ sector: 'trade', start: 0, end: 1 }] },
		{ paragraphNo: 2, text: 'b', start: 5, mentions: [{ sector: 'health', start: 5, end: 6 }] }
	];
	it('gives the sentences naming the sector of a sector mark only', () => {
		expect(matchingSentences(sentences, { show: 'sector', sector: 'health' })).toEqual([
			sentences[1]
		]);
		expect(matchingSentences(sentences, { show: 'all' })).toEqual([]);
	});
});

describe('the statements chosen', () => {
	it('reads docs= as ids in order', () => {
		expect(parseDocs({ docs: 'b,a' })).toEqual(['b', 'a']);
		expect(parseDocs({})).toEqual([]);
		expect(VIEW_CHECKS.docs('us-eu-2021,a')).toBe(true);
		expect(VIEW_CHECKS.docs('a,,b')).toBe(false);
		expect(VIEW_CHECKS.docs('<x>')).toBe(false);
	});
	it('drops docs= when the choice is the default, and closes a mark of a statement no longer shown', () => {
		expect(withDocs({ docs: 'b,a' }, ['a', 'b'], ['a', 'b'])).toEqual({});
		expect(withDocs({ doc: 'c', show: 'all' }, ['a', 'b'], ['a', 'b', 'c'])).toEqual({
			docs: 'a,b'
		});
		expect(withDocs({ doc: 'a', show: 'all' }, ['b', 'a'], ['a', 'b'])).toEqual({
			docs: 'b,a',
			doc: 'a',
			show: 'all'
		});
	});
	it('moves a statement up or down, not past either end', () => {
		expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
		expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
		expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});

describe('showPhrase', () => {
	it('names what the mark counts', () => {
		expect(showPhrase({ show: 'level', level: '2' })).toBe('clauses at level 2');
		expect(showPhrase({ show: 'sector', sector: 'trade' }, 'Trade & investment')).toBe(
			'sentences naming Trade & investment'
		);
		expect(showPhrase({})).toBe('');
	});
});
