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
	{ href: '/map', label: 'Map', summary: 'air routes, delegations and visits' },
	{ href: '/timeline', label: 'Timeline', summary: 'dated events from 1990 to 2050' },
	{ href: '/text', label: 'Text', summary: 'both texts, annotated and searchable' },
	{ href: '/data', label: 'Data', summary: 'every table, with downloads' },
	{ href: '/method', label: 'Method', summary: 'how the texts are read, and the limits' }
] as const;
