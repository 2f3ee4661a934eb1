/**
 * Dates at their precision. An event dated "2025" happened some time in 2025, "2025-07" some time
 * in July 2025: the timeline draws such events as a bar over the whole period rather than
 * inventing a day, and says so in its legend. Times are UTC milliseconds, `end` exclusive.
 */
import { MONTH_NAMES } from '$lib/analysis/months';
import { formatPartialDate } from '$lib/format/dates';

export type Precision = 'year' | 'month' | 'day';

export interface Period {
	start: number;
	end: number;
}

const PATTERN: Record<Precision, RegExp> = {
	year: /^(\d{4})$/,
	month: /^(\d{4})-(\d{2})$/,
	day: /^(\d{4})-(\d{2})-(\d{2})$/
};

/** The period an ISO partial date covers; throws when the date does not match its precision. */
export function eventPeriod(date: string, precision: Precision): Period {
	const match = PATTERN[precision].exec(date);
	if (!match) throw new Error(`Date "${date}" does not have ${precision} precision`);
	const year = Number(match[1]);
	const month = match[2] === undefined ? 0 : Number(match[2]) - 1;
	const day = match[3] === undefined ? 1 : Number(match[3]);
	const start = Date.UTC(year, month, day);
	const end =
		precision === 'year'
			? Date.UTC(year + 1, 0, 1)
			: precision === 'month'
				? Date.UTC(year, month + 1, 1)
				: Date.UTC(year, month, day + 1);
	return { start, end };
}

/** Characters of an ISO date at each precision ("2025", "2025-07", "2025-07-01"). */
const PRECISION_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

/** "29 Jan 2026", "Jul 2025", "2025" (short) or "29 January 2026", "July 2025" (long). */
export function formatEventDate(
	date: string,
	precision: Precision,
	style: 'short' | 'long' = 'short'
): string {
	return formatPartialDate(date.slice(0, PRECISION_LENGTH[precision]), style);
}

/** Short month name for ticks ("Jan"). */
export function monthName(month: number): string {
	return (MONTH_NAMES[month] ?? '').slice(0, 3);
}
