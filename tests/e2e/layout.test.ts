// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** A 360 px phone: no page scrolls sideways. On failure the widest elements are named. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { allPaths } from './lib/pages';

const baseUrl = inject('baseUrl');
const WIDTH = 360;
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

describe.each(allPaths())('%s at 360 px', (path) => {
	it('has no horizontal scroll', async () => {
		const { page, close } = await visit(browser, baseUrl, path, {
			viewport: { width: WIDTH, height: 780 }
		});
		const result = await page.evaluate((width) => {
			const describe = (el: Element) =>
				`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
			// Elements that stick out, innermost first, so the culprit leads the list.
			const overflowing = [...document.body.querySelectorAll('*')]
				.filter((el) => el.getBoundingClientRect().right > width + 0.5)
				.reverse()
				.slice(0, 5)
				.map(describe);
			return { scrollWidth: document.documentElement.scrollWidth, overflowing };
		}, WIDTH);
		await close();
		expect(
			result.scrollWidth,
			`wider than ${WIDTH}px: ${result.overflowing.join(', ')}`
		).toBeLessThanOrEqual(WIDTH);
	});
});

// The page strip scrolls sideways on a phone; the last pages' tabs start out of view.
describe.each(['/timeline', '/text', '/data', '/method'])('%s at 360 px', (path) => {
	it('shows its own tab in the page strip, without scrolling the page', async () => {
		const { page, close } = await visit(browser, baseUrl, path, {
			viewport: { width: WIDTH, height: 780 }
		});
		const result = await page.evaluate(() => {
			const strip = document.querySelector('nav ul')!.getBoundingClientRect();
			const tab = document.querySelector('nav a[aria-current="page"]')!.getBoundingClientRect();
			return {
				strip,
				tab,
				pageX: window.scrollX,
				stripScrolled: document.querySelector('nav ul')!.scrollLeft
			};
		});
		await close();
		expect(result.tab.left).toBeGreaterThanOrEqual(result.strip.left);
		expect(result.tab.right).toBeLessThanOrEqual(result.strip.right);
		expect(result.pageX).toBe(0);
		expect(result.stripScrolled).toBeGreaterThan(0);
	});
});
