// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * axe-core on every page in both themes (colour contrast differs per theme). A failure lists
 * rule, impact and the first elements, so the page owner can find them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { allPaths } from './lib/pages';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

interface Violation {
	id: string;
	impact: string | null;
	nodes: { target: string[] }[];
}

describe.each(allPaths())('%s', (path) => {
	it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (scheme) => {
		const { page, close } = await visit(browser, baseUrl, path, { colorScheme: scheme });
		// Evaluated through the DevTools protocol, so the page's CSP does not apply to axe itself.
		await page.evaluate(AXE_SOURCE);
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } })
				.axe;
			return (await axe.run()).violations;
		});
		await close();
		const report = violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.slice(0, 4)
					.map((n) => n.target.join(' '))
					.join(' | ')}${v.nodes.length > 4 ? ` … +${v.nodes.length - 4}` : ''}`
		);
		expect(report).toEqual([]);
	});
});
