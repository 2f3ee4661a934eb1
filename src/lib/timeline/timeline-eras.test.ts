import { describe, expect, it } from 'vitest';
import { seedEvents } from './seed-events';
import { eraAt, relationsStart, timelineEras, timelineSpan, upgradeEvent } from './timeline-eras';
import { eventPeriod } from './event-dates';

const { events } = seedEvents();
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('timeline eras from the seed events', () => {
	const eras = timelineEras(events);

	it('runs from the earliest event through the start of relations, 2025, the upgrade, to 2050', () => {
		expect(eras.map((e) => [e.id, iso(e.start), iso(e.end)])).toEqual([
			['before', '1950-01-01', '1990-01-01'],
			['past', '1990-01-01', '2025-01-01'],
			['year', '2025-01-01', '2026-01-01'],
			['upgrade', '2026-01-01', '2026-03-01'],
			['targets', '2026-03-01', '2051-01-01']
		]);
	});
	it('names each era from the data', () => {
		expect(eras.map((e) => e.label)).toEqual([
			'Before 1990',
			'Milestones 1990–2024',
			'2025 in detail',
			'Upgrade, 29 Jan 2026',
			'Targets to 2050'
		]);
		expect(timelineSpan(eras)).toEqual({ from: 1950, relations: 1990, to: 2050 });
	});
	it('finds the upgrade and the start of relations (the 35 years counted back)', () => {
		expect(upgradeEvent(events).title).toMatch(/^Joint Statement approved in Hanoi/);
		const periods = events.map((e) => eventPeriod(e.date, e.precision));
		expect(iso(relationsStart(events, periods))).toBe('1990-01-01');
	});
	it('puts every event in the era of its start', () => {
		const count = (id: string) =>
			events.filter((e) => eraAt(eras, eventPeriod(e.date, e.precision).start).id === id).length;
		expect([
			count('before'),
			count('past'),
			count('year'),
			count('upgrade'),
			count('targets')
		]).toEqual([4, 14, 19, 3, 4]);
	});
});
