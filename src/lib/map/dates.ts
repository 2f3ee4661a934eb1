/** Dates at the precision the text gives them: 2025 · July 2025 (Jul 2025) · 29 January 2026. */
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

export function formatPartialDate(date: string, style: 'long' | 'short' = 'long'): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return date;
	const [, year, month, day] = match;
	const name = month ? MONTHS[Number(month) - 1] : undefined;
	if (!name) return year ?? date;
	const shown = style === 'short' ? name.slice(0, 3) : name;
	return day ? `${Number(day)} ${shown} ${year}` : `${shown} ${year}`;
}
