import { describe, expect, it } from 'vitest';
import { seedEvents } from './seed-events';
import { filterChecks, hiddenEvents, kindCounts, matchesView } from './timeline-filter';

const { events } = seedEvents();

describe('timeline filters', () => {
	it('accepts only origins and kinds the events have', () => {
		const checks = filterChecks(events);
		expect(checks.origin('reference')).toBe(true);
		expect(checks.origin('rumour')).toBe(false);
		expect(checks.kind('route')).toBe(true);
		expect(checks.kind('<script>')).toBe(false);
	});
	it('hides nothing without a filter, and combines origin and kind', () => {
		expect(hiddenEvents(events, {}).size).toBe(0);
		const shown = events.filter((e) => matchesView(e, { origin: 'text', kind: 'route' }));
		expect(shown.map((e) => e.date)).toEqual(['2025-07', '2025-10', '2025-12']);
		expect(hiddenEvents(events, { origin: 'reference' }).size).toBe(33);
	});
	it('counts the kinds, most frequent first', () => {
		const counts = kindCounts(events);
		expect(counts[0]).toEqual({ kind: 'agreement', count: 14 });
		expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(44);
		expect(counts.find((c) => c.kind === 'upgrade')?.count).toBe(1);
	});
});
