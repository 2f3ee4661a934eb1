import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { findHits } from './filter';
import { buildTextPage, type TextSpan } from './paragraphs';
import { paragraphPieces } from './pieces';

const page = buildTextPage(loadDashboardData());
const p41 = page.paragraphs.find((p) => p.anchor === 'p-41');
if (!p41) throw new Error('no p-41');

describe('paragraphPieces', () => {
	it('draws paragraph 41 with its cues coloured by clause level and numbered once', () => {
		const pieces = paragraphPieces(p41.text, p41.start, p41.spans);
		expect(pieces.map((x) => x.text).join('')).toBe(p41.text);
		const drawn = pieces.filter((x) => x.tag !== null);
		expect(drawn.map((x) => [x.text, x.className, x.levelMark])).toEqual([
			['underscore', 'cue l0', 0],
			['the importance', 'cue l0', 0],
			['take note of', 'cue l0', 0],
			['will', 'cue l0', 0],
			['contribute', 'cue l0', 0],
			['will', 'cue l1', 1],
			['explore', 'cue l1', 1],
			['encourage', 'cue l3', 3]
		]);
		expect(drawn[3]?.title).toBe('modal: level 0, not a commitment');
		expect(drawn[5]?.title).toBe('modal: level 1, exploratory');
	});

	it('marks search hits and keeps the cue colour under them', () => {
		const hits: TextSpan[] = findHits(p41.text, p41.start, 'will explore').map((h) => ({
			...h,
			kind: 'hit'
		}));
		const pieces = paragraphPieces(p41.text, p41.start, [...p41.spans, ...hits]);
		const marked = pieces.filter((x) => x.tag === 'mark');
		expect(marked.map((x) => [x.text, x.className])).toEqual([
			['will', 'cue l1'],
			[' ', ''],
			['explore', 'cue l1']
		]);
	});

	it('numbers a cue split by a hit only on its last piece', () => {
		const spans: TextSpan[] = [
			{ kind: 'cue', start: 10, end: 20, level: 3, role: 'verb' },
			{ kind: 'hit', start: 12, end: 14 }
		];
		const pieces = paragraphPieces('0123456789strengthen!', 0, spans);
		expect(pieces.map((x) => [x.text, x.tag, x.levelMark])).toEqual([
			['0123456789', null, null],
			['st', 'span', null],
			['re', 'mark', null],
			['ngthen', 'span', 3],
			['!', null, null]
		]);
	});

	it('marks figures and conditions, and lets the inner cue win where cues overlap', () => {
		const spans: TextSpan[] = [
			{ kind: 'figure', start: 0, end: 9, label: 'two-way trade' },
			{ kind: 'cue', start: 0, end: 9, level: 4, role: 'verb' },
			{ kind: 'cue', start: 3, end: 6, level: 1, role: 'hedge' },
			{ kind: 'condition', start: 9, end: 12 }
		];
		const pieces = paragraphPieces('abcdefghijkl', 0, spans);
		expect(pieces.map((x) => [x.text, x.className, x.levelMark])).toEqual([
			['abc', 'cue l4 fig', null],
			['def', 'cue l1 fig', 1],
			['ghi', 'cue l4 fig', 4],
			['jkl', 'cond', null]
		]);
		expect(pieces[0]?.title).toBe('figure: two-way trade; verb: level 4, firm');
	});
});
