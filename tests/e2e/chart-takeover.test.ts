// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The live chart takes over from the server-rendered SVG without moving a pixel (same fonts,
 * same plot), and no click is lost on the way: not one made as soon as the page has loaded,
 * not one whose press began before the takeover.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const FIGURE = '#commitments-by-chapter';
const BAR = `${FIGURE} .ssr.wide path[ecmeta_ssr_type="chart"][ecmeta_series_index="4"]`;

interface Box {
	text: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Every label of the figure's drawing (the server SVG shown, or the live chart), with its box. */
function labels(tab: Page, drawing: 'server' | 'live'): Promise<Box[]> {
	return tab.evaluate(
		([figure, which]) => {
			const host = document.querySelector(`${figure} .chart`)!;
			const svg =
				which === 'live'
					? host.querySelector('.live svg')
					: [...host.querySelectorAll('.ssr')]
							.find((b) => getComputedStyle(b).display !== 'none')!
							.querySelector('svg');
			return [...svg!.querySelectorAll('text')].map((t) => {
				const r = t.getBoundingClientRect();
				return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
			});
		},
		[FIGURE, drawing] as const
	);
}

async function open(width: number, waitUntil: 'load' | 'networkidle') {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const tab = await context.newPage();
	await tab.goto(new URL('/commitments', baseUrl).href, { waitUntil });
	return { tab, close: () => context.close() };
}

describe.each([1440, 360])('at %i px', (width) => {
	it('the live chart draws its labels where the server SVG had them (±1.5 px)', async () => {
		const { tab, close } = await open(width, 'networkidle');
		await tab.locator(FIGURE).scrollIntoViewIfNeeded();
		const before = await labels(tab, 'server');
		// Reach for the chart at its top right corner, clear of any bar (no hover emphasis).
		const box = (await tab.locator(`${FIGURE} .chart`).boundingBox())!;
		await tab.mouse.move(box.x + box.width - 4, box.y + 4);
		await tab.waitForSelector(`${FIGURE} .chart.is-live .live svg`);
		const after = await labels(tab, 'live');
		await close();

		expect(before.length).toBeGreaterThan(10);
		expect(after.map((l) => l.text)).toEqual(before.map((l) => l.text));
		const worst = Math.max(
			...before.flatMap((b, i) => {
				const a = after[i]!;
				return [a.x - b.x, a.y - b.y, a.width - b.width, a.height - b.height].map(Math.abs);
			})
		);
		expect(worst).toBeLessThanOrEqual(1.5);
	});
});

describe('first clicks', () => {
	it('a click made as soon as the page has loaded selects', async () => {
		const { tab, close } = await open(1280, 'load');
		const box = (await tab.locator(BAR).first().boundingBox())!;
		await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await tab.waitForURL(/[?&]level=4/, { timeout: 10_000 });
		const url = tab.url();
		await close();
		expect(url).toMatch(/level=4/);
	});

	it('a press that began on the server SVG keeps its click when the live chart arrives', async () => {
		const { tab, close } = await open(1280, 'networkidle');
		const box = (await tab.locator(BAR).first().boundingBox())!;
		await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await tab.mouse.down();
		// The live chart is drawn (hidden) and ready to take over; the press is still on.
		await tab.waitForSelector(`${FIGURE} .live svg`, { state: 'attached' });
		await tab.waitForTimeout(300);
		const liveDuringPress = await tab.locator(`${FIGURE} .chart.is-live`).count();
		await tab.mouse.up();
		await tab.waitForURL(/[?&]level=4/, { timeout: 10_000 });
		await tab.waitForSelector(`${FIGURE} .chart.is-live`);
		await close();
		expect(liveDuringPress).toBe(0);
	});
});
