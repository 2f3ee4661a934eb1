/**
 * /statements/<id> in Chromium: a statement's page shows its charts as server SVG and its
 * annotated text, /compare links to every statement's page, and the report draws its charts in
 * the browser when there is no server SVG (a client-side navigation, as on /analyse).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDashboard } from '../../src/lib/data-package/dashboard-json';
import { launchBrowser, visit } from './lib/browser';
import { ROOT } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const data = parseDashboard(readFileSync(resolve(ROOT, 'data/dashboard.json'), 'utf8'));
const STATEMENT = 'us-indonesia-csp-2023';
const row = data.compare.find((r) => r.docId === STATEMENT)!;
/** The report's charts (figure ids). */
const CHARTS = ['commitments-by-chapter', 'compare-rates', 'compare-modality', 'statement-sectors'];
const VIEWPORT = { viewport: { width: 1280, height: 900 } };

describe('a statement’s page', () => {
	it('shows its charts as server SVG, its figures and its annotated text, without errors', async () => {
		const { page, problems, close } = await visit(
			browser,
			baseUrl,
			`/statements/${STATEMENT}`,
			VIEWPORT
		);
		const h1 = await page.locator('h1').innerText();
		const svgs = await Promise.all(
			CHARTS.map((id) => page.locator(`figure#${id} .ssr svg`).count())
		);
		const wordsTile = await page.locator('.tile').first().innerText();
		const paragraphs = await page.locator('.report .para').count();
		const cueLevels = await page
			.locator('.report .cue[data-level]')
			.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-level')));
		const badges = await page.locator('.report .para .level-badge').count();
		const placed = await page
			.locator('#compare-rates-table tbody tr td:first-child')
			.allTextContents();
		await close();

		expect(problems).toEqual([]);
		expect(h1).toBe(row.label);
		// Three layouts each (CSS shows the one that fits).
		expect(svgs).toEqual(CHARTS.map(() => 3));
		expect(wordsTile).toContain(row.words.toLocaleString('en-GB'));
		expect(paragraphs).toBe(row.paragraphs);
		expect(badges).toBe(row.clauses);
		expect(new Set(cueLevels)).toEqual(new Set(['0', '1', '2', '3', '4']));
		expect(placed).toHaveLength(data.compare.length);
	});

	it('/compare links to every statement’s page; after a client-side navigation the charts draw live', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/compare', VIEWPORT);
		const hrefs = await page
			.locator('.picker a[href^="/statements/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		await page.locator(`.picker a[href="/statements/${STATEMENT}"]`).click();
		await page.waitForURL(`**/statements/${STATEMENT}`);
		// No server SVG after a client-side navigation: each chart is drawn by ECharts.
		for (const id of CHARTS) await page.locator(`figure#${id} .live svg`).first().waitFor();
		const serverSvgs = await page.locator('.report .ssr svg').count();
		const paragraphs = await page.locator('.report .para').count();
		await close();

		expect(problems).toEqual([]);
		expect(hrefs.sort()).toEqual(data.compare.map((r) => `/statements/${r.docId}`).sort());
		expect(serverSvgs).toBe(0);
		expect(paragraphs).toBe(row.paragraphs);
	});

	it('leads to /compare with the statement first and its clauses listed', async () => {
		const { page, problems, close } = await visit(
			browser,
			baseUrl,
			`/statements/${STATEMENT}`,
			VIEWPORT
		);
		await page.getByRole('link', { name: 'See it among the others on /compare' }).click();
		await page.waitForURL(/\/compare\?/);
		await page.locator('#behind li').first().waitFor();
		const listed = await page.locator('#behind li').count();
		const first = await page
			.locator('#compare-length-table tbody tr td:first-child')
			.first()
			.innerText();
		await close();

		expect(problems).toEqual([]);
		expect(first).toBe(row.label);
		expect(listed).toBe(row.clauses);
	});
});
