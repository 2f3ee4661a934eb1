/**
 * The timeline's filters (origin: text or reference; kind of event) as URL view state: which
 * keys it reads, which values are valid, and which events a view shows. With no filter, or
 * without JavaScript, every event shows.
 */
import type { ViewState } from '$lib/url-state';
import type { TimelineEvent } from './timeline-event';

export const FILTER_KEYS = ['origin', 'kind'] as const;

export const ORIGINS = [
	{ value: '', label: 'All' },
	{ value: 'text', label: 'Texts' },
	{ value: 'reference', label: 'Reference list' }
] as const;

/** Valid values per key, for `readViewState`: kinds are those the events have. */
export function filterChecks(
	events: readonly TimelineEvent[]
): Record<(typeof FILTER_KEYS)[number], (value: string) => boolean> {
	const kinds = new Set<string>(events.map((e) => e.kind));
	return {
		origin: (v) => v === 'text' || v === 'reference',
		kind: (v) => kinds.has(v)
	};
}

export function matchesView(event: TimelineEvent, view: ViewState): boolean {
	return (!view.origin || event.origin === view.origin) && (!view.kind || event.kind === view.kind);
}

/** Ids of the events a view hides. */
export function hiddenEvents(events: readonly TimelineEvent[], view: ViewState): Set<string> {
	return new Set(events.filter((e) => !matchesView(e, view)).map((e) => e.eventId));
}

/** Kinds with their number of events, most frequent first (ties alphabetical). */
export function kindCounts(events: readonly TimelineEvent[]): { kind: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
	return (
		[...counts]
			.map(([kind, count]) => ({ kind, count }))
			// Kinds are ASCII ids: compared as code units, not with localeCompare, whose first call
			// loads the browser's collation data (48 ms of /timeline's start on a 4× slowed CPU).
			.sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
	);
}
