/**
 * A page's data travels as a JSON file beside its HTML (`/<page>/page-data.json`, prerendered by
 * the route's `page-data.json/+server.ts`), not inside the HTML.
 *
 * Why: SvelteKit serialises a server load's data into the page for hydration — up to 22 KB
 * compressed of rows (sentences for drill-downs, the text's annotations, the map's tips) that the
 * first paint does not need, downloaded before the text. Measured with Lighthouse (mobile),
 * /sectors, /map and /text painted at 1.55–1.65× a bare page's LCP with it and 1.33–1.41×
 * without. So each page's universal load fetches its file instead. At prerender SvelteKit runs
 * that fetch itself and inlines the response; the server hook takes it out again
 * (server/page-data-inline.ts), and the browser fetches the file when the app starts, after the
 * first paint (server/start-after-paint.ts). A client-side navigation fetches it the same way.
 */
import { base } from '$app/paths';
import { error } from '@sveltejs/kit';

export const PAGE_DATA_FILE = 'page-data.json';

/** The address of a page's data file: `/text` → `/text/page-data.json`, `/` → `/page-data.json`. */
export const pageDataPath = (route: string) =>
	`${base}${route.replace(/\/$/, '')}/${PAGE_DATA_FILE}`;

/** A page's data, for its universal load. Fails the load (SvelteKit's error page) when missing. */
export async function loadPageData<T>(fetch: typeof globalThis.fetch, route: string): Promise<T> {
	const response = await fetch(pageDataPath(route));
	if (!response.ok) error(response.status, `The data of this page could not be loaded`);
	return (await response.json()) as T;
}
