/** The site's pages in navigation order (header, footer and tests read this list). */
export const PAGES = [
	{ href: '/', label: 'Overview' },
	{ href: '/commitments', label: 'Commitments' },
	{ href: '/sectors', label: 'Sectors' },
	{ href: '/map', label: 'Map' },
	{ href: '/timeline', label: 'Timeline' },
	{ href: '/text', label: 'Text' },
	{ href: '/data', label: 'Data' },
	{ href: '/method', label: 'Method' }
] as const;
