/**
 * Every page loads clean: 200, no console error, no uncaught exception, no failed request and
 * no request that leaves the site (fonts, geometry and data ship with it).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { allPaths } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

describe.each(allPaths())('%s', (path) => {
	it('answers 200 and loads without errors or requests to other origins', async () => {
		const { status, problems, close } = await visit(browser, baseUrl, path);
		await close();
		expect(status).toBe(200);
		expect(problems).toEqual([]);
	});
});
