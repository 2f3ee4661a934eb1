/**
 * Short labels for the /text controls and headings: a document by its kind and date (titles
 * run to a hundred characters and would overflow a phone-width select), and partial ISO dates
 * in words at their precision (formatted by $lib/format/dates).
 */
import { formatPartialDate } from '$lib/format/dates';

export function documentLabel(kind: string, date: string): string {
	const words = kind.replace(/[-_]+/g, ' ').trim();
	const name = words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Document';
	const when = formatPartialDate(date);
	return when ? `${name}, ${when}` : name;
}
