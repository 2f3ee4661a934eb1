// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/**
 * Slide exports of the map and the timeline on the built site: the SVG slide is drawn from the
 * visual's slide layout (labels measured at ≥ 24 px on the 1920×1080 slide), the map's with the
 * layers of the view, the timeline's with the window the presenter picks.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadsPage, launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	page = await downloadsPage(browser);
});
afterAll(() => browser.close());

/**
 * The SVG slide export of the figure `id` on `path`, drawn at its 1920×1080 size in the page;
 * `view` is the "Slide shows" option to pick first, if any.
 */
async function slideOf(path: string, id: string, view?: string) {
	await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
	const figure = page.locator(`figure#${id}`);
	if (view) {
		await figure.getByText('Image options').click();
		await figure.getByRole('radio', { name: view }).check();
	}
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		figure.getByRole('button', { name: 'SVG', exact: true }).click()
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
		const result = {
			munich: height('Munich'),
			hanoi: height('Hanoi'),
			upgrade: height('Joint Statement approved'),
			text: root.textContent ?? '',
			visible
		};
		host.remove();
		return result;
	}, svg);
}

describe('the map as a slide', () => {
	it('names places and routes at slide size (a line box of at least 24 px)', async () => {
		const slide = await slideOf('/map', 'map');
		expect(slide.munich).toBeGreaterThanOrEqual(24);
		expect(slide.hanoi).toBeGreaterThanOrEqual(24);
	});

	it('draws the layers of the link it was exported from', async () => {
		const all = await slideOf('/map', 'map');
		const routesOnly = await slideOf('/map?layers=routes', 'map');
		expect(routesOnly.munich).toBeGreaterThan(0);
		expect(routesOnly.visible).toBeLessThan(all.visible);
	});
});

describe('the timeline as a slide', () => {
	it('shows the whole span at slide size, with fewer events than the page', async () => {
		const slide = await slideOf('/timeline', 'timeline');
		expect(slide.upgrade).toBeGreaterThanOrEqual(24);
		expect(slide.text).toMatch(/1950[\s\S]*2050/);
		expect(slide.text).toMatch(/a slide holds at a legible size/);
	});

	it('shows the year in detail and the upgrade when the presenter picks it', async () => {
		const slide = await slideOf('/timeline', 'timeline', 'The year in detail and the upgrade');
		expect(slide.upgrade).toBeGreaterThanOrEqual(24);
		expect(slide.text).toContain('2025 in detail');
		expect(slide.text).not.toContain('Milestones');
		expect(slide.text).not.toContain('Targets to');
	});
});
