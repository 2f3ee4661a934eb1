// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/**
 * Embeds inside another page: the snippet's iframe takes the height the embed reports (no
 * scrollbar, no gap) at a narrow and a wide width, and the flags change theme and chrome.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { THEMES } from '../../src/lib/design/tokens';
import { embedSnippet } from '../../src/lib/export/embed-snippet';
import { launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
/** Another origin that embeds the site, as a reader's blog would. */
let host: Server;
let hostUrl: string;
beforeAll(async () => {
	browser = await launchBrowser();
	host = createServer((request, response) => {
		const id = new URL(request.url ?? '/', 'http://x').searchParams.get('id') ?? '';
		const src = new URL(`/embed/${id}`, baseUrl).href;
		response.setHeader('content-type', 'text/html; charset=utf-8');
		response.end(`<!doctype html><body style="margin:0">${embedSnippet(src, id, 150)}</body>`);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser.close();
	host.close();
});

const rgb = (hex: string) => {
	const n = Number.parseInt(hex.slice(1), 16);
	return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe.each([400, 1200])('an embed in a %i px wide page', (width) => {
	it.each(['commitments-by-chapter', 'map'])('%s resizes its iframe to its content', async (id) => {
		const context = await browser.newContext({ viewport: { width, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${hostUrl}/?id=${id}`, { waitUntil: 'load' });
		const frame = page.locator('iframe');
		// The snippet starts at 150 px; the embed's report must replace it.
		await page.waitForFunction(
			() => (document.querySelector('iframe')?.clientHeight ?? 0) > 200,
			null,
			{
				timeout: 30_000
			}
		);
		await page.waitForTimeout(500);
		const outer = await frame.evaluate((f: HTMLIFrameElement) => f.clientHeight);
		const inner = await page
			.frameLocator('iframe')
			.locator('main')
			.evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
		const scroll = await page
			.frameLocator('iframe')
			.locator('html')
			.evaluate((h) => h.scrollHeight - h.clientHeight);
		expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
		expect(scroll).toBeLessThanOrEqual(1);
		await context.close();
	});
});

describe('embed flags', () => {
	it('theme=dark, plain=1 and transparent=1 change the embed', async () => {
		const context = await browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(new URL('/embed/sector-mentions?theme=dark', baseUrl).href, {
			waitUntil: 'networkidle'
		});
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			rgb(THEMES.dark.bg)
		);
		expect(await page.locator('h1').count()).toBe(1);
		await page.goto(new URL('/embed/sector-mentions?plain=1&transparent=1', baseUrl).href, {
			waitUntil: 'networkidle'
		});
		expect(await page.locator('h1').count()).toBe(0);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgba(0, 0, 0, 0)'
		);
		await context.close();
	});
});

describe('the map embed', () => {
	/** The layers whose marks are drawn (in the drawing on screen), and the key's entries. */
	async function shown(search: string) {
		const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
		await page.goto(new URL(`/embed/map${search}`, baseUrl).href, { waitUntil: 'networkidle' });
		const seen = await page.evaluate(() => {
			const svg = [...document.querySelectorAll('svg.map-svg')].find(
				(s) => s.getClientRects().length > 0
			);
			const layers = ['routes', 'hosted', 'made', 'evipa', 'st'].filter(
				(id) => (svg?.querySelector(`.layer-${id}`)?.getClientRects().length ?? 0) > 0
			);
			const key = [...document.querySelectorAll('.map-key li')].map((li) => li.textContent?.trim());
			const notes = [...document.querySelectorAll('.notes li')].map((li) => li.textContent ?? '');
			return { layers, key, notes };
		});
		await page.close();
		return seen;
	}

	it("shows the page's default layers, with their key and the map's notes", async () => {
		const { layers, key, notes } = await shown('');
		// The notes explain the marks on the labels (a date the reference list gives otherwise).
		expect(notes.some((note) => note.startsWith('†'))).toBe(true);
		expect(layers).toEqual(['routes', 'hosted', 'made']);
		expect(key).toEqual([
			'New direct air routes, 2025',
			'Delegations hosted by Viet Nam, by origin',
			'Visits made by Vietnamese leaders, by destination'
		]);
	});

	it('shows the layers a link names (?layers=), and only those in its key', async () => {
		const { layers, key } = await shown('?layers=routes,evipa');
		expect(layers).toEqual(['routes', 'evipa']);
		expect(key).toEqual(['New direct air routes, 2025', 'EVIPA ratified in 2025']);
	});
});
