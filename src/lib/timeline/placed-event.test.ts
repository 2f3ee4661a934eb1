import { describe, expect, it } from 'vitest';
import { chartLabel, eventFacts } from './placed-event';
import { eventSource, type TimelineEvent } from './timeline-event';

const milan: TimelineEvent = {
	eventId: '2025-07-direct-air-route-to-milan-italy-july-2025',
	date: '2025-07',
	precision: 'month',
	title: 'Direct air route to Milan, Italy (July 2025)',
	kind: 'route',
	docId: 'article-2026-02',
	paragraphNo: 14,
	quote: 'Milan, Italy (July 2025)',
	origin: 'text',
	sourceUrl: '',
	sourcePublisher: '',
	sourceTitle: '',
	note: '',
	otherSources: []
};

describe('chartLabel', () => {
	it('drops a closing date that repeats the position, and nothing else', () => {
		expect(chartLabel(milan.title, 'July 2025')).toBe('Direct air route to Milan, Italy');
		expect(chartLabel('EVIPA (2025) ratified', '2025')).toBe('EVIPA (2025) ratified');
		expect(chartLabel('Relations (75th anniversary in 2025)', '1950')).toBe(
			'Relations (75th anniversary in 2025)'
		);
	});
});

describe('eventFacts', () => {
	it('names the event with what, when, where from and its source', () => {
		const facts = eventFacts(milan, { 'article-2026-02': 'Article' });
		expect(facts.accessibleName).toBe(
			'Jul 2025: Direct air route to Milan, Italy (July 2025); route, from the texts; source: Article ¶14'
		);
		expect(facts.tooltip).toContain('“Milan, Italy (July 2025)”');
		expect(facts.label).toBe('Direct air route to Milan, Italy');
	});
	it('lists the event’s other records: a reference fact opens its page', () => {
		const both: TimelineEvent = {
			...milan,
			sourceUrl: 'https://vietnamnews.vn/x',
			otherSources: [
				{
					origin: 'reference',
					docId: '',
					paragraphNo: null,
					sourceUrl: 'https://vietnamnews.vn/x',
					sourcePublisher: 'Viet Nam News',
					sourceTitle: 'Direct route to Milan'
				}
			]
		};
		const facts = eventFacts(both, { 'article-2026-02': 'Article' });
		expect(facts.source.label).toBe('Article ¶14');
		expect(facts.otherSources).toEqual([
			{
				href: 'https://vietnamnews.vn/x',
				external: true,
				label: 'Viet Nam News',
				title: 'Direct route to Milan'
			}
		]);
		expect(facts.tooltip.split('\n').at(-1)).toBe('Also: Viet Nam News, “Direct route to Milan”');
		expect(facts.accessibleName).toContain('from the texts (2 sources)');
	});
});

describe('eventSource', () => {
	it('refuses an event that cannot open its source', () => {
		expect(() => eventSource({ ...milan, paragraphNo: null }, {})).toThrow(/no source paragraph/);
		expect(() => eventSource({ ...milan, origin: 'reference' }, {})).toThrow(/no source URL/);
		expect(() =>
			eventSource({ ...milan, origin: 'reference', sourceUrl: 'https://cms.example/x' }, {})
		).toThrow(/no source publisher or title/);
	});
});
