/**
 * The three prerendered layouts of the timeline and the widths they are drawn at. The page
 * carries all three; CSS container queries show the one that fits, so no script is needed.
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
