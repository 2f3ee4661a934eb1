/**
 * npm run bench:exports — times each control of the export bar in the browser on the built
 * site: PNG (slide), SVG, Copy image, PowerPoint and CSV of the biggest chart (the sector ×
 * chapter heatmap: 195 cells, exported as an image in PowerPoint), of a native PowerPoint bar
 * chart, and of the map. Each control is clicked once per freshly loaded page (first clicks,
 * lazy modules included), several times over; the median time from click to file
 * (or to "copied") and the file size are printed. A benchmark: it prints figures, never fails.
 *
 *   npm run bench:exports -- [--runs 5] [--no-build]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { buildSite, isBuildStale } from './lib/web/build-site';
import { medianOf as median } from './lib/web/lighthouse-figures';
import { startStaticServer } from './lib/web/static-server';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		'no-build': { type: 'boolean', default: false }
	}
});
const runs = Math.max(1, Number(values.runs) || 5);

const TARGETS = [
	{ path: '/sectors', id: 'sector-by-chapter' },
	{ path: '/commitments', id: 'commitments-by-chapter' },
	{ path: '/map', id: 'map' }
];
const FILE_CONTROLS = ['PNG', 'SVG', 'PowerPoint', 'CSV'];

async function timeDownload(page: Page, id: string, label: string) {
	const started = Date.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		page.locator(`#${id}`).getByRole('button', { name: label, exact: true }).click()
	]);
	const path = await download.path();
	return { ms: Date.now() - started, bytes: readFileSync(path).length };
}

async function timeCopy(page: Page, id: string) {
	const status = page.locator(`#${id} [role=status]`);
	const started = Date.now();
	await page.locator(`#${id}`).getByRole('button', { name: 'Copy image', exact: true }).click();
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

if (!values['no-build'] && isBuildStale(ROOT)) buildSite(ROOT, { preprocess: true });
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
			const results = [];
			for (let i = 0; i < runs; i++) {
				// A fresh page per click: Chromium limits repeated downloads from one page.
				const context = await browser.newContext({
					acceptDownloads: true,
					viewport: { width: 1440, height: 900 }
				});
				const page = await context.newPage();
				await page.goto(`${server.url}${target.path}`, { waitUntil: 'networkidle' });
				results.push(await timeDownload(page, target.id, label));
				await context.close();
			}
			const ms = results.map((r) => r.ms);
			console.log(
				`${target.id.padEnd(26)}${label.padEnd(14)}${String(median(ms)).padStart(9)}${String(Math.min(...ms)).padStart(9)}${String(Math.max(...ms)).padStart(9)}${(median(results.map((r) => r.bytes)) / 1024).toFixed(1).padStart(10)}`
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
		const ms = copies.map((c) => c.ms);
		console.log(
			`${target.id.padEnd(26)}${'Copy image'.padEnd(14)}${String(median(ms)).padStart(9)}${String(Math.min(...ms)).padStart(9)}${String(Math.max(...ms)).padStart(9)}${(copies.every((c) => c.ok) ? 'copied' : 'FAILED').padStart(10)}`
		);
		await clip.close();
	}
} finally {
	await browser.close();
	server.close();
}
