/**
 * The floor the web benchmark holds each page's LCP against: a bare static page (a heading and a
 * paragraph about as long as a page's lead paragraph, no stylesheet, no script), written with its
 * gzip twin to a temporary folder and served by the site's own server. Measured in the same
 * Lighthouse run as the pages, it takes the machine, the throttling and the server out of the
 * ratio: what is left is what the site puts before its text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BARE_PAGE_HTML = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="description" content="A bare static page: the floor of the web benchmark." />
		<title>Bare page</title>
	</head>
	<body>
		<h1>A bare static page</h1>
		<p>
			This page holds a heading and one paragraph of plain text, about as long as the lead
			paragraph of a page of the dashboard, and nothing else: no stylesheet, no script, no image
			and no font. The browser can paint it as soon as the document has arrived, so its largest
			contentful paint is the floor that any page served from the same server, over the same
			simulated mobile network and on the same machine, can reach.
		</p>
	</body>
</html>
`;

export interface BarePage {
	/** The folder to serve: index.html and index.html.gz. */
	dir: string;
	remove(): void;
}

export function writeBarePage(): BarePage {
	const dir = mkdtempSync(join(tmpdir(), 'bench-web-bare-'));
	writeFileSync(join(dir, 'index.html'), BARE_PAGE_HTML);
	writeFileSync(join(dir, 'index.html.gz'), gzipSync(BARE_PAGE_HTML, { level: 9 }));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
