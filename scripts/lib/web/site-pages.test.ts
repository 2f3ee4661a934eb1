import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAV_PATHS, pathOfHtmlFile, sitePaths } from './site-pages';

describe('pathOfHtmlFile', () => {
	it('maps prerendered files to the URLs that serve them', () => {
		expect(pathOfHtmlFile('index.html')).toBe('/');
		expect(pathOfHtmlFile('commitments.html')).toBe('/commitments');
		expect(pathOfHtmlFile('embed/trade.html')).toBe('/embed/trade');
		expect(pathOfHtmlFile('embed\\index.html')).toBe('/embed');
	});
});

describe('sitePaths', () => {
	it('lists the navigation first, then the other built pages in order', () => {
		const dir = mkdtempSync(join(tmpdir(), 'vn-eu-pages-'));
		mkdirSync(join(dir, 'embed'));
		for (const file of [
			'index.html',
			'map.html',
			'extra-page.html',
			'embed/b.html',
			'embed/a.html'
		]) {
			writeFileSync(join(dir, file), '');
		}
		writeFileSync(join(dir, 'map.html.gz'), '');
		expect(sitePaths(dir)).toEqual([...NAV_PATHS, '/embed/a', '/embed/b', '/extra-page']);
		expect(NAV_PATHS[0]).toBe('/');
	});
});
