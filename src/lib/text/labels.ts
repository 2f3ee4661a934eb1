/**
 * Short labels for the /text controls and headings: a document by its kind and date (titles
 * run to a hundred characters and would overflow a phone-width select), and partial ISO dates
 * in words at their precision.
 */
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
];

/** "2026-01-29" → "29 January 2026", "2026-02" → "February 2026", "2026" → "2026", "" → "". */
export function formatPartialDate(iso: string): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return year ?? '';
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "joint-statement", "2026-01-29" → "Joint statement, 29 January 2026". */
export function documentLabel(kind: string, date: string): string {
	const words = kind.replace(/[-_]+/g, ' ').trim();
	const name = words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Document';
	const when = formatPartialDate(date);
	return when ? `${name}, ${when}` : name;
}
