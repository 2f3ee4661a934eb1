/**
 * Links a reader may have edited or mistyped: a chapter the statement does not have says so
 * (never "undefined"); an address the site does not have gets a page with the way back.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { NAV_PATHS } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

describe('a link to a chapter the statement does not have', () => {
	it.each(['/commitments?chapter=99', '/sectors?sector=energy&chapter=99'])(
		'%s says there is no such chapter',
		async (path) => {
			const { page, problems, close } = await visit(browser, baseUrl, path);
			const summary = (await page.locator('.drill-summary').innerText()).trim();
			const body = await page.locator('main').innerText();
			await close();
			expect(problems).toEqual([]);
			expect(summary).toMatch(/no chapter 99/);
			expect(body).not.toMatch(/undefined/);
		}
	);

	it('/commitments?chapter=3 names the chapter', async () => {
		const { page, close } = await visit(browser, baseUrl, '/commitments?chapter=3');
		const summary = (await page.locator('.drill-summary').innerText()).trim();
		await close();
		expect(summary).toMatch(/in chapter 3 \(.*peace, defence and security\)/i);
	});
});

describe('the 404 page (build/404.html, which static hosts send for unknown addresses)', () => {
	it('has the site around it, a short message and links to every page', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/404');
		const heading = await page.locator('main h1').innerText();
		const mainLinks = await page
			.locator('main a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const navLinks = await page.locator('header nav a').count();
		await close();
		expect(problems).toEqual([]);
		expect(heading).toBe('Page not found');
		expect(mainLinks).toEqual(NAV_PATHS);
		expect(navLinks).toBe(NAV_PATHS.length);
	});
});
