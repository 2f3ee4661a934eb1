/**
 * /compare in Chromium: a click on a mark lists the clauses or sentences behind it (loaded for
 * that statement), and the URL reopens the same view: the statements chosen, their order and
 * the mark opened.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const VIEWPORT = { viewport: { width: 1280, height: 900 } };

/** The statements in the order a chart's table lists them (first column). */
const tableOrder = (page: Page, chartId: string) =>
	page.locator(`#${chartId}-table tbody tr td:first-child`).allTextContents();

async function clickMark(page: Page, selector: string) {
	const mark = page.locator(selector).first();
	// Coordinates below the fold would click nothing.
	await mark.scrollIntoViewIfNeeded();
	const box = (await mark.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('/compare', () => {
	it('a click on a modality segment lists that statement’s clauses at its level; the URL reopens them', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/compare', VIEWPORT);
		const statements = await tableOrder(page, 'compare-modality');
		// The level-4 segment of the second statement (data index 1) in the server-drawn SVG.
		await clickMark(
			page,
			'#compare-modality .ssr.wide path[ecmeta_series_index="4"][ecmeta_data_index="1"]'
		);
		await page.waitForURL(/show=level&level=4/);
		await page.locator('#behind li').first().waitFor();
		const listed = await page.locator('#behind li').count();
		const badges = await page.locator('#behind li .level-badge').allTextContents();
		const summary = await page.locator('#behind .drill-summary').innerText();
		const url = page.url();
		await close();
		expect(problems).toEqual([]);
		expect(listed).toBeGreaterThan(0);
		expect(badges.every((b) => b.startsWith('4'))).toBe(true);
		expect(summary).toContain(`${statements[1]}: ${listed} clauses at level 4`);

		const again = await visit(browser, baseUrl, new URL(url).pathname + new URL(url).search);
		await again.page.locator('#behind li').first().waitFor();
		expect(await again.page.locator('#behind li').count()).toBe(listed);
		await again.close();
	});

	it('a heatmap cell lists the sentences that name its sector, the sector’s words marked', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/compare', VIEWPORT);
		// The first cell: the most named sector in the Viet Nam–EU statement.
		await clickMark(page, '#compare-sectors .ssr.wide path[ecmeta_data_index="0"]');
		await page.waitForURL(/show=sector&sector=/);
		await page.locator('#behind li mark').first().waitFor();
		const sentences = await page.locator('#behind li').count();
		const links = await page.locator('#behind li a[href^="/text#"]').count();
		await close();
		expect(problems).toEqual([]);
		expect(sentences).toBeGreaterThan(0);
		// The site's own statement links each sentence to its paragraph in the annotated text.
		expect(links).toBe(sentences);
	});

	it('the statements chosen and their order live in the URL, and a link reopens them', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/compare', VIEWPORT);
		const all = await tableOrder(page, 'compare-length');
		const picker = page.locator('fieldset.picker');
		// Drop the last statement, then move the third one up.
		await picker.getByRole('checkbox', { name: all.at(-1) }).uncheck();
		await page.waitForURL(/docs=/);
		await picker.getByRole('button', { name: `Move ${all[2]} up` }).click();
		await page.waitForURL((u) => u.searchParams.get('docs')?.split(',').length === all.length - 1);
		const expected = [all[0], all[2], all[1], ...all.slice(3, -1)];
		expect(await tableOrder(page, 'compare-length')).toEqual(expected);
		expect(await tableOrder(page, 'compare-modality')).toEqual(expected);
		const url = new URL(page.url());
		await close();
		expect(problems).toEqual([]);

		const again = await visit(browser, baseUrl, url.pathname + url.search, VIEWPORT);
		await again.page.waitForFunction(
			(n) => document.querySelectorAll('#compare-length-table tbody tr').length === n,
			expected.length
		);
		expect(await tableOrder(again.page, 'compare-length')).toEqual(expected);
		const checked = again.page.locator('fieldset.picker input:checked');
		expect(await checked.count()).toBe(expected.length);
		expect(await again.page.getByRole('checkbox', { name: all.at(-1) }).isChecked()).toBe(false);
		// The charts are drawn for the chosen statements (the live renderer took over).
		await again.page
			.locator('#compare-length .live canvas, #compare-length .live svg')
			.first()
			.waitFor();
		expect(again.problems).toEqual([]);
		await again.close();
	});
});
