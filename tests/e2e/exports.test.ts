// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/**
 * The export and share bar, on a real chart of the built site: each control produces a valid
 * file (PNG 1920×1080 with a picture in it, SVG with its captions, CSV with a BOM and the
 * chart's rows, a .pptx with one slide and a native chart), and a copied link reopens the view.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadsPage, launchBrowser } from './lib/browser';
import { pngStats } from './lib/png-stats';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let figure: Locator;

beforeAll(async () => {
	browser = await launchBrowser();
	page = await downloadsPage(browser);
	await page.goto(new URL('/commitments', baseUrl).href, { waitUntil: 'networkidle' });
	figure = page.locator('figure#commitments-by-chapter');
});
afterAll(() => browser.close());

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		figure.getByRole('button', { name: label, exact: true }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exports of “How firmly each chapter commits”', () => {
	it('PNG: a 1920×1080 slide with a picture in it', async () => {
		const { name, bytes } = await download('PNG');
		expect(name).toBe('commitments-by-chapter.png');
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
		// Count distinct colours in the browser: a blank or single-colour image fails.
		const { colours } = await pngStats(page, bytes, 97);
		expect(colours).toBeGreaterThan(8);
	});

	it('SVG: parses, and carries the title and the source', async () => {
		const { bytes } = await download('SVG');
		const text = bytes.toString('utf8');
		const parsed = await page.evaluate((svg) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? '',
				root: doc.documentElement.nodeName,
				text: doc.documentElement.textContent ?? ''
			};
		}, text);
		expect(parsed.error).toBe('');
		expect(parsed.root).toBe('svg');
		expect(parsed.text).toContain('How firmly each chapter commits');
		expect(parsed.text).toContain('Source: Joint Statement');
		expect(text).not.toMatch(/<link|@import|url\(http/);
	});

	it('CSV: BOM, header, one row per chapter, no unguarded formula cell', async () => {
		const { bytes } = await download('CSV');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0]?.slice(0, 3)).toEqual(['Chapter', 'Title', 'Level 0']);
		expect(parsed.data.length - 1).toBe(13);
		for (const row of parsed.data.slice(1)) {
			for (const cell of row) expect(/^[=+@\t\r]/.test(cell) || /^-\D/.test(cell)).toBe(false);
		}
	});

	it('PowerPoint: a zip with one slide holding a native chart', async () => {
		const { name, bytes } = await download('PowerPoint');
		expect(name).toBe('commitments-by-chapter.pptx');
		const files = Object.keys(unzipSync(new Uint8Array(bytes)));
		expect(files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toEqual([
			'ppt/slides/slide1.xml'
		]);
		expect(files).toContain('ppt/charts/chart1.xml');
	});

	it('Embed shows a snippet and the plain link', async () => {
		await figure.getByRole('button', { name: 'Embed', exact: true }).click();
		// The snippet is written once its module has loaded (a moment after the panel opens).
		const textarea = figure.locator('textarea');
		await expect.poll(() => textarea.inputValue()).toContain('/embed/commitments-by-chapter');
		const snippet = await textarea.inputValue();
		expect(snippet).toContain('contentWindow === e.source');
		expect(await figure.getByRole('link', { name: 'Open the embed' }).getAttribute('href')).toMatch(
			/\/embed\/commitments-by-chapter$/
		);
	});
});

describe('drill-down and links', () => {
	it('clicking a bar lists the clauses behind it, and the URL reopens that view', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const tab = await context.newPage();
		await tab.goto(new URL('/commitments', baseUrl).href, { waitUntil: 'networkidle' });
		// The level-4 segment of the first chapter that has one, in the server-rendered SVG.
		const bar = tab
			.locator('#commitments-by-chapter .ssr.wide path[ecmeta_series_index="4"]')
			.first();
		const box = (await bar.boundingBox())!;
		await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await tab.waitForURL(/level=4/);
		const url = tab.url();
		const listed = await tab.locator('#clauses li').count();
		expect(listed).toBeGreaterThan(0);
		expect(await tab.locator('#clauses li .badge').first().textContent()).toContain('Level 4');

		const again = await context.newPage();
		await again.goto(url, { waitUntil: 'networkidle' });
		expect(await again.locator('#clauses li').count()).toBe(listed);
		await context.close();
	});

	it('clicking a legend entry lists the clauses at that level', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const tab = await context.newPage();
		await tab.goto(new URL('/commitments', baseUrl).href, { waitUntil: 'networkidle' });
		const entry = tab.locator(
			'#commitments-by-chapter .ssr.wide path[ecmeta_ssr_type="legend"][ecmeta_series_index="3"][pointer-events="visible"]'
		);
		await entry.dispatchEvent('click');
		await tab.waitForURL(/level=3/);
		const badges = await tab.locator('#clauses li .badge').allTextContents();
		expect(badges.length).toBeGreaterThan(0);
		expect(badges.every((b) => b.includes('Level 3'))).toBe(true);
		await context.close();
	});
});
