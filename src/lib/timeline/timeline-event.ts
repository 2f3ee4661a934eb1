/**
 * The fields of an event row the timeline uses, and where each event's source lives: a paragraph
 * of the texts (`/text#…`) or, for a reference fact, its public source page.
 */
import type { EventRow } from '$lib/contract/tables';
import { textHref } from '$lib/links';

/** The fields of an event the timeline draws (and nothing more travels to the page). */
const TIMELINE_FIELDS = [
	'eventId',
	'date',
	'precision',
	'title',
	'kind',
	'docId',
	'paragraphNo',
	'quote',
	'origin',
	'sourceUrl',
	'note'
] as const satisfies readonly (keyof EventRow)[];

export type TimelineEvent = Pick<EventRow, (typeof TIMELINE_FIELDS)[number]>;

export interface EventSource {
	href: string;
	external: boolean;
	/** Short words for the link: "Joint statement ¶60" or "vietnamnews.vn". */
	label: string;
}

/** "www.example.org/x" → "example.org": the domain a reader sees before leaving the site. */
export function sourceDomain(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Where an event opens. Throws when a text event has no paragraph or a reference fact no URL:
 * every mark on the timeline must lead to its source, so a gap is a data error.
 */
export function eventSource(
	event: TimelineEvent,
	docNames: Readonly<Record<string, string>>
): EventSource {
	if (event.origin === 'reference') {
		if (!event.sourceUrl) throw new Error(`Reference event ${event.eventId} has no source URL`);
		return { href: event.sourceUrl, external: true, label: sourceDomain(event.sourceUrl) };
	}
	if (event.paragraphNo === null || !event.docId) {
		throw new Error(`Text event ${event.eventId} has no source paragraph`);
	}
	const doc = docNames[event.docId] ?? event.docId;
	return {
		href: textHref(event.docId, event.paragraphNo),
		external: false,
		label: `${doc} ¶${event.paragraphNo}`
	};
}

/** "joint-statement" → "Joint statement": the short name of a document, from its kind. */
export function docShortName(kind: string): string {
	const words = kind.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Only the fields the timeline draws, so a page's hydration data carries nothing more. */
export function toTimelineEvent(e: EventRow): TimelineEvent {
	return Object.fromEntries(TIMELINE_FIELDS.map((k) => [k, e[k]])) as TimelineEvent;
}
