import { describe, expect, it } from 'vitest';
import { seedEvents } from './seed-events';
import { layoutNarrow, layoutWide, TIMELINE_WIDTHS } from './timeline-layouts';
import { timelineCaption, timelineSlideCaption } from './timeline-caption';
import { timelineEras } from './timeline-eras';
import type { TimelineEvent } from './timeline-event';

const { events } = seedEvents();
const event = (date: string, kind: TimelineEvent['kind'], title: string): TimelineEvent => ({
	eventId: `${date}-${kind}`,
	date,
	precision: 'year',
	title,
	kind,
	docId: 'doc',
	paragraphNo: 1,
	quote: title,
	origin: 'text',
	sourceUrl: '',
	sourcePublisher: '',
	sourceTitle: '',
	note: '',
	otherSources: []
});

describe('timelineCaption', () => {
	it('takes its years from the first and last event, and says when relations began', () => {
		const caption = timelineCaption(timelineEras(events));
		const years = events.map((e) => Number(e.date.slice(0, 4)));
		expect(caption.span).toEqual({
			from: Math.min(...years),
			relations: 1990,
			to: Math.max(...years)
		});
		expect(caption.title).toBe('Viet Nam–EU relations in context, 1950 to 2050');
		expect(caption.description).toMatch(
			/^From 1950, through the start of relations in 1990, to the targets of 2050;/
		);
	});
	it('follows the data: without the events before relations, it starts with relations', () => {
		const later = timelineCaption(
			timelineEras([
				event('1992', 'relations', 'EU–Viet Nam relations established'),
				event('2025', 'upgrade', 'Upgrade'),
				event('2040', 'target', 'A target')
			])
		);
		expect(later.span).toEqual({ from: 1992, relations: 1992, to: 2040 });
		expect(later.title).toBe('Viet Nam–EU relations, 1992 to 2040');
		expect(later.description).toMatch(
			/^From the start of relations in 1992 to the targets of 2040;/
		);
	});
	it('matches the axis: both layouts start at the first event’s year and end at the last', () => {
		const { span } = timelineCaption(timelineEras(events));
		const wide = layoutWide(events, {});
		const narrow = layoutNarrow(events, {}, TIMELINE_WIDTHS.narrow);
		for (const layout of [wide, narrow]) {
			expect(layout.ticks[0]?.label).toBe(String(span.from));
			const last = Math.max(...layout.ticks.filter((t) => t.major).map((t) => Number(t.label)));
			expect(last).toBe(span.to);
		}
		// The axis begins where the first event is, not decades earlier.
		const firstBand = wide.bands[0];
		const firstEvent = wide.events[0];
		expect(firstBand?.x0).toBe(8);
		expect(firstEvent?.event.date).toBe(String(span.from));
		expect(firstEvent && firstEvent.box.x).toBeLessThan(20);
	});
});

describe('timelineSlideCaption', () => {
	const eras = timelineEras(events);

	it('says which events a slide keeps and how many there are, in two subtitle lines', () => {
		const span = timelineSlideCaption(eras, 'span', 44, 7);
		expect(span).toMatch(/^The events from 1950 to 2050 a slide holds at a legible size/);
		expect(span).toContain('(7 of 44 here, all on the dashboard)');
		const detail = timelineSlideCaption(eras, 'detail', 44);
		expect(detail).toMatch(/^The events of 2025 in detail and the upgrade/);
		expect(detail).toContain('(all 44 on the dashboard)');
		// A PowerPoint subtitle holds two lines of about 115 characters.
		for (const text of [span, detail]) expect(text.length).toBeLessThanOrEqual(230);
	});
});
