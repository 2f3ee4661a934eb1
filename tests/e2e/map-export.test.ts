// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/**
 * The map's slide export on the built /map page: the SVG slide is drawn from the map's slide
 * layout (names measured at ≥ 24 px on the 1920×1080 slide) and keeps the layers of the view.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	const context = await browser.newContext({
		acceptDownloads: true,
		viewport: { width: 1280, height: 900 }
	});
	page = await context.newPage();
});
afterAll(() => browser.close());

/** The /map SVG slide export for `search`, drawn at its 1920×1080 size in the page. */
async function slideOf(search: string) {
	await page.goto(new URL(`/map${search}`, baseUrl).href, { waitUntil: 'networkidle' });
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.locator('figure#map').getByRole('button', { name: 'SVG', exact: true }).click()
	]);
	const svg = readFileSync((await file.path()) as string, 'utf8');
	return page.evaluate((svg) => {
		const host = document.createElement('div');
		host.style.cssText = 'position:absolute;left:0;top:0;width:1920px;height:1080px';
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
		root.setAttribute('width', '1920');
		root.setAttribute('height', '1080');
		host.append(root);
		document.body.append(host);
		const texts = [...root.querySelectorAll('text')];
		const height = (words: string) =>
			texts.find((t) => t.textContent?.includes(words))?.getBoundingClientRect().height ?? 0;
		const visible = [...root.querySelectorAll('circle, path, polygon, rect')].filter(
			(el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 0
		).length;
		const result = { munich: height('Munich'), hanoi: height('Hanoi'), visible };
		host.remove();
		return result;
	}, svg);
}

describe('the map as a slide', () => {
	it('names places and routes at slide size (a line box of at least 24 px)', async () => {
		const slide = await slideOf('');
		expect(slide.munich).toBeGreaterThanOrEqual(24);
		expect(slide.hanoi).toBeGreaterThanOrEqual(24);
	});

	it('draws the layers of the link it was exported from', async () => {
		const all = await slideOf('');
		const routesOnly = await slideOf('?layers=routes');
		expect(routesOnly.munich).toBeGreaterThan(0);
		expect(routesOnly.visible).toBeLessThan(all.visible);
	});
});
