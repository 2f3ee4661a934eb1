import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DashboardData } from '../contract/tables';
import { provenanceErrors, provenanceIssues } from './verify-provenance';

const texts = new Map([['doc', 'Both sides will cooperate.']]);
type CueRow = DashboardData['cues'][number];
const cue = (start: number | null, end: number | null, text: string, docId = 'doc'): CueRow =>
	({ clauseId: 'doc:p1:s1:c1', docId, role: 'verb', text, start, end }) as unknown as CueRow;

describe('provenance: each quote is text.slice(start, end)', () => {
	it('passes quotes that match their offsets', () => {
		expect(provenanceIssues({ cues: [cue(11, 15, 'will')] }, texts)).toEqual([]);
	});

	it('names the table, the row and both texts when a quote drifts', () => {
		expect(provenanceIssues({ cues: [cue(11, 15, 'will'), cue(10, 14, 'will')] }, texts)).toEqual([
			{ table: 'cues', index: 1, message: 'offsets 10–14 give " wil", not "will"' }
		]);
	});

	it('lets a row without offsets quote nothing, and nothing else', () => {
		expect(provenanceIssues({ cues: [cue(null, null, '')] }, texts)).toEqual([]);
		expect(provenanceIssues({ cues: [cue(null, null, 'will')] }, texts)).toEqual([
			{ table: 'cues', index: 0, message: 'no offsets, yet quotes "will"' }
		]);
	});

	it('reports an unknown document and adds the offset of a slice to the index', () => {
		const other = cue(0, 4, 'Both', 'other');
		expect(provenanceIssues({ cues: [other] }, texts, { cues: 40 })).toEqual([
			{ table: 'cues', index: 40, message: 'unknown document other' }
		]);
		expect(provenanceErrors({ cues: [other] } as unknown as DashboardData, texts)).toEqual([
			'cues[0]: unknown document other'
		]);
	});

	it('accepts exactly the quotes text.slice(start, end) gives, whatever the offsets', () => {
		const text = texts.get('doc') ?? '';
		const offset = fc.oneof(fc.integer({ min: -30, max: 40 }), fc.double({ min: -5, max: 30 }));
		fc.assert(
			fc.property(
				offset,
				offset,
				fc.boolean(),
				fc.string({ maxLength: 6 }),
				(start, end, sliced, other) => {
					const quoted = sliced ? text.slice(start, end) : other;
					const expected = text.slice(start, end) === quoted ? 0 : 1;
					expect(provenanceIssues({ cues: [cue(start, end, quoted)] }, texts)).toHaveLength(
						expected
					);
				}
			)
		);
	});
});
