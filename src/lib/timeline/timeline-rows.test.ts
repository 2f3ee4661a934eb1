import { describe, expect, it } from 'vitest';
import { seedEvents } from './seed-events';
import { docShortName } from './timeline-event';
import { timelineRows } from './timeline-rows';

const { events, docKinds } = seedEvents();
const docNames = Object.fromEntries(
	Object.entries(docKinds).map(([id, k]) => [id, docShortName(k)])
);

describe('timelineRows', () => {
	const rows = timelineRows(events, docNames);

	it('lists every event once, in time order', () => {
		expect(rows).toHaveLength(52);
		expect(new Set(rows.map((r) => r.eventId)).size).toBe(52);
		expect(rows[0]?.date).toBe('1950');
		expect(rows.at(-1)?.date).toBe('2050');
		expect(rows.filter((r) => r.origin === 'reference')).toHaveLength(16);
	});
	it('links a text fact to its paragraph and a reference fact to its public source', () => {
		const upgrade = rows.find((r) => r.kind === 'upgrade');
		expect(upgrade).toMatchObject({
			dateLabel: '29 Jan 2026',
			href: '/text#p-60',
			sourceLabel: 'Joint statement ¶60',
			external: false,
			quote: 'This document is approved in Hanoi on 29 January 2026'
		});
		const costa = rows.find((r) => r.origin === 'reference' && r.kind === 'visit');
		expect(costa?.href).toBe(
			'https://vietnamnet.vn/en/european-council-president-begins-vietnam-visit-2486030.html'
		);
		expect(costa?.sourceLabel).toBe('vietnamnet.vn');
		expect(costa?.external).toBe(true);
	});
	it('keeps both the text and the reference date of the Munich route, never merged', () => {
		const munich = rows.filter((r) => /Munich/.test(r.title));
		expect(munich.map((r) => [r.date, r.origin, r.sourceLabel])).toEqual([
			['2024-10', 'reference', 'aviation24.be'],
			['2025-10', 'text', 'Article ¶14']
		]);
		expect(munich[0]?.note).toMatch(/article dates this route October 2025/);
	});
	it('keeps both accounts of 1990, the text one first', () => {
		const start = rows.filter((r) => r.date === '1990');
		expect(start.map((r) => r.origin)).toEqual(['text', 'reference']);
		expect(start[0]?.href).toBe('/text#article-2026-02-p-12');
	});
});
