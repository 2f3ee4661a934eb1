/**
 * npm run bench:analyse — times /analyse in the browser on the built site: from the click on
 * Analyse to the result drawn (the frame after it is in the page), for a statement of about
 * 30 KB and a text of about 1 MB (the corpus statements joined until it is that long), each on
 * a freshly loaded page. Also the main thread's longest task during each run (PerformanceObserver
 * 'longtask': the page answers no click for that long), the page's JavaScript before any
 * interaction (gzip, as served) and the worker's, which loads only on Analyse. Medians over the
 * runs. A benchmark: it prints figures against the goals, never fails on them.
 *
 *   npm run bench:analyse -- [--runs 5] [--no-build]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/lib/browser';
import { ROOT, prepareBrowserBench } from './lib/web/browser-bench';
import { medianOf as median } from './lib/web/lighthouse-figures';
import { startStaticServer } from './lib/web/static-server';

const { runs } = prepareBrowserBench(5);
const KB = 1024;
const CORPUS = resolve(ROOT, 'seeds/corpus');

/** The corpus statement nearest 30 KB, and the corpus joined until it reaches 1 MB. */
function inputs(): { label: string; goalMs: number; text: string }[] {
	const texts = readdirSync(CORPUS)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => readFileSync(resolve(CORPUS, name), 'utf8'));
	const bytes = (text: string) => Buffer.byteLength(text);
	const near30 = texts.reduce((best, t) =>
		Math.abs(bytes(t) - 30 * KB) < Math.abs(bytes(best) - 30 * KB) ? t : best
	);
	const parts: string[] = [];
	for (let i = 0; bytes(parts.join('\n\n')) < KB * KB; i++) parts.push(texts[i % texts.length]!);
	const long = parts.join('\n\n');
	return [
		{ label: `${(bytes(near30) / KB).toFixed(0)} KB statement`, goalMs: 1000, text: near30 },
		{ label: `${(bytes(long) / KB / KB).toFixed(2)} MB text`, goalMs: 10_000, text: long }
	];
}

interface RunFigures {
	ms: number;
	longestTaskMs: number;
	scriptBytes: number;
	workerBytes: number;
}

async function run(browser: Browser, url: string, text: string): Promise<RunFigures> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	// Long tasks from the first byte on, kept in the page for the run to read.
	await page.addInitScript(() => {
		const tasks: { start: number; duration: number }[] = [];
		(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const scriptBytes = await page.evaluate(() =>
		(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
			.reduce((sum, e) => sum + e.encodedBodySize, 0)
	);
	await page.$eval(
		'#statement-text',
		(area, value) => {
			(area as HTMLTextAreaElement).value = value;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		},
		text
	);
	const figures = await page.evaluate(async () => {
		const button = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'Analyse'
		)!;
		const drawn = new Promise<number>((done) => {
			const observer = new MutationObserver(() => {
				if (!document.getElementById('downloads-title')) return;
				observer.disconnect();
				// Drawn: the frame that paints the result has run.
				requestAnimationFrame(() => setTimeout(() => done(performance.now())));
			});
			observer.observe(document.body, { childList: true, subtree: true });
		});
		const started = performance.now();
		button.click();
		const ended = await drawn;
		// The long-task entry of the last task arrives after it ends.
		await new Promise((done) => setTimeout(done, 100));
		const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
			.__longTasks;
		const during = tasks.filter((t) => t.start + t.duration >= started && t.start <= ended);
		const worker = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
			(e) => e.name.includes('/workers/')
		);
		return {
			ms: ended - started,
			longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
			workerBytes: worker?.encodedBodySize ?? 0
		};
	});
	await context.close();
	return { ...figures, scriptBytes };
}

// gzip only, as bench:web counts bytes.
const server = await startStaticServer({ dir: resolve(ROOT, 'build'), port: 0, brotli: false });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	const url = `${server.url}/analyse`;
	console.log(`/analyse on ${url}, Chromium ${CHROMIUM}; median of ${runs} runs, fresh page each`);
	console.log(
		`${'input'.padEnd(20)} ${'click→drawn'.padStart(12)} ${'goal'.padStart(8)} ${'longest task'.padStart(13)}  runs (ms)`
	);
	let first: RunFigures | undefined;
	for (const { label, goalMs, text } of inputs()) {
		const all: RunFigures[] = [];
		for (let i = 0; i < runs; i++) all.push(await run(browser, url, text));
		first ??= all[0];
		const ms = median(all.map((r) => r.ms));
		const longest = median(all.map((r) => r.longestTaskMs));
		console.log(
			`${label.padEnd(20)} ${`${Math.round(ms)} ms`.padStart(12)} ${`≤ ${goalMs / 1000} s`.padStart(8)} ${`${Math.round(longest)} ms`.padStart(13)}  ${all.map((r) => Math.round(r.ms)).join(', ')}${ms > goalMs ? '  over the goal' : ''}`
		);
	}
	if (first) {
		const js = first.scriptBytes / KB;
		console.log(
			`\nJS before interaction: ${js.toFixed(1)} KB gz (budget ≤ 80 KB${js > 80 ? ', over' : ''}); ` +
				`the worker, loaded on Analyse: ${(first.workerBytes / KB).toFixed(1)} KB gz`
		);
	}
	console.log(
		'longest task: the longest the main thread was busy between the click and the result drawn.'
	);
} finally {
	await browser.close();
	await server.close();
}
