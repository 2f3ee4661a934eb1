/** The site's pages in navigation order (header, footer, the 404 page and tests read this list). */
export const PAGES = [
	{ href: '/', label: 'Overview', summary: '2025 in numbers and the joint statement at a glance' },
	{ href: '/commitments', label: 'Commitments', summary: 'how firmly each chapter commits' },
	{ href: '/sectors', label: 'Sectors', summary: 'which sectors the texts name, and where' },
	{
		href: '/compare',
		label: 'Compare',
		summary: 'the joint statement beside other partnerships’ statements'
	},
	{ href: '/analyse', label: 'Analyse', summary: 'any statement, read in your browser' },
	{ href: '/map', label: 'Map', summary: 'air routes, delegations and visits' },
	{
		href: '/timeline',
		label: 'Timeline',
		summary: 'dated events, past milestones to future targets'
	},
	{ href: '/text', label: 'Text', summary: 'both texts, annotated and searchable' },
	{ href: '/data', label: 'Data', summary: 'every table, with downloads' },
	{ href: '/method', label: 'Method', summary: 'how the texts are read, and the limits' }
] as const;

/**
 * Where a horizontally scrolling strip must scroll so that an item is in full view: unchanged
 * when it already is, else just far enough, keeping `margin` px of the neighbour in sight (so
 * the strip still shows it scrolls). Offsets are in the strip's scroll coordinates.
 */
export function scrollLeftToShow(
	strip: { scrollLeft: number; clientWidth: number; scrollWidth: number },
	item: { left: number; width: number },
	margin = 24
): number {
	const max = Math.max(0, strip.scrollWidth - strip.clientWidth);
	let next = strip.scrollLeft;
	if (item.left + item.width + margin > strip.scrollLeft + strip.clientWidth) {
		next = item.left + item.width + margin - strip.clientWidth;
	}
	if (item.left - margin < next) next = item.left - margin;
	return Math.min(max, Math.max(0, next));
}
