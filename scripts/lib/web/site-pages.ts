/**
 * The site's pages: those in the navigation (src/lib/nav.ts, so a new page counts as soon as it
 * is linked) followed by every other page prerendered into build/ (/data, /embed/<chart>).
 */
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { PAGES } from '../../../src/lib/nav';

/** Paths linked from the navigation, in its order. */
export const NAV_PATHS: string[] = PAGES.map((p) => p.href);

export const isEmbed = (path: string) => path.startsWith('/embed/');

/** URL path of a prerendered file: index.html is /, map.html is /map. */
export const pathOfHtmlFile = (file: string) =>
	`/${file.replace(/\\/g, '/').replace(/(^|\/)?index\.html$|\.html$/, '')}`;

/** Navigation pages first, then the other pages found in `buildDir`, sorted. */
export function sitePaths(buildDir: string): string[] {
	const built = readdirSync(buildDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => pathOfHtmlFile(relative(buildDir, resolve(entry.parentPath, entry.name))));
	return [...NAV_PATHS, ...built.filter((p) => !NAV_PATHS.includes(p)).sort()];
}
