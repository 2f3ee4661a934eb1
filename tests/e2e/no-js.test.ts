// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Without JavaScript every visual is already there: each chart figure (ChartFigure) holds a
 * drawn SVG from the prerender, and pages made of visuals have at least one.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { allPaths, isEmbed, VISUAL_PATHS } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

describe.each(allPaths())('%s without JavaScript', (path) => {
	it('shows every chart figure as a drawn SVG', async () => {
		const { page, status, close } = await visit(browser, baseUrl, path, {
			javaScriptEnabled: false
		});
		expect(status).toBe(200);
		const figures = await page.locator('figure.chart-block').evaluateAll((nodes) =>
			nodes.map((figure) => {
				// Charts may carry one SVG per layout and show the one that fits: any shown counts.
				const shown = [...figure.querySelectorAll('.visual svg')].filter((svg) => {
					const box = svg.getBoundingClientRect();
					return box.width > 0 && box.height > 0 && svg.childElementCount > 0;
				});
				return {
					title: figure.querySelector('h2, h3')?.textContent?.trim() ?? figure.id,
					drawn: shown.length > 0
				};
			})
		);
		await close();
		if (VISUAL_PATHS.includes(path) || isEmbed(path)) expect(figures.length).toBeGreaterThan(0);
		expect(figures.filter((f) => !f.drawn).map((f) => f.title)).toEqual([]);
	});
});
