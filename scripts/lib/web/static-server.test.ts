import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

const PAGE = '<!doctype html><title>Commitments</title><p>Ninety-one commitments</p>';
let server: StaticServer;
let dir: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'vn-eu-serve-'));
	mkdirSync(join(dir, 'embed'));
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Overview</title>');
	writeFileSync(join(dir, 'commitments.html'), PAGE);
	writeFileSync(join(dir, 'commitments.html.gz'), gzipSync(PAGE));
	writeFileSync(join(dir, 'commitments.html.br'), brotliCompressSync(PAGE));
	writeFileSync(join(dir, 'embed/chart.html'), '<!doctype html><title>Chart</title>');
	writeFileSync(join(dir, '_headers'), '/*\n  X-Test: 1\n');
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>Page not found</title>');
	server = await startStaticServer({ dir, port: 0, brotli: false });
});
afterAll(() => server.close());

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('startStaticServer', () => {
	it('serves a prerendered page without .html, gzip when asked', async () => {
		const res = await get('/commitments', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html;charset=utf-8');
		// fetch decodes gzip itself; the header says the wire carried the .gz twin.
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(await res.text()).toBe(PAGE);
		expect(res.headers.get('x-frame-options')).toBe('DENY');
	});

	it('sends the plain file to clients that do not accept gzip', async () => {
		const res = await get('/commitments', { headers: { 'Accept-Encoding': 'identity' } });
		expect(res.headers.get('content-encoding')).toBeNull();
		expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(PAGE));
		expect(await res.text()).toBe(PAGE);
	});

	it('sends brotli only where it is offered and accepted', async () => {
		const withBrotli = await startStaticServer({ dir, port: 0, brotli: true });
		const fetchPage = (encoding: string) =>
			fetch(`${withBrotli.url}/commitments`, { headers: { 'Accept-Encoding': encoding } });
		const br = await fetchPage('gzip, br');
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(await br.text()).toBe(PAGE);
		const refused = await fetchPage('br;q=0, gzip');
		expect(refused.headers.get('content-encoding')).toBe('gzip');
		await refused.arrayBuffer();
		await withBrotli.close();
		// The benchmark's server offers gzip only.
		const gzipOnly = await get('/commitments', { headers: { 'Accept-Encoding': 'br, gzip' } });
		expect(gzipOnly.headers.get('content-encoding')).toBe('gzip');
		await gzipOnly.arrayBuffer();
	});

	it('answers a revalidation with 304 and the headers, a changed ETag with the file', async () => {
		const first = await get('/commitments', { headers: { 'Accept-Encoding': 'identity' } });
		const etag = first.headers.get('etag') ?? '';
		await first.arrayBuffer();
		expect(etag).toMatch(/^W\/"\d+-\d+"$/);
		const again = await get('/commitments', {
			headers: { 'Accept-Encoding': 'identity', 'If-None-Match': `"x", ${etag}` }
		});
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(etag);
		expect(again.headers.get('x-frame-options')).toBe('DENY');
		const stale = await get('/commitments', {
			headers: { 'Accept-Encoding': 'identity', 'If-None-Match': 'W/"1-1"' }
		});
		expect(stale.status).toBe(200);
		expect(await stale.text()).toBe(PAGE);
	});

	it('serves one byte range of the representation sent, and a HEAD without a body', async () => {
		const part = await get('/commitments', {
			headers: { 'Accept-Encoding': 'identity', Range: 'bytes=-10' }
		});
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe(
			`bytes ${PAGE.length - 10}-${PAGE.length - 1}/${PAGE.length}`
		);
		expect(await part.text()).toBe(PAGE.slice(-10));
		const head = await get('/commitments', {
			method: 'HEAD',
			headers: { 'Accept-Encoding': 'identity' }
		});
		expect(head.status).toBe(200);
		expect(head.headers.get('content-length')).toBe(String(PAGE.length));
		expect(await head.text()).toBe('');
	});

	it('redirects a trailing slash to the page, with the page’s headers', async () => {
		const res = await get('/commitments/?chapter=2', { redirect: 'manual' });
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/commitments?chapter=2');
		expect(res.headers.get('x-frame-options')).toBe('DENY');
	});

	it('lets embeds be framed', async () => {
		const res = await get('/embed/chart');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-security-policy')).toMatch(/^frame-ancestors \*;/);
		expect(res.headers.get('x-frame-options')).toBeNull();
	});

	it('hides host configuration and answers unknown paths 404 with the headers', async () => {
		for (const path of ['/_headers', '/nowhere']) {
			const res = await get(path);
			expect(res.status, path).toBe(404);
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
		}
	});

	it('answers an unknown page with the site’s own 404 page, a missing asset with one line', async () => {
		const page = await get('/no-such-page');
		expect(page.status).toBe(404);
		expect(page.headers.get('content-type')).toBe('text/html;charset=utf-8');
		expect(await page.text()).toContain('Page not found');
		expect(page.headers.get('x-frame-options')).toBe('DENY');
		const asset = await get('/_app/immutable/missing.js');
		expect(asset.status).toBe(404);
		expect(await asset.text()).toBe('Not Found\n');
		expect(asset.headers.get('cache-control')).not.toMatch(/immutable/);
	});

	it('refuses methods a static site has no use for', async () => {
		const res = await get('/', { method: 'POST' });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
	});

	it('refuses to start on a directory without a built site', async () => {
		await expect(startStaticServer({ dir: tmpdir(), port: 0 })).rejects.toThrow(/npm run build/);
	});
});
