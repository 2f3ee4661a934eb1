/**
 * Takes the page-data files SvelteKit inlined at prerender back out of a page's HTML (see
 * $lib/page-data.ts for why the data travels beside the page). SvelteKit inlines every response a
 * universal load fetched as `<script type="application/json" data-sveltekit-fetched
 * data-url="…">`; in the browser, a fetch that finds no such script goes to the network.
 */
import { PAGE_DATA_FILE } from '$lib/page-data';

const INLINED =
	/<script type="application\/json" data-sveltekit-fetched data-url="([^"]*)"[^>]*>[\s\S]*?<\/script>/g;

export function withoutInlinedPageData(html: string): string {
	return html.replace(INLINED, (script, url: string) =>
		url.endsWith(`/${PAGE_DATA_FILE}`) ? '' : script
	);
}
