import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDashboard } from '../data-package/dashboard-json';
import { IMAGE_BOX } from '../export/slide-image';
import { slidePictureBoxes } from '../export/slide-boxes.testing';
import { eventPeriod } from './event-dates';
import { SLIDE_LABEL_PX, leaveOutOrder, timelineSlideLayout } from './slide-layout';
import { parseSlideBox, slideSearch } from './slide-params';
import { textWidth } from './text-measure';
import { docNamesOf, timelineEventsOf } from './timeline-event';
import { timelineEras } from './timeline-eras';

const data = parseDashboard(readFileSync('data/dashboard.json', 'utf8'));
const events = timelineEventsOf(data);
const docNames = docNamesOf(data.documents);
const BOXES = slidePictureBoxes({
	title: 'Viet Nam–EU relations in context, 1950 to 2050',
	subtitle:
		'From 1950, through the start of relations in 1990, to the targets of 2050; filled marks are read out of the texts, hollow ones come from the reference list. The slide holds the events it can show at a legible size.',
	source: 'Sources: the Joint Statement, the article and a reference list of public sources.'
});
const CASES = Object.entries(BOXES).flatMap(([name, box]) =>
	(['span', 'detail'] as const).map((window) => ({ name, box, window }))
);

describe('the timeline drawn for a slide', () => {
	it.each(CASES)('labels at 24 px, inside the $name box ($window)', ({ box, window }) => {
		const { layout, shown } = timelineSlideLayout(events, docNames, box, window);
		// Fitted into the box as pictureSvg fits it: the smaller of the two ratios.
		const fit = Math.min(box.width / layout.width, box.height / layout.height);
		expect(layout.fontSize * fit).toBeGreaterThanOrEqual(SLIDE_LABEL_PX - 0.1);
		expect(layout.events).toHaveLength(shown);
		expect(shown).toBeGreaterThanOrEqual(5);
	});

	it.each(CASES)(
		'sets the era headings apart and inside the $name box ($window)',
		({ box, window }) => {
			const { layout } = timelineSlideLayout(events, docNames, box, window);
			const edges = layout.bands.map((b) => {
				const half = textWidth(b.era.label, layout.fontSize * 0.96, true) / 2;
				return [b.labelX - half, b.labelX + half] as const;
			});
			expect(edges[0]![0]).toBeGreaterThanOrEqual(0);
			expect(edges.at(-1)![1]).toBeLessThanOrEqual(layout.width);
			for (let i = 1; i < edges.length; i++) expect(edges[i]![0]).toBeGreaterThan(edges[i - 1]![1]);
		}
	);

	it('keeps the first and last events of the whole span, and the upgrade', () => {
		const { layout, shown, inWindow } = timelineSlideLayout(
			events,
			docNames,
			BOXES['PowerPoint picture'],
			'span'
		);
		const titles = layout.events.map((e) => e.event.title);
		expect(inWindow).toBe(events.length);
		expect(shown).toBeLessThan(inWindow);
		expect(titles[0]).toMatch(/^Viet Nam–(Central and Eastern European|Russian)/);
		expect(titles.at(-1)).toMatch(/2050/);
		expect(titles).toContain(
			'Joint Statement approved in Hanoi (Comprehensive Strategic Partnership)'
		);
	});

	it('shows only the year in detail and the upgrade in the detail window', () => {
		const eras = timelineEras(events);
		const from = eras.find((e) => e.id === 'year')!.start;
		const to = eras.find((e) => e.id === 'upgrade')!.end;
		const { layout, inWindow } = timelineSlideLayout(events, docNames, IMAGE_BOX, 'detail');
		expect(inWindow).toBeLessThan(events.length);
		expect(layout.bands.map((b) => b.era.id)).toEqual(['year', 'upgrade']);
		for (const { event } of layout.events) {
			const period = eventPeriod(event.date, event.precision);
			expect(period.end > from && period.start < to, event.title).toBe(true);
		}
	});

	it('leaves out culture and anniversaries before agreements, targets and the upgrade', () => {
		const kinds = leaveOutOrder(events).map((e) => e.kind);
		expect(kinds.indexOf('cultural')).toBeLessThan(kinds.indexOf('agreement'));
		expect(kinds.lastIndexOf('anniversary')).toBeLessThan(kinds.indexOf('target'));
		expect(kinds.at(-1)).toBe('upgrade');
	});
});

describe('slide links', () => {
	it('round-trips a box and refuses what is not one', () => {
		const fallback = { width: 1, height: 1 };
		const search = new URLSearchParams(
			slideSearch({ width: 1776.4, height: 727 }, 'detail', 'dark')
		);
		expect(parseSlideBox(search.get('box'), fallback)).toEqual({ width: 1776, height: 727 });
		expect(search.get('window')).toBe('detail');
		for (const junk of [null, '', '99x99', '1792x', '1792x620x3', '99999x620', 'axb'])
			expect(parseSlideBox(junk, fallback)).toBe(fallback);
	});
});
