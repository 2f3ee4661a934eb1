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
