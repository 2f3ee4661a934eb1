/**
 * Dates at their precision. An event dated "2025" happened some time in 2025, "2025-07" some time
 * in July 2025: the timeline draws such events as a bar over the whole period rather than
 * inventing a day, and says so in its legend. Times are UTC milliseconds, `end` exclusive.
 */
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

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** "29 Jan 2026", "Jul 2025", "2025" (short) or "29 January 2026", "July 2025" (long). */
export function formatEventDate(
	date: string,
	precision: Precision,
	style: 'short' | 'long' = 'short'
): string {
	const { start } = eventPeriod(date, precision);
	const d = new Date(start);
	const year = String(d.getUTCFullYear());
	if (precision === 'year') return year;
	const name = MONTHS[d.getUTCMonth()] ?? '';
	const month = style === 'long' ? name : name.slice(0, 3);
	return precision === 'month' ? `${month} ${year}` : `${d.getUTCDate()} ${month} ${year}`;
}

/** Short month name for ticks ("Jan"). */
export function monthName(month: number): string {
	return (MONTHS[month] ?? '').slice(0, 3);
}
