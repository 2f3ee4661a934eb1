import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { textHref } from '$lib/links';
import { assertUniqueAnchors, buildTextPage } from './paragraphs';

const data = loadDashboardData();
const page = buildTextPage(data);
const byAnchor = (anchor: string) => page.paragraphs.find((p) => p.anchor === anchor);

describe('paragraph anchors', () => {
	it('gives every paragraph of both documents its own anchor', () => {
		const anchors = page.paragraphs.map((p) => p.anchor);
		expect(anchors).toHaveLength(data.paragraphs.length);
		expect(new Set(anchors).size).toBe(anchors.length);
	});

	it('uses the printed number in the statement and the position in the article', () => {
		expect(`/text#${byAnchor('p-41')?.anchor}`).toBe(textHref('joint-statement-2026', 41));
		expect(byAnchor('p-41')?.label).toBe('41');
		// The article's paragraphs are not numbered: their number is their position.
		const article = page.paragraphs.filter((p) => p.docId === 'article-2026-02');
		expect(article.every((p) => p.label === '')).toBe(true);
		expect(article.map((p) => p.anchor).slice(0, 2)).toEqual([
			'article-2026-02-p-1',
			'article-2026-02-p-2'
		]);
	});

	it('refuses two paragraphs with one anchor', () => {
		expect(() => assertUniqueAnchors([{ anchor: 'p-1' }, { anchor: 'p-1' }])).toThrow(/#p-1/);
	});

	it('links every drill-down the data offers to an existing paragraph', () => {
		const anchors = new Set(page.paragraphs.map((p) => p.anchor));
		const targets = [...data.clauses, ...data.figures, ...data.sectors, ...data.visits].map((r) =>
			textHref(r.docId, r.paragraphNo).slice('/text#'.length)
		);
		expect(targets.filter((t) => !anchors.has(t))).toEqual([]);
	});
});

describe('paragraph 41 of the statement', () => {
	const p = byAnchor('p-41');

	it('lists its clause levels in text order', () => {
		const levels = data.clauses
			.filter((c) => c.docId === 'joint-statement-2026' && c.paragraphNo === 41)
			.map((c) => c.level);
		expect(p?.clauseLevels).toEqual(levels);
		expect(p?.clauseLevels).toEqual([0, 0, 0, 1, 3]);
	});

	it('colours the cues that decided the levels, not the precision cues', () => {
		const cues = (p?.spans ?? [])
			.filter((s) => s.kind === 'cue')
			.map((s) => [p?.text.slice(s.start - p.start, s.end - p.start), s.level]);
		expect(cues).toEqual([
			['underscore', 0],
			['the importance', 0],
			['take note of', 0],
			['will', 0],
			['contribute', 0],
			['will', 1],
			['explore', 1],
			['encourage', 3]
		]);
	});

	it('tags its sectors, most mentioned first, with the words that matched', () => {
		expect(p?.sectors.map((s) => s.id)).toEqual(['energy-climate', 'transport-connectivity']);
		expect(p?.sectors[1]?.words).toEqual(['Global Gateway']);
		expect(p?.sectors[0]?.words).toContain('net-zero');
	});
});

describe('the whole page model', () => {
	it('counts every clause once, in its paragraph', () => {
		const total = page.paragraphs.reduce((n, p) => n + p.clauseLevels.length, 0);
		expect(total).toBe(data.clauses.length);
	});

	it('marks every figure and every condition of the texts', () => {
		const spans = page.paragraphs.flatMap((p) => p.spans);
		expect(spans.filter((s) => s.kind === 'figure')).toHaveLength(data.figures.length);
		expect(spans.filter((s) => s.kind === 'condition')).toHaveLength(
			data.cues.filter((c) => c.role === 'condition').length
		);
	});

	it('keeps document order and offers each sector once', () => {
		expect(page.paragraphs[0]?.anchor).toBe('p-1');
		expect(page.paragraphs.at(-1)?.docId).toBe('article-2026-02');
		const ids = page.sectors.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBe(new Set(data.sectors.map((s) => s.sector)).size);
	});
});

describe('a document that numbers its paragraphs afresh', () => {
	// The joint statement's text twice over, as one document (two statements pasted together):
	// every paragraph number comes twice.
	const doc = 'joint-statement-2026';
	const length = Math.max(...data.paragraphs.map((p) => p.end));
	const mine = <T extends { docId: string }>(rows: T[]) => rows.filter((r) => r.docId === doc);
	const shift = <T extends { start: number; end: number }>(rows: T[]) =>
		rows.map((r) => ({ ...r, start: r.start + length, end: r.end + length }));
	const paragraphs = mine(data.paragraphs);
	const seqs = paragraphs.length;
	const twice = buildTextPage({
		...data,
		documents: mine(data.documents),
		chapters: mine(data.chapters),
		paragraphs: [
			...paragraphs,
			...shift(paragraphs).map((p) => ({ ...p, paragraphSeq: p.paragraphSeq + seqs }))
		],
		clauses: [
			...mine(data.clauses),
			...shift(mine(data.clauses)).map((c) => ({ ...c, clauseId: `${c.clauseId}-2` }))
		],
		cues: [
			...mine(data.cues),
			...shift(mine(data.cues)).map((c) => ({ ...c, clauseId: `${c.clauseId}-2` }))
		],
		figures: [...mine(data.figures), ...shift(mine(data.figures))],
		sectors: [...mine(data.sectors), ...shift(mine(data.sectors))]
	});

	it('gives the second paragraph of a number its own anchor, the first keeps the plain one', () => {
		const anchors = twice.paragraphs.map((p) => p.anchor);
		expect(new Set(anchors).size).toBe(anchors.length);
		expect(anchors).toContain('p-41');
		expect(anchors).toContain('p-41-2');
	});

	it('puts each clause in the paragraph that holds it, not in both of a number', () => {
		const first = twice.paragraphs.find((p) => p.anchor === 'p-41');
		const second = twice.paragraphs.find((p) => p.anchor === 'p-41-2');
		expect(first?.clauseLevels).toEqual(byAnchor('p-41')?.clauseLevels);
		expect(second?.clauseLevels).toEqual(byAnchor('p-41')?.clauseLevels);
		expect(second?.spans.length).toBe(byAnchor('p-41')?.spans.length);
	});
});
