import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

const PAGE = '<!doctype html><title>Commitments</title><p>Ninety-one commitments</p>';
let server: StaticServer;

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'vn-eu-serve-'));
	mkdirSync(join(dir, 'embed'));
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Overview</title>');
	writeFileSync(join(dir, 'commitments.html'), PAGE);
	writeFileSync(join(dir, 'commitments.html.gz'), gzipSync(PAGE));
	writeFileSync(join(dir, 'embed/chart.html'), '<!doctype html><title>Chart</title>');
	writeFileSync(join(dir, '_headers'), '/*\n  X-Test: 1\n');
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

	it('refuses methods a static site has no use for', async () => {
		const res = await get('/', { method: 'POST' });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
	});

	it('refuses to start on a directory without a built site', async () => {
		await expect(startStaticServer({ dir: tmpdir(), port: 0 })).rejects.toThrow(/npm run build/);
	});
});
