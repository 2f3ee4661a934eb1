/**
 * The timeline's title and description, from its span: the page, its export and its embed say
 * the same years, and those are the years the axis draws (first event to last), never a number
 * typed into a heading.
 */
import { timelineSpan, type Era } from './timeline-eras';

export interface TimelineCaption {
	title: string;
	description: string;
	span: ReturnType<typeof timelineSpan>;
}

/**
 * A slide's subtitle: it says that the slide holds fewer events than the figure, which ones it
 * keeps, and how many there are (kept to two lines of a PowerPoint subtitle).
 *
 * @param window  'detail': the year in detail and the upgrade (its era label), else the span
 * @param shown   the events drawn, when known (the embed knows; the page's caption does not)
 */
export function timelineSlideCaption(
	eras: readonly Era[],
	window: 'span' | 'detail',
	total: number,
	shown?: number
): string {
	const { from, to } = timelineSpan(eras);
	const year = eras.find((e) => e.id === 'year')?.label ?? 'the year in detail';
	const which = window === 'detail' ? `of ${year} and the upgrade` : `from ${from} to ${to}`;
	const count = shown === undefined ? `all ${total}` : `${shown} of ${total} here, all`;
	return `The events ${which} a slide holds at a legible size, the upgrade, relations, agreements and targets first (${count} on the dashboard); filled marks come from the texts, hollow ones from the reference list.`;
}

export function timelineCaption(eras: readonly Era[]): TimelineCaption {
	const span = timelineSpan(eras);
	// Events before relations began (other partners' anniversaries, conventions) are context.
	const context = span.from < span.relations;
	return {
		title: `Viet Nam–EU relations${context ? ' in context' : ''}, ${span.from} to ${span.to}`,
		description: `${context ? `From ${span.from}, through the start of relations in ${span.relations},` : `From the start of relations in ${span.from}`} to the targets of ${span.to}; filled marks are read out of the texts, hollow ones come from the reference list.`,
		span
	};
}
