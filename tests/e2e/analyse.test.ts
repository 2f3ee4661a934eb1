/**
 * /analyse in Chromium: a pasted statement is read in the page's worker and its tables download
 * as the CLI writes them; bad input gets the CLI's message and no console error; the reader is
 * loaded by that worker only, after the click, and from no other origin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { NAV_PATHS, ROOT } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const OPTIONS = { viewport: { width: 1280, height: 900 }, acceptDownloads: true };
const US_INDONESIA = readFileSync(resolve(ROOT, 'seeds/corpus/us-indonesia-csp-2023.txt'), 'utf8');
/** A string only the reader's code holds (its refusal of a text without paragraphs). */
const READER_MARK = 'no paragraphs found';

/** Requests for the worker's script, counted from the visit on. */
function workerRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/workers/')) seen.push(request.url());
	});
	return seen;
}

async function analysePasted(page: Page, text: string) {
	await page.getByLabel('Text of the statement').fill(text);
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
}

describe('/analyse', () => {
	it('reads a pasted statement in the worker and downloads its tables as the CLI writes them', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/analyse', OPTIONS);
		const workers = workerRequests(page);
		const before = workers.length;
		await analysePasted(page, US_INDONESIA);
		await page.getByRole('heading', { name: 'The data package' }).waitFor({ timeout: 30_000 });
		const status = await page.locator('#analyse-status').innerText();
		// The report: its title, and the chapters chart drawn live (no server drew it).
		await page.locator('figure#commitments-by-chapter svg').first().waitFor({ timeout: 30_000 });
		const report = await page.locator('article.report').innerText();
		const title = await page.locator('#report-title').innerText();
		// The pasted text lives only in this tab: no link could reopen it.
		const copyLinks = await page.getByRole('button', { name: 'Copy link' }).count();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'clauses.csv', exact: true }).click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8');
		await close();
		expect(problems).toEqual([]);
		// Not before the reader starts on the form (then it is fetched, so Analyse works offline).
		expect(before).toBe(0);
		expect(workers.length).toBeGreaterThan(0);
		// The parties are read from the text, as the CLI reads them: from the title, in its order
		// (the order the corpus's sources.json gives them).
		expect(report).toContain('United States · Indonesia');
		expect(title).toMatch(
			/^Joint Statement from the Leaders of the United States and the Republic of Indonesia: Elevating Relations/
		);
		expect(copyLinks).toBe(0);
		expect(status).toMatch(/^Read pasted text in \d+\.\d s\.$/);
		expect(download.suggestedFilename()).toBe('pasted-text-clauses.csv');
		// The header line of the package's clauses.csv, byte-order mark included; then its rows.
		const header = readFileSync(resolve(ROOT, 'data/clauses.csv'), 'utf8').split('\r\n')[0];
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(header);
		expect(lines[1]).toMatch(/^pasted-text:p1:s1:c1,pasted-text,/);
		// The report counts the clauses the CSV lists (header first, CRLF after the last row).
		const shown = /(\d[\d,]*)\s+clauses\b/.exec(report)?.[1]?.replace(',', '');
		expect(Number(shown)).toBe(lines.length - 2);
		expect(lines.length).toBeGreaterThan(40);
	});

	it('refuses one word and a file that is not UTF-8 with the CLI’s words, and no console error', async () => {
		const { page, problems, close } = await visit(browser, baseUrl, '/analyse', OPTIONS);
		const alert = page.getByRole('alert');
		await analysePasted(page, 'hello');
		await alert.waitFor();
		const word = await alert.innerText();
		await page.getByLabel(/Or open a \.txt or \.md file/).setInputFiles({
			name: 'latin-1.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Joint statement\n\nCaf\xe9 au lait.\n', 'latin1')
		});
		await page.getByText('latin-1.txt:3: text is not UTF-8').waitFor();
		const bytes = await alert.innerText();
		const results = await page.getByRole('heading', { name: 'The data package' }).count();
		await close();
		expect(problems).toEqual([]);
		expect(word).toContain(
			'pasted text: no paragraphs found (is this a statement or article text?)'
		);
		expect(bytes).toContain(
			'latin-1.txt:3: text is not UTF-8 (invalid byte 0xe9 at byte 20); save it as UTF-8'
		);
		expect(results).toBe(0);
	});

	it('loads the reader nowhere but in the worker, and no page asks for the worker', async () => {
		const dir = resolve(ROOT, 'build/_app');
		const scripts = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
			.map((entry) => join(entry.parentPath, entry.name));
		const holding = scripts
			.filter((file) => readFileSync(file, 'utf8').includes(READER_MARK))
			.map((file) => relative(dir, file));
		expect(holding).toEqual([expect.stringMatching(/^immutable\/workers\/analyse\.worker-/)]);

		for (const path of NAV_PATHS) {
			const { page, close } = await visit(browser, baseUrl, path, OPTIONS);
			const loaded = await page.evaluate(() =>
				performance.getEntriesByType('resource').map((entry) => entry.name)
			);
			await close();
			expect(
				loaded.filter((url) => url.includes('/workers/')),
				path
			).toEqual([]);
		}
	});
});
