/**
 * The timeline's eras, read from the events themselves: context before relations began, past
 * milestones since relations began, the year before the upgrade in detail, the upgrade itself,
 * and the targets that follow. Nothing is hard-coded: the start of relations is the earliest
 * Viet Nam–EU relations event, the upgrade is the `upgrade` event, the end is the last target.
 */
import { eventPeriod, formatEventDate, type Period } from './event-dates';
import type { TimelineEvent } from './timeline-event';

export type EraId = 'before' | 'past' | 'year' | 'upgrade' | 'targets';

export interface Era {
	id: EraId;
	/** Heading shown over the era. */
	label: string;
	start: number;
	end: number;
}

const utcYear = (t: number) => new Date(t).getUTCFullYear();

/** The event that upgraded relations; without one, the latest event that is not a target. */
export function upgradeEvent(events: readonly TimelineEvent[]): TimelineEvent {
	const upgrade = events.find((e) => e.kind === 'upgrade');
	if (upgrade) return upgrade;
	const past = events.filter((e) => e.kind !== 'target');
	const latest = past.reduce<TimelineEvent | undefined>(
		(best, e) =>
			!best || eventPeriod(e.date, e.precision).start > eventPeriod(best.date, best.precision).start
				? e
				: best,
		undefined
	);
	if (!latest) throw new Error('The timeline needs at least one event');
	return latest;
}

/** Start of Viet Nam–EU relations: the earliest relations event naming the EU (or EC/EU). */
export function relationsStart(
	events: readonly TimelineEvent[],
	periods: readonly Period[]
): number {
	const starts = events
		.map((e, i) => ({ e, start: (periods[i] as Period).start }))
		.filter(({ e }) => e.kind === 'relations' && /\bE[CU]\b/.test(e.title))
		.map(({ start }) => start);
	return starts.length ? Math.min(...starts) : Math.min(...periods.map((p) => p.start));
}

export function timelineEras(events: readonly TimelineEvent[]): Era[] {
	if (events.length === 0) throw new Error('The timeline needs at least one event');
	const periods = events.map((e) => eventPeriod(e.date, e.precision));
	const earliest = Math.min(...periods.map((p) => p.start));
	const latest = Math.max(...periods.map((p) => p.end));
	const upgrade = upgradeEvent(events);
	const upgradeAt = new Date(eventPeriod(upgrade.date, upgrade.precision).start);
	const upgradeYear = upgradeAt.getUTCFullYear();
	const relations = relationsStart(events, periods);
	const yearStart = Date.UTC(upgradeYear - 1, 0, 1);
	const upgradeStart = Date.UTC(upgradeYear, 0, 1);
	// The upgrade era runs to the end of the month after the upgrade, room for its follow-ups.
	const upgradeEnd = Date.UTC(upgradeYear, upgradeAt.getUTCMonth() + 2, 1);

	const eras: Era[] = [];
	if (earliest < relations) {
		eras.push({
			id: 'before',
			label: `Before ${utcYear(relations)}`,
			start: earliest,
			end: relations
		});
	}
	eras.push(
		{
			id: 'past',
			label: `Milestones ${utcYear(relations)}–${upgradeYear - 2}`,
			start: Math.min(relations, yearStart),
			end: yearStart
		},
		{ id: 'year', label: `${upgradeYear - 1} in detail`, start: yearStart, end: upgradeStart },
		{
			id: 'upgrade',
			label: `Upgrade, ${formatEventDate(upgrade.date, upgrade.precision)}`,
			start: upgradeStart,
			end: upgradeEnd
		}
	);
	if (latest > upgradeEnd) {
		eras.push({
			id: 'targets',
			label: `Targets to ${utcYear(latest - 1)}`,
			start: upgradeEnd,
			end: latest
		});
	}
	return eras;
}

/** The era an instant falls in (the last era holds its own end). */
export function eraAt(eras: readonly Era[], t: number): Era {
	const era = eras.find((e) => t >= e.start && t < e.end) ?? eras[eras.length - 1];
	if (!era) throw new Error('No eras');
	return era;
}

/**
 * The years the timeline spans, for headings: `from` and `to` are the years of its first and last
 * event (the axis runs exactly that far, so a title never promises less or more than it draws),
 * `relations` the year Viet Nam–EU relations began, which may come later than `from`.
 */
export function timelineSpan(eras: readonly Era[]): {
	from: number;
	relations: number;
	to: number;
} {
	const first = eras[0];
	const last = eras[eras.length - 1];
	const past = eras.find((e) => e.id === 'past') ?? first;
	if (!first || !last || !past) throw new Error('No eras');
	return { from: utcYear(first.start), relations: utcYear(past.start), to: utcYear(last.end - 1) };
}
