/**
 * The timeline drawn for a slide: not the web layout shrunk (its labels would be 4 pt on a
 * projector) but a window a slide can hold at a legible size. The layout is the wide one, laid
 * out at a width such that, fitted into the slide's picture box, its 12.5-unit labels come out at
 * 24 slide pixels; then events are left out until it fits the box's height: from the era
 * that holds most of them, the least telling first. The presenter picks the window: the whole span, or the year in detail and the upgrade.
 */
import { eventPeriod } from './event-dates';
import { wideLayout, type WideLayout } from './layout-wide';
import type { TimelineEvent } from './timeline-event';
import { eraAt, timelineEras } from './timeline-eras';
import type { TimelineWindow } from './slide-params';

/** Label size on the slide, in slide pixels (issue 11: axis and data labels ≥ 24 px). */
export const SLIDE_LABEL_PX = 24;
/** The wide layout's label size, in its own units. */
const LAYOUT_FONT = 12.5;

/**
 * Which events a crowded slide keeps, most telling first: the upgrade, how relations began, the
 * agreements, the targets, then the year's visits and routes, anniversaries and culture.
 */
const KIND_RANK: Readonly<Record<string, number>> = {
	upgrade: 0,
	relations: 1,
	agreement: 2,
	target: 3,
	visit: 4,
	route: 5,
	anniversary: 6,
	cultural: 7,
	other: 8
};

/**
 * The order in which events are left out: the least telling kind first; within a kind, a
 * reference fact before one the texts state, then the longest title (it takes most room).
 */
export function leaveOutOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
	const rank = (e: TimelineEvent) => KIND_RANK[e.kind] ?? KIND_RANK.other!;
	return [...events].sort(
		(a, b) =>
			rank(b) - rank(a) ||
			Number(a.origin === 'text') - Number(b.origin === 'text') ||
			b.title.length - a.title.length ||
			(a.eventId < b.eventId ? -1 : 1)
	);
}

export interface TimelineSlide {
	layout: WideLayout;
	/** Events drawn, and events in the window. */
	shown: number;
	inWindow: number;
}

export function timelineSlideLayout(
	events: readonly TimelineEvent[],
	docNames: Readonly<Record<string, string>>,
	box: { width: number; height: number },
	window: TimelineWindow
): TimelineSlide {
	const grow = SLIDE_LABEL_PX / LAYOUT_FONT;
	const width = Math.floor(box.width / grow);
	const maxHeight = box.height / grow;
	const all = timelineEras(events);
	const eras = window === 'detail' ? all.filter((e) => e.id === 'year' || e.id === 'upgrade') : all;
	const from = eras[0]?.start ?? -Infinity;
	const to = eras[eras.length - 1]?.end ?? Infinity;
	const inWindow = events.filter((e) => {
		const period = eventPeriod(e.date, e.precision);
		return period.start < to && period.end > from;
	});
	const layoutOf = (kept: readonly TimelineEvent[]) =>
		wideLayout(kept, { width, docNames, fontSize: LAYOUT_FONT, eras, margin: LAYOUT_FONT * 1.6 });
	// Left out from the era that holds most events, so that the slide still spans its window.
	// The first and last events stay: the axis, and the title, run from one to the other.
	const periods = new Map(inWindow.map((e) => [e, eventPeriod(e.date, e.precision)]));
	const by = (pick: (a: number, b: number) => boolean, side: 'start' | 'end') =>
		inWindow.reduce<TimelineEvent | undefined>(
			(best, e) => (!best || pick(periods.get(e)![side], periods.get(best)![side]) ? e : best),
			undefined
		);
	const ends = new Set([by((a, b) => a < b, 'start'), by((a, b) => a > b, 'end')]);
	const byEra = new Map<string, TimelineEvent[]>();
	for (const event of leaveOutOrder(inWindow.filter((e) => !ends.has(e)))) {
		const era = eraAt(eras, periods.get(event)!.start).id;
		byEra.set(era, [...(byEra.get(era) ?? []), event]);
	}
	const kept = new Set(inWindow);
	let layout = layoutOf(inWindow);
	while (layout.height > maxHeight && byEra.size > 0) {
		const crowded = [...byEra.values()].reduce((a, b) => (b.length > a.length ? b : a));
		if (crowded.length === 0) break;
		kept.delete(crowded.shift()!);
		layout = layoutOf(inWindow.filter((e) => kept.has(e)));
	}
	return { layout, shown: kept.size, inWindow: inWindow.length };
}
