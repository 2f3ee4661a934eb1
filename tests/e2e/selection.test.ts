// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Selections made on a chart: each is a history entry (Back undoes it and stays on the page,
 * Forward re-applies it), a click does not scroll the page, and the line under the chart is
 * what leads to the list.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const CASES = [
	{
		path: '/commitments',
		// The level-4 segment of the first chapter that has one.
		mark: '#commitments-by-chapter .ssr.wide path[ecmeta_ssr_type="chart"][ecmeta_series_index="4"]',
		param: /[?&]level=4/,
		list: '#clauses'
	},
	{
		path: '/sectors',
		// The joint statement's bar of the most named sector.
		mark: '#sector-mentions .ssr.wide path[ecmeta_ssr_type="chart"][ecmeta_series_index="0"]',
		param: /[?&]sector=/,
		list: '#sentences'
	}
];

async function open(path: string): Promise<{ tab: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const tab = await context.newPage();
	await tab.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
	return { tab, close: () => context.close() };
}

async function clickCentre(tab: Page, selector: string) {
	const box = (await tab.locator(selector).first().boundingBox())!;
	await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const scrollY = (tab: Page) => tab.evaluate(() => window.scrollY);

describe.each(CASES)('$path', ({ path, mark, param, list }) => {
	it('a click selects without scrolling; Back undoes it on the page, Forward re-applies it', async () => {
		const { tab, close } = await open(path);
		await tab.evaluate(() => window.scrollTo(0, 120));
		const before = await scrollY(tab);
		await clickCentre(tab, mark);
		await tab.waitForURL(param);
		await tab.waitForTimeout(400); // time for any (smooth) scroll to have moved the page
		const moved = Math.abs((await scrollY(tab)) - before);
		const listed = await tab.locator(`${list} li`).count();

		await tab.goBack();
		await tab.waitForURL((url) => !param.test(url.search));
		const back = new URL(tab.url());
		const summaryBack = await tab.locator(`${list} .drill-summary`).textContent();

		await tab.goForward();
		await tab.waitForURL(param);
		const listedAgain = await tab.locator(`${list} li`).count();
		await close();

		expect(moved).toBeLessThan(50);
		expect(listed).toBeGreaterThan(0);
		expect(back.pathname).toBe(path);
		expect(summaryBack).toMatch(/^\s*Click a bar/);
		expect(listedAgain).toBe(listed);
	});

	it('the line under the chart says how many are listed and leads there', async () => {
		const { tab, close } = await open(path);
		await clickCentre(tab, mark);
		await tab.waitForURL(param);
		const listed = await tab.locator(`${list} li`).count();
		const jump = tab.locator('.jump button').first();
		const label = await jump.textContent();
		await jump.click();
		await tab.waitForFunction(
			(sel) => Math.abs(document.querySelector(sel)!.getBoundingClientRect().top) < 40,
			list
		);
		const focused = await tab.evaluate(() => document.activeElement?.closest('section')?.id);
		await close();
		expect(label).toMatch(new RegExp(`^${listed} \\w+ below ↓$`));
		expect(`#${focused}`).toBe(list);
	});
});
