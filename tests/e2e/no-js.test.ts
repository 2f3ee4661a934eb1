// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Without JavaScript every visual is already there: each chart figure (ChartFigure) and each
 * embed holds a drawn SVG from the prerender, and pages made of visuals have at least one.
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
		// Pages wrap each visual in ChartFigure; an embed is the visual alone in <main>.
		const container = isEmbed(path) ? 'main' : 'figure.chart-block';
		const figures = await page.locator(container).evaluateAll((nodes) =>
			nodes.map((node) => {
				// A chart may carry one SVG per layout and show the one that fits: any shown counts.
				// The size rules out icons.
				const shown = [...node.querySelectorAll('svg')].filter((svg) => {
					const box = svg.getBoundingClientRect();
					return box.width >= 100 && box.height >= 50 && svg.childElementCount > 0;
				});
				return {
					title: node.querySelector('h1, h2, h3')?.textContent?.trim() ?? node.id,
					drawn: shown.length > 0
				};
			})
		);
		await close();
		if (VISUAL_PATHS.includes(path) || isEmbed(path)) expect(figures.length).toBeGreaterThan(0);
		expect(figures.filter((f) => !f.drawn).map((f) => f.title)).toEqual([]);
	});
});
