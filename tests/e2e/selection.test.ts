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

describe('a link or an embed with a selection shows it', () => {
	/** The live chart's marks (its SVG) drawn dimmed, and the figure's description. */
	async function shown(path: string, figure: string) {
		const { tab, close } = await open(path);
		const desc = figure ? `${figure} .desc` : 'main .desc';
		await tab.waitForFunction(
			(sel) => document.querySelector(sel)?.textContent?.includes('Selected:'),
			desc
		);
		// The live chart takes over to draw the selection; its other marks are dimmed.
		await tab.waitForFunction(
			(root) =>
				document.querySelector(
					`${root} .live svg path[opacity="0.28"], ${root} .live svg path[fill-opacity="0.28"]`
				) !== null,
			figure || 'main'
		);
		const text = await tab.locator(desc).first().textContent();
		await close();
		return text ?? '';
	}

	it('/commitments?chapter=3 dims the other chapters and names the third', async () => {
		const text = await shown('/commitments?chapter=3', '#commitments-by-chapter');
		expect(text).toMatch(/Selected: 3\. .*peace, defence and security\.$/);
	});

	it('the embed takes the same parameter', async () => {
		const text = await shown('/embed/commitments-by-chapter?chapter=3&level=2', '');
		expect(text).toMatch(/Selected: 3\. .* · 2 · intent\.$/);
	});
});
