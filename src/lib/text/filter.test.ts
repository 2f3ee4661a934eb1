import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { paragraphAnchor } from '$lib/links';
import {
	chapterKey,
	filterParagraphs,
	filtersShowing,
	findHits,
	paragraphHits,
	foldedParagraph,
	groupParagraphs,
	hasFilters,
	NO_FILTERS
} from './filter';
import { buildTextPage } from './paragraphs';

const data = loadDashboardData();
const page = buildTextPage(data);
const anchors = (f: Partial<typeof NO_FILTERS>) =>
	filterParagraphs(page.paragraphs, { ...NO_FILTERS, ...f }).map((p) => p.anchor);

describe('filterParagraphs', () => {
	it('shows everything without filters', () => {
		expect(anchors({})).toHaveLength(data.paragraphs.length);
		expect(hasFilters(NO_FILTERS)).toBe(false);
	});

	it.each([0, 1, 2, 3, 4])('level %i: the paragraphs with a clause at that level', (level) => {
		const expected = new Set(
			data.clauses
				.filter((c) => c.level === level)
				.map((c) => paragraphAnchor(c.docId, c.paragraphNo))
		);
		expect(expected.size).toBeGreaterThan(0);
		expect(new Set(anchors({ level }))).toEqual(expected);
	});

	it('level 4 leaves out paragraph 41 (levels 0, 0, 1) and level 1 keeps it', () => {
		expect(anchors({ level: 4 })).not.toContain('p-41');
		expect(anchors({ level: 1 })).toContain('p-41');
	});

	it('filters by document and chapter', () => {
		expect(anchors({ doc: 'article-2026-02' })).toHaveLength(
			data.paragraphs.filter((p) => p.docId === 'article-2026-02').length
		);
		const chapter7 = data.paragraphs
			.filter((p) => p.docId === 'joint-statement-2026' && p.chapterNo === 7)
			.map((p) => paragraphAnchor(p.docId, p.paragraphNo));
		expect(anchors({ chapter: chapterKey('joint-statement-2026', 7) })).toEqual(chapter7);
		expect(chapter7).toContain('p-41');
	});

	it('filters by sector mentions', () => {
		const health = new Set(
			data.sectors
				.filter((s) => s.sector === 'health')
				.map((s) => paragraphAnchor(s.docId, s.paragraphNo))
		);
		expect(new Set(anchors({ sector: 'health' }))).toEqual(health);
	});

	it('combines filters (and)', () => {
		const both = anchors({ level: 4, doc: 'joint-statement-2026', sector: 'energy-climate' });
		const level4 = new Set(anchors({ level: 4 }));
		const energy = new Set(anchors({ sector: 'energy-climate' }));
		expect(both.every((a) => level4.has(a) && energy.has(a) && a.startsWith('p-'))).toBe(true);
	});

	it('searches the text, ignoring case and line breaks', () => {
		expect(anchors({ q: 'UAE consensus' })).toEqual(['p-41']);
		const evfta = data.paragraphs.filter((p) => /evfta/i.test(p.text)).length;
		expect(anchors({ q: 'evfta' })).toHaveLength(evfta);
		// Paragraph 9 ends a block with "growth." and starts the next with "The EU recognises".
		expect(anchors({ q: 'growth. The EU recognises' })).toEqual(['p-9']);
		expect(anchors({ q: 'e' })).toHaveLength(data.paragraphs.length);
	});
});

describe('paragraphHits', () => {
	it("finds what findHits finds in the paragraph's text, and nothing without a query", () => {
		const p = { text: 'Energy transition and energy security in Việt Nam.', start: 100 };
		expect(paragraphHits(p, 'energy')).toEqual(findHits(p.text, p.start, 'energy'));
		expect(paragraphHits(p, 'Viet Nam')).toEqual([{ start: 141, end: 149 }]);
		expect(paragraphHits(p, '')).toEqual([]);
		expect(paragraphHits(p, 'e')).toEqual([]);
	});
});

describe('findHits', () => {
	it('gives absolute offsets that point at the words in the seed', () => {
		const p = page.paragraphs.find((x) => x.anchor === 'p-41');
		if (!p) throw new Error('no p-41');
		const hits = findHits(p.text, p.start, 'ENERGY');
		expect(hits.length).toBe(p.text.match(/energy/gi)?.length);
		for (const h of hits)
			expect(p.text.slice(h.start - p.start, h.end - p.start)).toMatch(/^energy$/i);
		const cue = data.cues.find((c) => c.text === 'net-zero');
		expect(findHits(p.text, p.start, 'net-zero')).toEqual([{ start: cue?.start, end: cue?.end }]);
	});

	it('ignores diacritics and the spelling of Viet Nam, and marks the words as written', () => {
		const text = 'Việt Nam, Viet Nam and Vietnam; Đà Nẵng’s port';
		const marked = (q: string) => findHits(text, 0, q).map((h) => text.slice(h.start, h.end));
		for (const q of ['Việt Nam', 'viet nam', 'VIETNAM', 'Viet-Nam'])
			expect(marked(q)).toEqual(['Việt Nam', 'Viet Nam', 'Vietnam']);
		expect(marked('viet')).toEqual(['Việt', 'Viet', 'Viet']);
		expect(marked('da nang')).toEqual(['Đà Nẵng']);
		expect(marked("nang's")).toEqual(['Nẵng’s']);
		expect(marked('nẵng')).toEqual(['Nẵng']);
	});

	it('finds every spelling of Viet Nam in the texts, with exact offsets', () => {
		const counts = ['Việt Nam', 'Vietnam', 'Viet Nam'].map((q) => anchors({ q }).length);
		expect(counts[0]).toBeGreaterThanOrEqual(26);
		expect(new Set(counts).size).toBe(1);
		for (const p of filterParagraphs(page.paragraphs, { ...NO_FILTERS, q: 'Việt Nam' }))
			for (const h of findHits(foldedParagraph(p), p.start, 'Việt Nam'))
				expect(p.text.slice(h.start - p.start, h.end - p.start)).toMatch(/^Vi[eệ]t[\s-]*Nam$/iu);
	});

	it('treats regular-expression characters as text', () => {
		expect(findHits('US$61 (nearly)', 0, '$61 (')).toEqual([{ start: 2, end: 7 }]);
		expect(findHits('a.b', 0, '.*')).toEqual([]);
	});
});

describe('groupParagraphs', () => {
	it('groups in document and chapter order and drops empty chapters', () => {
		const shown = filterParagraphs(page.paragraphs, { ...NO_FILTERS, q: 'net-zero' });
		const groups = groupParagraphs(page.documents, page.chapters, shown);
		const counts = groups.flatMap((g) => g.chapters.map((c) => c.paragraphs.length));
		expect(counts.length).toBeGreaterThan(0);
		expect(counts.every((n) => n > 0)).toBe(true);
		expect(groups.flatMap((g) => g.chapters.flatMap((c) => c.paragraphs))).toEqual(shown);
		const all = groupParagraphs(page.documents, page.chapters, page.paragraphs);
		expect(all.map((g) => g.document.docId)).toEqual(['joint-statement-2026', 'article-2026-02']);
		expect(all[0]?.chapters).toHaveLength(13);
	});
});

describe('filtersShowing', () => {
	it('drops filters that would hide the paragraph a link points to', () => {
		const f = { ...NO_FILTERS, level: 4 };
		expect(filtersShowing(page.paragraphs, f, 'p-41')).toEqual(NO_FILTERS);
		expect(filtersShowing(page.paragraphs, { ...NO_FILTERS, level: 1 }, 'p-41').level).toBe(1);
		expect(filtersShowing(page.paragraphs, f, 'main')).toEqual(f);
	});
});
