// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The system Chromium (playwright-core drives it; no browser download) and a page visit that
 * records everything that went wrong: console errors, uncaught exceptions, failed or non-2xx
 * requests, and requests that left the site's origin.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Playwright gives every launch a fresh temporary profile (user data dir). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A page of a laptop-sized window that accepts downloads (the export tests read them). */
export async function downloadsPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		acceptDownloads: true,
		viewport: { width: 1280, height: 900 }
	});
	return context.newPage();
}

export interface Visit {
	page: Page;
	/** HTTP status of the page itself. */
	status: number | undefined;
	/** One line per problem; empty on a clean load. */
	problems: string[];
	close(): Promise<void>;
}

/** Waits until no request has been in flight for `quietMs` (lazy enhancements included). */
async function settle(page: Page, inFlight: () => number, quietMs = 400) {
	let quietSince = Date.now();
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		await page.waitForTimeout(100);
		if (inFlight() > 0) quietSince = Date.now();
		else if (Date.now() - quietSince >= quietMs) return;
	}
}

export async function visit(
	browser: Browser,
	baseUrl: string,
	path: string,
	options: BrowserContextOptions = {}
): Promise<Visit> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const problems: string[] = [];
	const origin = new URL(baseUrl).origin;
	let pending = 0;

	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		pending++;
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
			problems.push(`request to another origin: ${request.url()}`);
		}
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('requestfinished', () => pending--);
	page.on('requestfailed', (request) => {
		pending--;
		problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
	});

	const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
	// Scroll through the page so that enhancements loaded on visibility run too.
	if (options.javaScriptEnabled !== false) await scrollThrough(page);
	await settle(page, () => pending);

	return { page, status: response?.status(), problems, close: () => context.close() };
}

function scrollThrough(page: Page) {
	return page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
			window.scrollTo(0, y);
			await new Promise((done) => requestAnimationFrame(() => done(undefined)));
		}
		window.scrollTo(0, 0);
	});
}
