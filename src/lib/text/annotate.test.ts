import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { annotate, type Span } from './annotate';

const data = loadDashboardData();

describe('annotate on the seed texts', () => {
	it('gives back every paragraph exactly, with every cue, figure and sector mention on it', () => {
		const all: (Span & { docId: string })[] = [...data.cues, ...data.figures, ...data.sectors];
		let pieces = 0;
		for (const p of data.paragraphs) {
			const spans = all.filter((s) => s.docId === p.docId && s.start < p.end && s.end > p.start);
			const segments = annotate(p.text, p.start, spans);
			expect(segments.map((s) => s.text).join('')).toBe(p.text);
			pieces += segments.length;
		}
		// Splitting actually happened: more pieces than paragraphs.
		expect(pieces).toBeGreaterThan(data.paragraphs.length * 5);
	});

	it('cuts paragraph 41 of the statement at its cues', () => {
		const p = data.paragraphs.find(
			(x) => x.docId === 'joint-statement-2026' && x.paragraphNo === 41
		);
		expect(p).toBeDefined();
		if (!p) return;
		const ids = new Set(
			data.clauses.filter((c) => c.docId === p.docId && c.paragraphNo === 41).map((c) => c.clauseId)
		);
		const cues = data.cues.filter((c) => ids.has(c.clauseId));
		const covered = annotate(p.text, p.start, cues)
			.filter((s) => s.spans.length > 0)
			.map((s) => s.text);
		expect(covered).toEqual([
			'underscore',
			'the importance',
			'UAE Consensus',
			'take note of',
			'Global Gateway',
			'Global Energy Transitions Forum',
			'Just Energy Transition Partnership',
			'8th Power Development Plan',
			'will',
			'contribute',
			'net-zero',
			'by 2050',
			'will',
			'explore',
			'encourage'
		]);
	});

	it('nests a cue inside a figure that holds it (outermost span first)', () => {
		// "nearly US$61 billion": the figure keeps its hedge; the quantity cue is the amount only.
		const figure = data.figures.find((f) => f.quote === 'nearly US$61 billion');
		const cue = data.cues.find((c) => c.role === 'quantity' && c.text === 'US$61 billion');
		const p = data.paragraphs.find(
			(x) => figure && x.docId === figure.docId && x.start <= figure.start && x.end >= figure.end
		);
		expect(figure && cue && p).toBeTruthy();
		if (!figure || !cue || !p) return;
		const touched = annotate(p.text, p.start, [cue, figure]).filter((s) => s.spans.length > 0);
		expect(touched.map((s) => [s.text, s.spans])).toEqual([
			['nearly ', [figure]],
			['US$61 billion', [figure, cue]]
		]);
	});
});

describe('annotate rules', () => {
	const a = { start: 12, end: 20, id: 'a' };
	const b = { start: 15, end: 25, id: 'b' };

	it('splits crossing spans at every edge and clips them to the paragraph', () => {
		const segments = annotate('0123456789abcdef', 10, [b, a]);
		expect(segments.map((s) => [s.text, s.start, s.end, s.spans.map((x) => x.id)])).toEqual([
			['01', 10, 12, []],
			['234', 12, 15, ['a']],
			['56789', 15, 20, ['a', 'b']],
			['abcde', 20, 25, ['b']],
			['f', 25, 26, []]
		]);
	});

	it('orders equal-start spans longest first, then by input order', () => {
		const long = { start: 0, end: 4, id: 'long' };
		const x = { start: 0, end: 2, id: 'x' };
		const y = { start: 0, end: 2, id: 'y' };
		expect(annotate('abcd', 0, [y, x, long])[0]?.spans.map((s) => s.id)).toEqual([
			'long',
			'y',
			'x'
		]);
	});

	it('drops empty and out-of-range spans', () => {
		expect(
			annotate('abc', 100, [
				{ start: 101, end: 101 },
				{ start: 0, end: 50 },
				{ start: 200, end: 300 }
			])
		).toEqual([{ text: 'abc', start: 100, end: 103, spans: [] }]);
		expect(annotate('', 5, [{ start: 5, end: 9 }])).toEqual([]);
	});

	it('holds for any spans: text kept, each segment lists exactly the spans covering it', () => {
		const text = 'Both sides will explore and encourage all forms of energy.';
		const span = fc
			.tuple(fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: 0, max: 20 }))
			.map(([start, length]) => ({ start: 1000 + start, end: 1000 + start + length }));
		fc.assert(
			fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
				const segments = annotate(text, 1000, spans);
				expect(segments.map((s) => s.text).join('')).toBe(text);
				segments.forEach((s, i) => {
					const covering = spans.filter((x) => x.start <= s.start && x.end >= s.end);
					expect(new Set(s.spans)).toEqual(new Set(covering));
					const next = segments[i + 1];
					if (next) expect(next.spans).not.toEqual(s.spans);
				});
			})
		);
	});
});
