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
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadsPage, launchBrowser } from './lib/browser';
import { pngStats } from './lib/png-stats';
import { CHARTS } from '$lib/charts/registry';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let deck: Uint8Array;
let files: Record<string, Uint8Array>;
/** The registry's charts (the home page's deck holds every one), and those with a native form. */
const REGISTERED = Object.keys(CHARTS).length;
const NATIVE = Object.values(CHARTS).filter((chart) => chart.native).length;
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
	page = await downloadsPage(browser);
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
		// Each links the page the reader opens, not the embed that drew its picture.
		expect(text(EXPECTED - 2)).toMatch(/\/map<\/a:t>/);
		expect(text(EXPECTED - 1)).toMatch(/\/timeline<\/a:t>/);
		for (const n of pictures) {
			const image = rels(n).match(/Target="\.\.\/media\/([^"]+)"/)?.[1];
			expect(files[`ppt/media/${image}`]!.length).toBeGreaterThan(20_000);
		}
		for (let n = 2; n < EXPECTED; n++) expect(rels(n)).toMatch(/notesSlide/);
	});

	it('draws the map and timeline pictures in colour, not as a blank or black box', async () => {
		const media = Object.keys(files).filter((f) => /^ppt\/media\/.+/.test(f));
		expect(media).toHaveLength(2);
		for (const name of media) {
			const { colours, dark } = await pngStats(page, files[name]!, 53);
			expect(colours, name).toBeGreaterThan(8);
			expect(dark, name).toBeLessThan(0.2);
		}
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
