/**
 * The geometry both timeline layouts hand to the SVG: one entry per event, already placed, so the
 * components only draw. Text facts and reference facts differ in mark (filled / hollow) and pole
 * (solid / dashed), never in colour alone.
 */
import { eventPeriod, formatEventDate, type Period } from './event-dates';
import {
	eventSource,
	otherEventSources,
	sourceText,
	type EventSource,
	type TimelineEvent
} from './timeline-event';
import type { EraId } from './timeline-eras';

export type Mark =
	| { shape: 'dot'; cx: number; cy: number; r: number }
	| { shape: 'bar'; x: number; y: number; width: number; height: number };

export interface TextLine {
	x: number;
	y: number;
	text: string;
	/** Words set in bold before the text (the date, where the position alone cannot say it). */
	lead?: string;
}

export interface PlacedEvent {
	event: TimelineEvent;
	source: EventSource;
	/** Where the event's other records open (another paragraph, a reference fact). */
	otherSources: EventSource[];
	era: EraId;
	/** "Jul 2025" on screen, "July 2025" for screen readers. */
	dateLabel: string;
	dateLong: string;
	/** The words announced for the link: what, when, where from, where it opens. */
	accessibleName: string;
	/** The hover text: title, date, source words or note. */
	tooltip: string;
	mark: Mark;
	/** Where the period sits on the axis, when the mark stands apart from it (vertical layout). */
	axisMark?: Mark;
	/** Leader line from the axis to the mark (SVG path), where the layout needs one. */
	pole: string | null;
	lines: TextLine[];
	textAnchor: 'start' | 'end';
	/** The area that takes the pointer and shows the focus ring. */
	box: { x: number; y: number; width: number; height: number };
}

export interface EventFacts {
	event: TimelineEvent;
	period: Period;
	/** The title as drawn: without a closing "(July 2025)" that only repeats the date. */
	label: string;
	source: EventSource;
	/** Where the event's other records open (another paragraph, a reference fact). */
	otherSources: EventSource[];
	dateLabel: string;
	dateLong: string;
	accessibleName: string;
	tooltip: string;
}

/** Everything about an event that does not depend on where it is drawn. */
export function eventFacts(
	event: TimelineEvent,
	docNames: Readonly<Record<string, string>>
): EventFacts {
	const period = eventPeriod(event.date, event.precision);
	const source = eventSource(event, docNames);
	const dateLabel = formatEventDate(event.date, event.precision);
	const dateLong = formatEventDate(event.date, event.precision, 'long');
	const from = event.origin === 'text' ? 'from the texts' : 'from the reference list';
	const words = event.quote ? `“${event.quote}”` : '';
	const others = otherEventSources(event, docNames);
	const also = others.length ? `Also: ${others.map(sourceText).join('; ')}` : '';
	const tooltip = [
		`${event.title} (${dateLong})`,
		words,
		event.note,
		`Source: ${sourceText(source)}`,
		also
	]
		.filter(Boolean)
		.join('\n');
	return {
		event,
		period,
		label: chartLabel(event.title, dateLong),
		source,
		otherSources: others,
		dateLabel,
		dateLong,
		// Starts with the words on screen (date as shown, then the title), so that speech
		// input can name the button by what it reads (WCAG 2.5.3); the details it opens link the
		// source.
		accessibleName: `${dateLabel}: ${event.title}; ${event.kind}, ${from}${others.length ? ` (${others.length + 1} sources)` : ''}; source: ${source.label}`,
		tooltip
	};
}

/** Events in time order, text facts before reference facts on the same date. */
export function chronological(facts: readonly EventFacts[]): EventFacts[] {
	return [...facts].sort(
		(a, b) =>
			a.period.start - b.period.start ||
			a.period.end - b.period.end ||
			(a.event.origin === b.event.origin ? 0 : a.event.origin === 'text' ? -1 : 1) ||
			a.event.title.localeCompare(b.event.title)
	);
}

/**
 * Drops a closing parenthesis that only repeats the event's own date ("Direct air route to
 * Milan, Italy (July 2025)" → "… Italy"): on the chart the position says it, and the table and
 * the hover text keep the full title.
 */
export function chartLabel(title: string, dateLong: string): string {
	const repeat = ` (${dateLong})`;
	return title.endsWith(repeat) && title.length > repeat.length
		? title.slice(0, -repeat.length)
		: title;
}
