/**
 * npm run bench:web — builds the site, serves it as `npm start` does (gzip only, so byte counts
 * are gzip bytes), and runs Lighthouse 12 (mobile preset, simulated throttling) in the system
 * Chromium several times on every page. Prints the median of each figure per page and flags it
 * against the budgets. A benchmark: it prints figures and never fails on them.
 *
 * LCP is held against a bare static page (bare-page.ts) served by the same server and measured in
 * the same run, interleaved with the pages (at the start of every round and after every few
 * pages), so that a slow or busy machine moves both: the ratio is what the site adds.
 *
 *   npm run bench:web -- [--runs 3] [--no-build] [--embeds] [--page /map ...]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite } from './lib/web/build-site';
import { writeBarePage } from './lib/web/bare-page';
import { measure, median, type PageFigures } from './lib/web/lighthouse-figures';
import { isEmbed, sitePaths } from './lib/web/site-pages';
import { startStaticServer } from './lib/web/static-server';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
const KB = 1024;
const BUDGET = {
	jsBytes: 80 * KB,
	totalBytes: 300 * KB,
	performance: 95,
	other: 100,
	cls: 0,
	/** A page's LCP over the bare page's. */
	lcpRatio: 1.5
};
/** Pages measured between two runs of the bare page within a round. */
const PAGES_PER_BARE_RUN = 4;

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'no-build': { type: 'boolean', default: false },
		embeds: { type: 'boolean', default: false },
		page: { type: 'string', multiple: true }
	}
});
const runs = Math.max(1, Number(values.runs) || 3);

async function lighthouseRun(url: string): Promise<PageFigures> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROME_PATH,
		chromeFlags: CHROME_FLAGS
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		return measure(result.lhr);
	} finally {
		chrome.kill();
	}
}

/**
 * Pages that ask not to be indexed (<meta name="robots" content="noindex">): the 404 page and
 * the embeds, which are parts of other pages. Lighthouse's SEO audit "is-crawlable" fails on them
 * by design, so it is not flagged there.
 */
const NOINDEX_AUDIT = 'seo/is-crawlable';
const meantNotIndexed = (path: string) => path === '/404' || isEmbed(path);

function flags(path: string, f: PageFigures, lcpRatio: number): string {
	const out: string[] = [];
	if (lcpRatio > BUDGET.lcpRatio) out.push('LCP>1.5×bare');
	if (f.jsBytes > BUDGET.jsBytes) out.push('JS>80KB');
	if (f.totalBytes > BUDGET.totalBytes) out.push('page>300KB');
	if (f.performance < BUDGET.performance) out.push('perf<95');
	if (f.accessibility < BUDGET.other) out.push('a11y<100');
	if (f.bestPractices < BUDGET.other) out.push('BP<100');
	const seoFailures = f.failingAudits.filter(
		(audit) => audit.startsWith('seo/') && !(meantNotIndexed(path) && audit === NOINDEX_AUDIT)
	);
	if (f.seo < BUDGET.other && seoFailures.length) out.push('SEO<100');
	if (f.cls > BUDGET.cls) out.push('CLS>0');
	return out.length ? out.join(' ') : 'within budget';
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const row = (cells: (string | number)[], widths: number[]) =>
	cells.map((c, i) => String(c).padStart(widths[i] ?? 8)).join(' ');

/** One round: the bare page first and after every few pages, each page once. */
async function round(paths: string[], base: string, bareUrl: string) {
	const bare: PageFigures[] = [];
	const pages = new Map<string, PageFigures>();
	for (const [i, path] of paths.entries()) {
		if (i % PAGES_PER_BARE_RUN === 0) bare.push(await lighthouseRun(bareUrl));
		pages.set(path, await lighthouseRun(new URL(path, base).href));
	}
	return { bare, pages };
}

async function main() {
	if (!values['no-build']) {
		console.log('bench:web: npm run build');
		buildSite(ROOT, { preprocess: true });
	}
	const buildDir = resolve(ROOT, 'build');
	const paths = values.page ?? sitePaths(buildDir).filter((p) => values.embeds || !isEmbed(p));
	const barePage = writeBarePage();
	const server = await startStaticServer({ dir: buildDir, port: 0, brotli: false });
	const bareServer = await startStaticServer({ dir: barePage.dir, port: 0, brotli: false });
	const base = server.url.replace('127.0.0.1', 'localhost');
	const bareUrl = `${bareServer.url.replace('127.0.0.1', 'localhost')}/`;
	console.log(
		`\nLighthouse (mobile preset, simulated throttling), median of ${runs} run(s) per page; ` +
			`served gzip from ${base}; Chromium ${CHROME_PATH}\n` +
			`Budgets: LCP ≤ ${BUDGET.lcpRatio}× the bare page's (same run), JS ≤ 80 KB gz, ` +
			`page ≤ 300 KB, performance ≥ 95, a11y/BP/SEO 100, CLS 0\n`
	);
	const bareRuns: PageFigures[] = [];
	const pageRuns = new Map<string, PageFigures[]>(paths.map((p) => [p, []]));
	try {
		for (let i = 0; i < runs; i++) {
			console.log(`round ${i + 1} of ${runs}…`);
			const { bare, pages } = await round(paths, base, bareUrl);
			bareRuns.push(...bare);
			for (const [path, figures] of pages) pageRuns.get(path)?.push(figures);
		}
	} finally {
		await Promise.all([server.close(), bareServer.close()]);
		barePage.remove();
	}

	const bareLcp = median(bareRuns).lcpMs;
	const widths = [14, 7, 7, 6, 5, 5, 5, 5, 6, 5, 6, 9];
	const header = ['page', 'LCP ms', 'bare ms', 'ratio', 'perf', 'a11y', 'BP', 'SEO', 'CLS'];
	console.log(`\n${row([...header, 'TBT', 'JS KB', 'total KB'], widths)}  flags`);
	const notes: string[] = [];
	const slow: string[] = [];
	for (const [path, all] of pageRuns) {
		const m = median(all);
		const ratio = m.lcpMs / bareLcp;
		const cells = [path, Math.round(m.lcpMs), Math.round(bareLcp), ratio.toFixed(2)];
		const scores = [m.performance, m.accessibility, m.bestPractices, m.seo, m.cls.toFixed(3)];
		const rest = [Math.round(m.tbtMs), kb(m.jsBytes), kb(m.totalBytes)];
		console.log(row([...cells, ...scores, ...rest], widths), ` ${flags(path, m, ratio)}`);
		if (m.failingAudits.length) notes.push(`${path}: ${m.failingAudits.join(', ')}`);
		if (ratio > BUDGET.lcpRatio) {
			const blocking = m.renderBlocking.join(', ') || 'none';
			slow.push(`${path}: LCP element ${m.lcpElements.join(' | ')}; render-blocking ${blocking}`);
		}
	}
	console.log(
		`bare page: LCP median ${Math.round(bareLcp)} ms over ${bareRuns.length} runs ` +
			`(${bareRuns.map((r) => Math.round(r.lcpMs)).join(', ')})`
	);
	if (slow.length) {
		console.log('\nPages over the LCP ratio (any run):');
		for (const line of slow) console.log(`  ${line}`);
	}
	if (notes.length) {
		console.log('\nAudits below full score in a11y / best practices / SEO (any run):');
		for (const note of notes) console.log(`  ${note}`);
	}
	console.log(
		`\nSEO on /404 and /embed/*: ${NOINDEX_AUDIT} fails by design (noindex), not flagged.` +
			"\nratio: the median LCP over the bare page's median LCP (same server, same run)." +
			'\nJS KB: script bytes transferred during load (before any interaction), gzip.'
	);
}

try {
	await main();
} catch (error) {
	console.error(`bench:web: ${(error as Error).message}`);
	process.exit(1);
}
