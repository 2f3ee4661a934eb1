/**
 * npm run bench:exports — times each control of the export bar in the browser on the built
 * site: PNG (slide), SVG, Copy image, PowerPoint and CSV of the biggest chart (the sector ×
 * chapter heatmap: 195 cells, exported as an image in PowerPoint), of a native PowerPoint bar
 * chart, and of the map; then the overview's "All charts as a deck". Each control is clicked
 * once per freshly loaded page (first clicks, lazy modules included), several times over; the
 * median time from click to file (or to "copied") and the file size are printed. A benchmark:
 * it prints figures, never fails.
 *
 *   npm run bench:exports -- [--runs 5] [--no-build]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { ROOT, prepareBrowserBench } from './lib/web/browser-bench';
import { medianOf as median } from './lib/web/lighthouse-figures';
import { startStaticServer } from './lib/web/static-server';

const { runs } = prepareBrowserBench(5);

const TARGETS = [
	{ path: '/sectors', id: 'sector-by-chapter' },
	{ path: '/commitments', id: 'commitments-by-chapter' },
	{ path: '/map', id: 'map' }
];
const FILE_CONTROLS = ['PNG', 'SVG', 'PowerPoint', 'CSV'];

/** The deck button of the overview: every registered chart, the map and the timeline. */
const DECK = { path: '/', label: 'All charts as a deck' };

const controlOf = (page: Page, id: string, label: string) =>
	page.locator(`#${id}`).getByRole('button', { name: label, exact: true });

async function timeDownload(page: Page, button: Locator) {
	const started = Date.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		button.click()
	]);
	const path = await download.path();
	return { ms: Date.now() - started, bytes: readFileSync(path).length };
}

/** One line of the table: median, min and max time, and the last column (file KB or a word). */
function printRow(name: string, control: string, ms: number[], last: string) {
	const cells = [median(ms), Math.min(...ms), Math.max(...ms)].map((n) => String(n).padStart(9));
	console.log(`${name.padEnd(26)}${control.padEnd(14)}${cells.join('')}${last.padStart(10)}`);
}

/** Clicks what `button` finds once per freshly loaded page, `runs` times. */
async function timeFirstDownloads(path: string, button: (page: Page) => Locator) {
	const results = [];
	for (let i = 0; i < runs; i++) {
		// A fresh page per click: Chromium limits repeated downloads from one page.
		const context = await browser.newContext({
			acceptDownloads: true,
			viewport: { width: 1440, height: 900 }
		});
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		results.push(await timeDownload(page, button(page)));
		await context.close();
	}
	return results;
}

async function timeCopy(page: Page, id: string) {
	const status = page.locator(`#${id} [role=status]`);
	const started = Date.now();
	await controlOf(page, id, 'Copy image').click();
	// Headless Chromium sometimes never settles a clipboard write: report it, do not hang.
	const settled = await status
		.filter({ hasText: /copied|failed/ })
		.waitFor({ timeout: 15_000 })
		.then(() => true)
		.catch(() => false);
	if (!settled) return { ms: Date.now() - started, ok: false };
	const ms = Date.now() - started;
	const text = (await status.textContent()) ?? '';
	await page.evaluate((s) => {
		const el = document.querySelector(s);
		if (el) el.textContent = '';
	}, `#${id} [role=status]`);
	return { ms, ok: /copied/.test(text) };
}

const server = await startStaticServer({ dir: resolve(ROOT, 'build'), port: 0, brotli: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--no-first-run'
	]
});
console.log(`Export timings in Chromium: median of ${runs} first clicks, each on a fresh page\n`);
console.log('chart                     control       median ms   min ms   max ms   file KB');
try {
	for (const target of TARGETS) {
		for (const label of FILE_CONTROLS) {
			const results = await timeFirstDownloads(target.path, (page) =>
				controlOf(page, target.id, label)
			);
			const kb = (median(results.map((r) => r.bytes)) / 1024).toFixed(1);
			printRow(
				target.id,
				label,
				results.map((r) => r.ms),
				kb
			);
		}
		// Clipboard permission in its own context: granting it changes how downloads behave.
		const clip = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		await clip.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
		const clipPage = await clip.newPage();
		await clipPage.bringToFront();
		await clipPage.goto(`${server.url}${target.path}`, { waitUntil: 'networkidle' });
		const copies = [];
		for (let i = 0; i < runs; i++) copies.push(await timeCopy(clipPage, target.id));
		const copied = copies.every((c) => c.ok) ? 'copied' : 'FAILED';
		printRow(
			target.id,
			'Copy image',
			copies.map((c) => c.ms),
			copied
		);
		await clip.close();
	}
	const decks = await timeFirstDownloads(DECK.path, (page) =>
		page.getByRole('button', { name: DECK.label, exact: true })
	);
	const deckKb = (median(decks.map((r) => r.bytes)) / 1024).toFixed(1);
	printRow(
		'all charts (deck)',
		'PowerPoint',
		decks.map((r) => r.ms),
		deckKb
	);
} finally {
	await browser.close();
	server.close();
}
