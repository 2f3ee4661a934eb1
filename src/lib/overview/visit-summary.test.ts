import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { summariseVisits } from './visit-summary';

const data = loadDashboardData();

describe('the map preview’s line', () => {
	it('counts what the text counts, shows the named-vs-counted gap and the visit no count covers', () => {
		const summary = summariseVisits(data);
		expect(summary.counts).toEqual([
			{ what: 'delegations hosted', counted: 12, named: 12, qualifier: '' },
			{ what: 'visits made', counted: 7, named: 6, qualifier: '' }
		]);
		expect(summary.others).toEqual([['January 2026', 1]]);
		expect(summary.text).toBe(
			'12 delegations hosted and 7 visits made (6 named) in 2025, plus 1 visit in January 2026; 3 new air routes between Viet Nam and Europe.'
		);
	});

	it('without the counts, falls back to the visits the text names', () => {
		const summary = summariseVisits({ ...data, figures: [] });
		expect(summary.text).toBe(
			`${data.visits.length} visits; 3 new air routes between Viet Nam and Europe.`
		);
	});
});
