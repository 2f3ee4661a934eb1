// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The map made for a thumb, on a 360 × 740 touch screen (and, for the same promises, on a
 * desktop): every marker is a touch target of at least 24 × 24 CSS px; a tap opens the details
 * with a "Source sentence" link and does not leave the page; a tap where markers crowd lists
 * them all; the keyboard opens and closes the same details; the list under the map has one row
 * per data row; and the whole of Viet Nam is inside the map wherever it is drawn.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDashboard } from '../../src/lib/data-package/dashboard-json';
import { mapRows } from '../../src/lib/map/map-rows';
import { launchBrowser, visit } from './lib/browser';
import { ROOT } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const dataRows = mapRows(
	parseDashboard(readFileSync(resolve(ROOT, 'data/dashboard.json'), 'utf8'))
);

/** Size of every marker link on screen (hidden layers and the other drawing have none). */
const markerBoxes = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<SVGAElement>('a.mark:not(.route-link)')]
			.map((a) => ({ key: a.dataset.key ?? '', box: a.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0)
			.map(({ key, box }) => ({ key, width: box.width, height: box.height }))
	);

describe('/map on a 360 px touch screen', () => {
	it('draws the narrow map, whose every marker is a target of at least 24 × 24 px', async () => {
		const { page, close } = await visit(browser, baseUrl, '/map', PHONE);
		const visible = await page.evaluate(() =>
			[...document.querySelectorAll('svg.map-svg')]
				.filter((svg) => svg.getClientRects().length > 0)
				.map((svg) => (svg.classList.contains('narrow') ? 'narrow' : 'wide'))
		);
		const boxes = await markerBoxes(page);
		await close();
		expect(visible).toEqual(['narrow']);
		expect(boxes.length).toBeGreaterThan(10);
		for (const { key, width, height } of boxes) {
			expect(width, key).toBeGreaterThanOrEqual(24);
			expect(height, key).toBeGreaterThanOrEqual(24);
		}
	});

	it('a tap shows the details with a source link, and stays on the page', async () => {
		const { page, close } = await visit(browser, baseUrl, '/map', PHONE);
		const before = page.url();
		await page.locator('svg.narrow a.mark[data-key$="-esp"]').tap();
		const details = page.locator('.details');
		await details.waitFor({ state: 'visible' });
		const link = details.getByRole('link', { name: /^Source sentence/ });
		const shown = {
			visible: await link.isVisible(),
			href: await link.getAttribute('href'),
			title: await details.locator('strong').first().textContent(),
			url: page.url()
		};
		await close();
		expect(shown).toEqual({
			visible: true,
			href: expect.stringMatching(/^\/text#/),
			title: 'Spain',
			url: before
		});
	});

	it('a tap where markers crowd lists each of them (Brussels: Belgium and the EU)', async () => {
		const { page, close } = await visit(browser, baseUrl, '/map', PHONE);
		// A finger on Belgium's marker, wherever a neighbour's target overlaps it.
		await page.locator('svg.narrow').scrollIntoViewIfNeeded();
		const box = await page.locator('svg.narrow a.mark[data-key$="-bel"] .glyph').boundingBox();
		if (!box) throw new Error('no Belgium marker');
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await page.locator('.details').waitFor({ state: 'visible' });
		const titles = await page.locator('.details .entry strong').allTextContents();
		const links = await page.locator('.details .entry a').count();
		await close();
		expect(titles).toEqual(expect.arrayContaining(['Belgium', 'European Union']));
		expect(links).toBe(titles.length);
	});

	it('lists every data row under the map, each with a link to its source sentence', async () => {
		const { page, close } = await visit(browser, baseUrl, '/map', PHONE);
		const list = page.locator('.map-list');
		const visible = await list.isVisible();
		const rows = await list.locator('li').count();
		const hrefs = await list
			.locator('li a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		await close();
		expect(visible).toBe(true);
		expect(rows).toBe(dataRows.length);
		expect(hrefs).toHaveLength(dataRows.length);
		expect(hrefs.every((h) => h?.startsWith('/text#'))).toBe(true);
	});
});

describe('/map on a desktop', () => {
	it('keeps 24 px targets, and hides the phone list', async () => {
		const { page, close } = await visit(browser, baseUrl, '/map', DESKTOP);
		const boxes = await markerBoxes(page);
		const listVisible = await page.locator('.map-list').isVisible();
		await close();
		expect(boxes.length).toBeGreaterThan(10);
		for (const { key, width, height } of boxes) {
			expect(width, key).toBeGreaterThanOrEqual(24);
			expect(height, key).toBeGreaterThanOrEqual(24);
		}
		expect(listVisible).toBe(false);
	});

	it('Space and Enter open the details, Escape closes them and gives focus back', async () => {
		const { page, close } = await visit(browser, baseUrl, '/map', DESKTOP);
		const mark = page.locator('svg.wide a.mark[data-key$="-esp"]');
		const details = page.locator('.details');
		await mark.focus();
		await page.keyboard.press('Space');
		await details.waitFor({ state: 'visible' });
		const focusInside = await details.evaluate((el) => el.contains(document.activeElement));
		await page.keyboard.press('Escape');
		await details.waitFor({ state: 'detached' });
		const focusBack = await mark.evaluate((el) => document.activeElement === el);
		await page.keyboard.press('Enter');
		await details.waitFor({ state: 'visible' });
		const url = page.url();
		await close();
		expect({ focusInside, focusBack }).toEqual({ focusInside: true, focusBack: true });
		expect(url).toBe(new URL('/map', baseUrl).href);
	});
});

describe('the whole of Viet Nam is in frame', () => {
	it.each([
		['/map', 360],
		['/', 360],
		['/embed/map', 400],
		['/map', 1440],
		['/embed/map', 1440]
	])('%s at %i px', async (path, width) => {
		const { page, close } = await visit(browser, baseUrl, path, {
			viewport: { width, height: 900 }
		});
		const frames = await page.evaluate(() =>
			[...document.querySelectorAll('svg.map-svg')]
				.filter((svg) => svg.getClientRects().length > 0)
				.map((svg) => {
					const map = svg.getBoundingClientRect();
					const home = svg.querySelector('path.home')?.getBoundingClientRect();
					return {
						below: map.bottom - (home?.bottom ?? Infinity),
						right: map.right - (home?.right ?? Infinity)
					};
				})
		);
		await close();
		expect(frames).toHaveLength(1);
		expect(frames[0]?.below).toBeGreaterThanOrEqual(1);
		expect(frames[0]?.right).toBeGreaterThanOrEqual(1);
	});
});
