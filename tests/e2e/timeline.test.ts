// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The timeline's keyboard and details: its events are one toolbar (one Tab stop in, one out),
 * the arrow keys move in time, Enter opens the event's details where they can be read without
 * scrolling, Escape closes them; a click does the same. At a laptop's and a phone's width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

/** The focused event's id, or null when focus is outside the timeline's events. */
const focusedEvent = (page: Page) =>
	page.evaluate(
		() => document.activeElement?.closest('[data-event]')?.getAttribute('data-event') ?? null
	);

/** Ids of the events of the layout on screen, in document (time) order. */
const shownEvents = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('#timeline [data-event]')]
			.filter((el) => el.getClientRects().length > 0)
			.map((el) => el.getAttribute('data-event'))
	);

/** Presses Tab from the top of the page until an event has the focus; returns the presses. */
async function tabIntoTimeline(page: Page): Promise<number> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (let presses = 1; presses <= 80; presses++) {
		await page.keyboard.press('Tab');
		if (await focusedEvent(page)) return presses;
	}
	throw new Error('Tab never reached the timeline');
}

/** The details panel's box, and whether all of it is inside the viewport. */
const detailsBox = (page: Page) =>
	page.evaluate(() => {
		const panel = document.querySelector<HTMLElement>('#timeline section.details');
		if (!panel || panel.hidden) return null;
		const r = panel.getBoundingClientRect();
		return {
			top: r.top,
			bottom: r.bottom,
			// A pixel's slack for subpixel layout.
			inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1,
			box: [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight].map(Math.round).join(' '),
			text: panel.textContent ?? ''
		};
	});

/** The details' box once it has settled (scrollIntoView may scroll smoothly): polls up to 2 s. */
async function settledDetails(page: Page) {
	for (let i = 0; i < 20; i++) {
		const box = await detailsBox(page);
		if (!box || box.inView) return box;
		await page.waitForTimeout(100);
	}
	return detailsBox(page);
}

describe.each([
	{ width: 1440, height: 900 },
	{ width: 360, height: 740 }
])('/timeline at $width px', (viewport) => {
	it('is one Tab stop; the arrow keys move in time; Enter opens details in view; Escape closes', async () => {
		const { page, close, problems } = await visit(browser, baseUrl, '/timeline', { viewport });
		const order = await shownEvents(page);
		expect(order.length).toBeGreaterThan(10);

		await tabIntoTimeline(page);
		expect(await focusedEvent(page)).toBe(order[0]);
		const forward = viewport.width < 540 ? 'ArrowDown' : 'ArrowRight';
		for (let i = 0; i < 3; i++) await page.keyboard.press(forward);
		expect(await focusedEvent(page)).toBe(order[3]);
		await page.keyboard.press('ArrowLeft');
		expect(await focusedEvent(page)).toBe(order[2]);
		await page.keyboard.press('End');
		expect(await focusedEvent(page)).toBe(order.at(-1));
		await page.keyboard.press('Home');
		expect(await focusedEvent(page)).toBe(order[0]);

		// Enter opens the event's details, readable where they are: no scrolling needed.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		const opened = await settledDetails(page);
		expect(opened?.inView, opened?.box).toBe(true);
		expect(opened?.text).toContain('Source:');
		const expanded = await page.evaluate(
			() => document.activeElement?.getAttribute('aria-expanded') ?? null
		);
		expect(expanded).toBe('true');
		// Under the event, on a phone right under it.
		const eventBottom = await page.evaluate(
			() => document.activeElement?.getBoundingClientRect().bottom ?? 0
		);
		expect(opened!.top).toBeGreaterThanOrEqual(eventBottom);
		expect(opened!.top - eventBottom).toBeLessThan(20);
		await page.keyboard.press('Escape');
		expect(await detailsBox(page)).toBeNull();
		expect(await focusedEvent(page)).toBe(order[1]);

		// Crossing the timeline: Tab stops inside it, from the first event to the page after it.
		let stops = 1;
		for (; stops < 60; stops++) {
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(
				() => !!document.activeElement?.closest('#timeline .variants')
			);
			if (!inside) break;
		}
		expect(stops).toBeLessThanOrEqual(3);
		expect(problems).toEqual([]);
		await close();
	});

	it('a click on an event near the top opens its details in view', async () => {
		const { page, close } = await visit(browser, baseUrl, '/timeline', { viewport });
		const order = await shownEvents(page);
		const id = order[0] as string;
		const target = page.locator(`#timeline [data-event="${id}"]`).filter({ visible: true });
		await target.scrollIntoViewIfNeeded();
		await target.click();
		expect((await settledDetails(page))?.inView).toBe(true);
		// The page did not follow the event's link.
		expect(new URL(page.url()).pathname).toBe('/timeline');
		await target.click();
		expect(await detailsBox(page)).toBeNull();
		await close();
	});
});

describe('the timeline embed takes the page’s filters', () => {
	it('?kind=route shows only the routes, and the page’s embed link carries the filter', async () => {
		const viewport = { width: 1280, height: 900 };
		const { page, close, problems } = await visit(browser, baseUrl, '/embed/timeline?kind=route', {
			viewport
		});
		const drawn = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('main [data-event]')]
					.filter((el) => el.getClientRects().length > 0)
					.map((el) => el.getAttribute('data-event') ?? '')
			);
		await expect.poll(async () => (await drawn()).length).toBeGreaterThan(0);
		const ids = await drawn();
		expect(ids.every((id) => id.includes('direct-air-route'))).toBe(true);
		expect(problems).toEqual([]);
		await close();

		const timeline = await visit(browser, baseUrl, '/timeline?kind=route', { viewport });
		const figure = timeline.page.locator('figure#timeline');
		await figure.getByRole('button', { name: 'Embed' }).click();
		await expect
			.poll(() => figure.locator('textarea').inputValue())
			.toContain('/embed/timeline?kind=route');
		await timeline.close();
	});
});
