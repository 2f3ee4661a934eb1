/**
 * Dates at the precision the text gives them, for people: "2025", "July 2025" ("Jul 2025"),
 * "29 January 2026". One formatter for the map, the timeline and the text pages.
 */
import { MONTH_NAMES } from '$lib/analysis/months';

/** "2026-01-29" → "29 January 2026", "2025-12" → "December 2025" ("Dec 2025" short), "2025" → "2025". */
export function formatPartialDate(date: string, style: 'long' | 'short' = 'long'): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return date;
	const [, year, month, day] = match;
	const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
	if (!name) return year ?? date;
	const shown = style === 'short' ? name.slice(0, 3) : name;
	return day ? `${Number(day)} ${shown} ${year}` : `${shown} ${year}`;
}
