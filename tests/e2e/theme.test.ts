// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Themes: the page follows the system colour scheme, the toggle overrides it, and the choice
 * survives a reload (applied before paint by app.html's inline script, whose hash the CSP holds).
 * Colours are compared with the design tokens, the one source of both themes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { THEMES } from '../../src/lib/design/tokens';
import { rgb } from './lib/colours';
import { launchBrowser, visit } from './lib/browser';
import { NAV_PATHS } from './lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const bodyColours = (page: Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.body);
		return { background: style.backgroundColor, text: style.color };
	});

describe.each(NAV_PATHS)('%s', (path) => {
	it.each(['light', 'dark'] as const)('follows a %s system theme', async (scheme) => {
		const { page, close } = await visit(browser, baseUrl, path, { colorScheme: scheme });
		const colours = await bodyColours(page);
		await close();
		expect(colours).toEqual({ background: rgb(THEMES[scheme].bg), text: rgb(THEMES[scheme].fg) });
	});
});

describe('theme toggle', () => {
	it('"Dark" overrides a light system theme, survives a reload, and "Auto" gives it back', async () => {
		const { page, close } = await visit(browser, baseUrl, '/', { colorScheme: 'light' });
		const button = (name: string) => page.getByRole('button', { name, exact: true });

		await button('Dark').click();
		expect(await button('Dark').getAttribute('aria-pressed')).toBe('true');
		expect((await bodyColours(page)).background).toBe(rgb(THEMES.dark.bg));

		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect((await bodyColours(page)).background).toBe(rgb(THEMES.dark.bg));

		await button('Auto').click();
		expect((await bodyColours(page)).background).toBe(rgb(THEMES.light.bg));
		await close();
	});
});
