// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Keyboard: pressing Tab from the top of each page reaches every interactive control that is
 * rendered (links, buttons, form fields, focusable SVG marks). A radio group counts once, as
 * Tab enters it once and the arrow keys move within it.
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
	it('Tab reaches every interactive control', async () => {
		const { page, close } = await visit(browser, baseUrl, path);
		const controls = await page.evaluate(() => {
			const selector = [
				'a[href]',
				'area[href]',
				'button',
				'input:not([type="hidden"])',
				'select',
				'textarea',
				'iframe',
				'summary',
				'[tabindex]',
				'[contenteditable]:not([contenteditable="false"])'
			].join(',');
			const radioGroups = new Set<string>();
			const found: string[] = [];
			for (const el of document.querySelectorAll<HTMLElement>(selector)) {
				if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest('[inert]'))
					continue;
				// checkVisibility alone says true for SVG links inside a display:none group.
				if (!el.checkVisibility({ visibilityProperty: true }) || !el.getClientRects().length) {
					continue;
				}
				if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
					if (radioGroups.has(el.name)) continue;
					radioGroups.add(el.name);
				}
				el.dataset.e2eControl = String(found.length);
				const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
				found.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`);
			}
			return found;
		});

		const reached = new Set<string>();
		for (let i = 0; i < controls.length + 20; i++) {
			await page.keyboard.press('Tab');
			const active = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return 'body';
				// A radio group is entered once: mark it by its marked member.
				const group =
					el instanceof HTMLInputElement && el.type === 'radio' && el.name
						? document.querySelector<HTMLElement>(
								`input[type="radio"][name="${CSS.escape(el.name)}"][data-e2e-control]`
							)
						: el;
				if (group?.dataset.e2eControl) return group.dataset.e2eControl;
				// Focusable but not a control (e.g. a scrollable region): name it once.
				el.dataset.e2eOther ??= `other-${document.querySelectorAll('[data-e2e-other]').length}`;
				return el.dataset.e2eOther;
			});
			if (active === 'body' && i > 0) break; // focus left the document: the cycle is done
			if (reached.has(active)) break;
			reached.add(active);
		}
		await close();
		const missed = controls.filter((_, i) => !reached.has(String(i)));
		expect(controls.length).toBeGreaterThan(0);
		expect(missed).toEqual([]);
	});
});
