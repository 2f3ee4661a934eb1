/**
 * The three prerendered layouts of the timeline and the widths they are drawn at. The page
 * carries all three; CSS container queries show the one that fits, so no script is needed.
 * /timeline computes them on the server (its page data): placing the labels took a quarter of
 * the page's start in the browser (86 ms on a 4× slowed CPU).
 * The narrow width is what a 360 px phone leaves for a figure; the wide one is the figure's
 * width on a laptop (the page is at most 76 rem wide).
 */
import { narrowLayout, type NarrowLayout } from './layout-narrow';
import { wideLayout, type WideLayout } from './layout-wide';
import type { TimelineEvent } from './timeline-event';

export const TIMELINE_WIDTHS = { narrow: 294, medium: 520, wide: 1150 } as const;

export function layoutWide(
	events: readonly TimelineEvent[],
	docNames: Readonly<Record<string, string>>
): WideLayout {
	return wideLayout(events, { width: TIMELINE_WIDTHS.wide, docNames });
}

export function layoutNarrow(
	events: readonly TimelineEvent[],
	docNames: Readonly<Record<string, string>>,
	width: number
): NarrowLayout {
	return narrowLayout(events, { width, docNames });
}

export interface TimelineLayouts {
	wide: WideLayout;
	medium: NarrowLayout;
	narrow: NarrowLayout;
}

export function timelineLayouts(
	events: readonly TimelineEvent[],
	docNames: Readonly<Record<string, string>>
): TimelineLayouts {
	return {
		wide: layoutWide(events, docNames),
		medium: layoutNarrow(events, docNames, TIMELINE_WIDTHS.medium),
		narrow: layoutNarrow(events, docNames, TIMELINE_WIDTHS.narrow)
	};
}
