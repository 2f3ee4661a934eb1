import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BARE_PAGE_HTML, writeBarePage } from './bare-page';

describe('the bare page', () => {
	it('is a heading and a paragraph with nothing that could delay its paint', () => {
		expect(BARE_PAGE_HTML).toMatch(/<h1>[^<]+<\/h1>\s*<p>[^<]{300,}<\/p>/);
		expect(BARE_PAGE_HTML).not.toMatch(/<(link|script|style|img|svg|iframe)\b/i);
	});

	it('is written with its gzip twin to a folder the server can serve, and removed after', () => {
		const page = writeBarePage();
		expect(readFileSync(join(page.dir, 'index.html'), 'utf8')).toBe(BARE_PAGE_HTML);
		expect(gunzipSync(readFileSync(join(page.dir, 'index.html.gz'))).toString()).toBe(
			BARE_PAGE_HTML
		);
		page.remove();
		expect(existsSync(page.dir)).toBe(false);
	});
});
