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
		expect(rows).toHaveLength(44);
		expect(new Set(rows.map((r) => r.eventId)).size).toBe(44);
		expect(rows[0]?.date).toBe('1950');
		expect(rows.at(-1)?.date).toBe('2050');
		expect(rows.filter((r) => r.origin === 'reference')).toHaveLength(11);
	});
	it('links a text fact to its paragraph and a reference fact to its public source', () => {
		const upgrade = rows.find((r) => r.kind === 'upgrade');
		expect(upgrade).toMatchObject({
			dateLabel: '29 Jan 2026',
			href: '/text#p-60',
			sourceLabel: 'Joint statement ¶60',
			external: false,
			quote: 'This document is approved in Hanoi on 29 January 2026',
			otherSources: ''
		});
		const pca = rows.find((r) => r.origin === 'reference' && /PCA\) signed/.test(r.title));
		expect(pca?.href).toBe('https://era.gv.at/object/news/2829');
		expect(pca?.sourceLabel).toBe('ERA Portal Austria');
		expect(pca?.sourceTitle).toBe(
			'New partnership and cooperation agreement with Vietnam enters into force'
		);
		expect(pca?.external).toBe(true);
	});
	it('names every reference source by its publisher and title, never by a host name', () => {
		const reference = rows.filter((r) => r.origin === 'reference');
		for (const row of reference) {
			expect(row.sourceTitle).not.toBe('');
			expect(row.sourceLabel).not.toContain(new URL(row.href).hostname.replace(/^www\./, ''));
		}
		const evfta = rows.find((r) => r.title === 'EVFTA and EVIPA signed in Hanoi');
		expect(evfta?.href).toContain('magnolia-platform.com');
		expect([evfta?.sourceLabel, evfta?.sourceTitle]).toEqual([
			'Herbert Smith Freehills',
			'European Parliament approves EU–Vietnam trade and investment agreements'
		]);
	});
	it('shows the Munich route once, with the text’s date, and the reference’s date in its note', () => {
		const munich = rows.filter((r) => /Munich/.test(r.title));
		expect(munich.map((r) => [r.date, r.origin, r.sourceLabel, r.otherSources])).toEqual([
			[
				'2025-10',
				'text',
				'Article ¶12',
				'Aviation24.be, “Vietnam Airlines expands network with flights to Munich Airport, its fourth European destination”'
			]
		]);
		expect(munich[0]?.note).toMatch(
			/^Reference data dates it October 2024; the text’s date is shown\./
		);
	});
	it('shows 1990 once, from the text, with its other records', () => {
		const start = rows.filter((r) => r.date === '1990');
		expect(start.map((r) => r.origin)).toEqual(['text']);
		expect(start[0]?.href).toBe('/text#article-2026-02-p-10');
		expect(start[0]?.otherSources).toBe(
			'Joint statement ¶3; Article ¶21; European External Action Service (EU Delegation to Vietnam), “Political relations (archived page of the EU Delegation to Vietnam)”'
		);
		expect(start[0]?.otherLinks.at(-1)?.external).toBe(true);
	});
});
