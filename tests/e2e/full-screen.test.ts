// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/**
 * Full screen as a presenting mode, on the built site: the figure is laid out for the screen
 * (head, visual, source and the presenting bar apart, at 1280×720, 1920×1080 and on a phone),
 * PageDown and the arrow keys move to the page's next figure, and Close leaves full screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

async function open(path: string, size: { width: number; height: number }): Promise<Page> {
	const page = await browser.newPage({ viewport: size });
	await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
	return page;
}

const fullScreenId = (page: Page) => page.evaluate(() => document.fullscreenElement?.id ?? null);

/** Boxes of the full-screen figure's parts that must not overlap, in page pixels. */
function parts(page: Page) {
	return page.evaluate(() => {
		const figure = document.fullscreenElement as HTMLElement;
		const box = (selector: string) => {
			const r = figure.querySelector(selector)!.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
		};
		// What is drawn on top at the centre of an element: itself, unless something runs over it.
		const onTop = (selector: string) => {
			const el = figure.querySelector(selector)!;
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return Boolean(hit && el.contains(hit));
		};
		return {
			titleOnTop: onTop('.title'),
			sourceOnTop: onTop('.source'),
			screen: { width: innerWidth, height: innerHeight },
			title: box('.title'),
			head: box('.head'),
			visual: box('.visual'),
			source: box('.source'),
			bar: box('.present')
		};
	});
}

type Box = { top: number; bottom: number; left: number; right: number };
const apart = (a: Box, b: Box) =>
	a.bottom <= b.top + 0.5 ||
	b.bottom <= a.top + 0.5 ||
	a.right <= b.left + 0.5 ||
	b.right <= a.left + 0.5;

describe('full screen', () => {
	for (const [path, id] of [
		['/commitments', 'commitments-by-chapter'],
		['/map', 'map'],
		['/timeline', 'timeline']
	] as const) {
		for (const size of [
			{ width: 1280, height: 720 },
			{ width: 1920, height: 1080 },
			{ width: 360, height: 740 }
		]) {
			it(`lays out ${id} without overlap at ${size.width}×${size.height}`, async () => {
				const page = await open(path, size);
				await page.locator(`figure#${id}`).getByRole('button', { name: 'Full screen' }).click();
				await expect.poll(() => fullScreenId(page)).toBe(id);
				// The presenting bar is drawn on the update after the fullscreenchange event.
				await page.locator(`figure#${id} .present`).waitFor();
				const p = await parts(page);
				expect(apart(p.bar, p.title), 'bar and title').toBe(true);
				expect(p.titleOnTop, 'nothing over the title').toBe(true);
				if (p.source.bottom <= p.screen.height) {
					expect(p.sourceOnTop, 'nothing over the source').toBe(true);
				}
				expect(p.head.bottom).toBeLessThanOrEqual(p.visual.top + 0.5);
				expect(p.visual.bottom).toBeLessThanOrEqual(p.source.top + 0.5);
				expect(p.bar.right).toBeLessThanOrEqual(p.screen.width);
				if (size.width > 600) {
					// The whole figure on one screen: the source line is visible without scrolling.
					expect(p.source.bottom).toBeLessThanOrEqual(p.screen.height);
				}
				await page.close();
			});
		}
	}

	it('moves with PageDown and the arrow keys, and Close leaves it', async () => {
		const page = await open('/commitments', { width: 1280, height: 720 });
		const ids = await page.evaluate(() =>
			[...document.querySelectorAll('figure.chart-block')]
				.filter((f) => f.querySelector('.bar'))
				.map((f) => f.id)
		);
		expect(ids.length).toBeGreaterThanOrEqual(3);
		await page.locator(`figure#${ids[0]}`).getByRole('button', { name: 'Full screen' }).click();
		await expect.poll(() => fullScreenId(page)).toBe(ids[0]);
		const bar = page.getByRole('group', { name: 'Presenting' });
		await expect.poll(() => bar.textContent()).toContain(`1 / ${ids.length}`);
		await page.keyboard.press('PageDown');
		await expect.poll(() => fullScreenId(page)).toBe(ids[1]);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => fullScreenId(page)).toBe(ids[2]);
		await page.keyboard.press('PageUp');
		await expect.poll(() => fullScreenId(page)).toBe(ids[1]);
		await page.getByRole('button', { name: 'Close full screen' }).click();
		await expect.poll(() => fullScreenId(page)).toBeNull();
		await page.close();
	});
});
