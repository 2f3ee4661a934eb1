// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The first paint needs the document alone: every page's CSS is inlined (kit.inlineStyleThreshold),
 * the theme is set by app.html's inline script (hashed into the CSP by svelte.config.js), and no
 * script is fetched before the text (no modulepreload in the head). In the browser, with every
 * request but the document refused, a page is styled and in the saved theme — so nothing before
 * its text waits on another file, and the theme script passes the page's own CSP. The app's
 * scripts and the page's data (a file beside the page, not in it) are asked for only once the
 * text is painted (src/lib/server/start-after-paint.ts, src/lib/page-data.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { THEMES } from '../../src/lib/design/tokens';
import { rgb } from './lib/colours';
import { launchBrowser } from './lib/browser';
import { allPaths, NAV_PATHS } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

/** The tags of the head that make the browser fetch something before it paints the body. */
function blockingHeadTags(html: string): string[] {
	const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
	const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
	return [
		// An inlined stylesheet stays as a disabled link (SvelteKit's marker), which is not fetched.
		...links.filter((tag) => /rel="stylesheet"/.test(tag) && !/\sdisabled\b/.test(tag)),
		...links.filter((tag) => /rel="(modulepreload|preload)"/.test(tag)),
		...[...head.matchAll(/<script\b[^>]*\ssrc=[^>]*>/g)].map((m) => m[0])
	];
}

describe.each(allPaths())('%s', (path) => {
	it('asks for no stylesheet, script or preload before its text', async () => {
		const html = await (await fetch(new URL(path, baseUrl))).text();
		expect(html).toMatch(/<head>[\s\S]*<style>[\s\S]*<\/head>/);
		expect(blockingHeadTags(html)).toEqual([]);
	});
});

describe.each(NAV_PATHS)('%s from the document alone', (path) => {
	it('paints styled, in the saved dark theme on a light system, with no CSP violation', async () => {
		const context = await browser.newContext({ colorScheme: 'light' });
		await context.addInitScript(() => {
			localStorage.setItem('theme', 'dark');
			const w = window as unknown as { violations: string[] };
			w.violations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
			);
		});
		const page = await context.newPage();
		const documentUrl = new URL(path, baseUrl).href;
		const refused: string[] = [];
		await page.route('**/*', (route) => {
			if (route.request().url() === documentUrl) return route.continue();
			refused.push(new URL(route.request().url()).pathname);
			return route.abort();
		});
		await page.goto(documentUrl, { waitUntil: 'load' });
		// The app's scripts are asked for after the first paint, maybe after the load event.
		await expect.poll(() => refused.length).toBeGreaterThan(0);
		const seen = await page.evaluate(() => {
			const body = getComputedStyle(document.body);
			const bar = document.querySelector('header .bar');
			return {
				theme: document.documentElement.dataset.theme,
				background: body.backgroundColor,
				text: body.color,
				// app.css gives the body its colours; the layout's scoped CSS lays out the header bar.
				barDisplay: bar ? getComputedStyle(bar).display : 'missing',
				violations: (window as unknown as { violations: string[] }).violations
			};
		});
		await context.close();
		expect(seen.theme).toBe('dark');
		expect(seen.background).toBe(rgb(THEMES.dark.bg));
		expect(seen.text).toBe(rgb(THEMES.dark.fg));
		expect(seen.barDisplay).toBe('flex');
		expect(seen.violations).toEqual([]);
		// Something was refused (the scripts that hydrate the page), yet the page was styled.
		expect(refused.filter((p) => p.endsWith('.css'))).toEqual([]);
	});
});

describe.each(NAV_PATHS)('%s after its first paint', (path) => {
	it('asks for its scripts and its data file only once the text is painted, then starts', async () => {
		const page = await browser.newPage();
		const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
		const html = (await response?.text()) ?? '';
		// The layout deletes the early-click queue once the app has started.
		await page.waitForFunction(() => !('__earlyChartClicks' in window));
		const seen = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			requests: performance.getEntriesByType('resource').map((entry) => ({
				path: new URL(entry.name).pathname,
				start: Math.round(entry.startTime)
			}))
		}));
		await page.close();
		const dataFile = `${path === '/' ? '' : path}/page-data.json`;
		expect(html).not.toContain('data-sveltekit-fetched');
		expect(seen.paint).toBeGreaterThan(0);
		const appRequests = seen.requests.filter((r) => r.path.endsWith('.js') || r.path === dataFile);
		expect(appRequests.map((r) => r.path)).toContain(dataFile);
		expect(appRequests.filter((r) => r.start < seen.paint)).toEqual([]);
	});
});
