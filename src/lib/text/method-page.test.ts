import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import {
	exampleClauses,
	figureExamples,
	levelCounts,
	referenceSources,
	targetExample,
	visitsCountedVersusNamed
} from './method-page';

const data = loadDashboardData();

describe('method page data', () => {
	it('counts clauses per level, all of them', () => {
		const counts = levelCounts(data.clauses);
		expect(counts).toHaveLength(5);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(data.clauses.length);
		expect(counts[4]).toBe(data.clauses.filter((c) => c.level === 4).length);
		// Per chapter, the pipeline's own aggregate agrees.
		const level3 = data.chapters.reduce((n, c) => n + c.level3, 0);
		expect(counts[3]).toBe(level3);
	});

	it('picks one readable statement clause per level, cues marked at that level', () => {
		const examples = exampleClauses(data.clauses, data.cues, 'joint-statement-2026');
		expect(examples).toHaveLength(5);
		examples.forEach((ex, level) => {
			expect(ex?.level).toBe(level);
			expect(ex?.href).toMatch(/^\/text#p-\d+$/);
			expect(ex?.text.length).toBeLessThanOrEqual(200);
			const cues = ex?.spans.filter((s) => s.kind === 'cue') ?? [];
			expect(cues.length).toBeGreaterThan(0);
			expect(cues.every((s) => s.level === level)).toBe(true);
			// The clause really is at that level in the data, in the linked paragraph.
			const row = data.clauses.find((c) => c.start === ex?.start);
			expect(row?.level).toBe(level);
			expect(ex?.href).toBe(`/text#p-${row?.paragraphNo}`);
		});
	});

	it('takes the first figure of each kind, with its hedge, linked to its paragraph', () => {
		const [money, count] = figureExamples(data.figures, ['money', 'count']);
		expect(money).toMatchObject({
			quote: 'nearly US$61 billion',
			qualifier: 'nearly',
			href: '/text#article-2026-02-p-6'
		});
		expect(count?.kind).toBe('count');
		expect(figureExamples(data.figures, [])).toEqual([]);
	});

	it('lists each public source once with what it supports', () => {
		// As the method page calls it: every record of each event, reference facts merged into a
		// text event included.
		const sources = referenceSources(data.eventSources, data.routes);
		const urls = new Set([
			...data.eventSources.filter((e) => e.origin === 'reference').map((e) => e.sourceUrl),
			...data.routes.filter((r) => r.originOfFact === 'reference').map((r) => r.sourceUrl)
		]);
		expect(sources.map((s) => s.url).sort()).toEqual([...urls].filter(Boolean).sort());
		const eeas = sources.find((s) => s.url.includes('eeas.europa.eu'));
		expect(eeas?.supports.length).toBeGreaterThan(1);
		// Each is named by its reviewed publisher and title, route origins included.
		for (const s of sources) {
			expect(s.title).not.toBe('');
			expect(s.publisher).not.toBe(new URL(s.url).hostname);
		}
		const routes = sources.filter((s) => s.supports.some((x) => x.endsWith('origin airport')));
		expect(routes).toHaveLength(data.routes.filter((r) => r.originOfFact === 'reference').length);
	});

	it('finds the visits the article counts but does not all name', () => {
		const found = visitsCountedVersusNamed(data.figures, data.visits);
		expect(found).toMatchObject({ quote: 'seven visits to Europe', counted: 7, named: 6 });
		expect(found?.href).toBe('/text#article-2026-02-p-4');
		const allNamed = data.visits.map((v) => ({ ...v, count: v.direction === 'outbound' ? 2 : 1 }));
		expect(visitsCountedVersusNamed(data.figures, allNamed)).toBeNull();
	});

	it('takes a target’s quantity and deadline from the first clause that sets one', () => {
		const first = data.clauses.find((c) => c.target);
		const found = targetExample(data.clauses, data.cues);
		expect(found?.href).toBe(`/text#p-${first?.paragraphNo}`);
		const own = data.cues.filter((q) => q.clauseId === first?.clauseId);
		expect(own.map((q) => q.text)).toEqual(
			expect.arrayContaining([found?.quantity, found?.deadline])
		);
		expect(
			targetExample(
				data.clauses.map((c) => ({ ...c, target: false })),
				data.cues
			)
		).toBeNull();
	});
});
