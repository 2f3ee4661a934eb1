// page.evaluate callbacks run in the browser:
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Security as served: the headers from scripts/lib/web/security-headers.ts on every response,
 * compression like a real host, SvelteKit's CSP <meta> with a hash for each inline script (and
 * nothing looser), and in the browser: an injected inline script and eval are refused, other
 * sites cannot frame a page, and an embed can be framed.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './lib/browser';
import { allPaths, isEmbed } from './lib/pages';

const baseUrl = inject('baseUrl');
const paths = allPaths();
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser.close());

const get = (path: string, encoding = 'gzip') =>
	fetch(new URL(path, baseUrl), { headers: { 'Accept-Encoding': encoding } });

/** The CSP <meta> of a page as directive → sources. */
function metaCsp(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	const policy = new Map<string, string[]>();
	for (const directive of (content ?? '').split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name, sources);
	}
	return policy;
}

const inlineScripts = (html: string) =>
	[...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

describe.each(paths)('%s as served', (path) => {
	it('carries the security headers, gzip-compressed', async () => {
		const res = await get(path);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		if (isEmbed(path)) {
			expect(res.headers.get('content-security-policy')).toMatch(/^frame-ancestors \*;/);
			expect(res.headers.get('x-frame-options')).toBeNull();
		} else {
			expect(res.headers.get('content-security-policy')).toMatch(/^frame-ancestors 'none';/);
			expect(res.headers.get('x-frame-options')).toBe('DENY');
		}
	});

	it('has a CSP <meta> that allows exactly its own inline scripts', async () => {
		const html = await (await get(path)).text();
		const csp = metaCsp(html);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		const scriptSrc = csp.get('script-src') ?? [];
		expect(scriptSrc[0]).toBe("'self'");
		expect(scriptSrc.filter((s) => !s.startsWith("'sha256-")).slice(1)).toEqual([]);
		const hashes = inlineScripts(html).map(
			(body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`
		);
		expect(hashes.length).toBeGreaterThan(0);
		expect(scriptSrc.slice(1).sort()).toEqual([...new Set(hashes)].sort());
	});
});

describe('assets as served', () => {
	it('caches content-hashed files for a year and sends brotli when asked', async () => {
		const html = await (await get('/')).text();
		// The start script imports the entry (no modulepreload links: tests/e2e/first-paint.test.ts).
		const asset = /import\("([^"]*\/_app\/immutable\/[^"]+\.js)"\)/.exec(html)?.[1];
		expect(asset).toBeDefined();
		const res = await get(new URL(asset ?? '', new URL('/', baseUrl)).pathname, 'br, gzip');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-encoding')).toBe('br');
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('does not serve the static hosts’ configuration file', async () => {
		expect((await get('/_headers')).status).toBe(404);
	});
});

describe('in the browser', () => {
	it('refuses an injected inline script and eval, and reports the violation', async () => {
		const { page, close } = await visit(browser, baseUrl, '/');
		await page.evaluate(() => {
			const w = window as unknown as { violations: string[] };
			w.violations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.violations.push(e.effectiveDirective)
			);
		});
		const added = await page
			.addScriptTag({ content: 'window.injected = true;' })
			.then(() => 'added')
			.catch((error: Error) => error.message);
		const result = await page.evaluate(async () => {
			await new Promise((done) => setTimeout(done, 50));
			let evalResult = 'ran';
			try {
				(0, eval)('1 + 1');
			} catch (error) {
				evalResult = (error as Error).name;
			}
			const w = window as unknown as { injected?: boolean; violations: string[] };
			return { injected: w.injected ?? false, evalResult, violations: w.violations };
		});
		await close();
		expect(typeof added).toBe('string');
		expect(result.injected).toBe(false);
		expect(result.evalResult).toBe('EvalError');
		expect(result.violations).toContain('script-src-elem');
	});

	it('cannot be framed by another site, while an embed can', async () => {
		const embed = paths.find(isEmbed);
		// '/commitments/' was once served without the framing headers; it redirects now.
		const framed = ['/commitments', '/commitments/', ...(embed ? [embed] : [])];
		// Another origin (another port) on the loopback too, so that only the headers decide.
		const framer = createServer((_, res) => {
			res.setHeader('Content-Type', 'text/html');
			res.end(framed.map((p) => `<iframe src="${new URL(p, baseUrl).href}"></iframe>`).join(''));
		});
		await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
		const { port } = framer.address() as AddressInfo;
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
		const urls = page
			.frames()
			.slice(1)
			.map((frame) => frame.url());
		await context.close();
		framer.close();
		expect(urls).toHaveLength(framed.length);
		// A refused frame shows Chromium's error page instead of the document.
		expect(urls[0]).toMatch(/^chrome-error:/);
		expect(urls[1]).toMatch(/^chrome-error:/);
		if (embed) expect(urls[2]).toBe(new URL(embed, baseUrl).href);
	});

	it('sends /commitments/ to /commitments, where every asset loads', async () => {
		const { page, status, problems, close } = await visit(browser, baseUrl, '/commitments/');
		const url = page.url();
		await close();
		expect(url).toBe(new URL('/commitments', baseUrl).href);
		expect(status).toBe(200);
		expect(problems).toEqual([]);
	});
});
