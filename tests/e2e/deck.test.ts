// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/**
 * "All charts as a deck" on the built home page: the .pptx holds a title slide, every
 * registered chart (native chart or table), the map and the timeline (pictures drawn by their
 * embeds), and a sources slide, with speaker notes; LibreOffice opens it with one page per
 * slide when it is installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let deck: Uint8Array;
let files: Record<string, Uint8Array>;
/**
 * The registry's charts (src/lib/charts/registry.ts; e2e files cannot import $lib): five, four
 * with a native bar form. The unit test src/lib/export/deck.test.ts reads the registry itself.
 */
const REGISTERED = 5;
const NATIVE = 4;
const EXPECTED = REGISTERED + 2 + 2;

function soffice(): string | undefined {
	try {
		return execFileSync('which', ['soffice']).toString().trim() || undefined;
	} catch {
		return undefined;
	}
}

beforeAll(async () => {
	browser = await launchBrowser();
	const context = await browser.newContext({
		acceptDownloads: true,
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByRole('button', { name: 'All charts as a deck' }).click()
	]);
	deck = new Uint8Array(readFileSync(await file.path()));
	files = unzipSync(deck);
	if (process.env.DECK_OUT) writeFileSync(process.env.DECK_OUT, deck);
}, 120_000);
afterAll(() => browser?.close());

describe('All charts as a deck', () => {
	it('has the title slide, every chart, the map, the timeline and the sources slide', () => {
		const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides).toHaveLength(EXPECTED);
		const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
		expect(charts).toHaveLength(NATIVE);
		const text = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
		const rels = (n: number) => strFromU8(files[`ppt/slides/_rels/slide${n}.xml.rels`]!);
		const pictures = [...Array(EXPECTED).keys()]
			.map((i) => i + 1)
			.filter((n) => /relationships\/image/.test(rels(n)));
		// The map and the timeline, as pictures of a real size, with their own titles.
		expect(pictures).toEqual([EXPECTED - 2, EXPECTED - 1]);
		expect(text(EXPECTED - 2)).toMatch(/map|visits|routes/i);
		expect(text(EXPECTED - 1)).toMatch(/relations/i);
		for (const n of pictures) {
			const image = rels(n).match(/Target="\.\.\/media\/([^"]+)"/)?.[1];
			expect(files[`ppt/media/${image}`]!.length).toBeGreaterThan(20_000);
		}
		for (let n = 2; n < EXPECTED; n++) expect(rels(n)).toMatch(/notesSlide/);
	});

	it('opens in LibreOffice with one page per slide', (context) => {
		const binary = soffice();
		if (!binary) {
			console.warn('soffice not found: skipping the LibreOffice conversion of the deck');
			context.skip();
		}
		const dir = mkdtempSync(join(tmpdir(), 'deck-'));
		writeFileSync(join(dir, 'deck.pptx'), deck);
		execFileSync(
			binary!,
			['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')],
			{
				timeout: 180_000,
				env: { ...process.env, HOME: dir }
			}
		);
		expect(readdirSync(dir)).toContain('deck.pdf');
		const pdf = readFileSync(join(dir, 'deck.pdf')).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(EXPECTED);
	}, 200_000);
});
