/**
 * The static server against hostile and malformed requests, sent as raw bytes over node:net to
 * the real server on an ephemeral loopback port, serving a fixture site made here. After every
 * request the server must still answer `GET /` with 200: no request may stop it. Each case names
 * the statuses it accepts; answers of ours (not Node's own parser errors) must also carry the
 * security headers, and no error may carry the year-long cache of /_app/immutable/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

// One target makes the request handler throw, to prove the last-resort 500.
vi.mock('./request-target', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./request-target')>();
	return {
		...actual,
		parseRequestTarget(target: string) {
			if (target === '/__throw') throw new Error('thrown on purpose by the test');
			return actual.parseRequestTarget(target);
		}
	};
});

const PAGE = '<!doctype html><title>Commitments</title><p>Ninety-one commitments</p>';
/** 1,000 bytes whose offsets are easy to check: "000 001 002 …". */
const NUMBERS = Array.from({ length: 250 }, (_, i) => String(i).padStart(3, '0') + ' ').join('');
const BIG_SIZE = 8 * 1024 * 1024;
const IMMUTABLE = 'max-age=31536000';
const DENY = "frame-ancestors 'none'";

let server: StaticServer;
let port: number;
let root: string;
let dir: string;

beforeAll(async () => {
	// The server logs each 500's cause to stderr; three cases here cause them on purpose.
	vi.spyOn(console, 'error').mockImplementation(() => {});
	root = mkdtempSync(join(tmpdir(), 'vn-eu-hostile-'));
	dir = join(root, 'build');
	writeFileSync(join(root, 'secret.txt'), 'outside the site\n');
	const files: Record<string, string | Buffer> = {
		'index.html': '<!doctype html><title>Overview</title>',
		'commitments.html': PAGE,
		'commitments.html.gz': gzipSync(PAGE),
		'commitments.html.br': brotliCompressSync(PAGE),
		'map.html': '<!doctype html><title>Map</title>',
		'data.html': '<!doctype html><title>Data</title>',
		'data/chapters.csv': 'chapter,title\n1,Politics\n',
		'embed/chart.html': '<!doctype html><title>Chart</title>',
		'_app/immutable/app.js': 'console.log(1);\n',
		'numbers.txt': NUMBERS,
		'big.bin': Buffer.alloc(BIG_SIZE, 7),
		'gone.txt': 'deleted after the server starts\n',
		'turns-into-a-folder.txt': 'replaced by a folder after the server starts\n',
		'.hidden': 'a dotfile\n',
		_headers: '/*\n  X-Test: 1\n'
	};
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
	server = await startStaticServer({ dir, port: 0, brotli: true });
	port = Number(new URL(server.url).port);
	// Two failures the listing cannot foresee: a file gone, a file become a folder.
	rmSync(join(dir, 'gone.txt'));
	rmSync(join(dir, 'turns-into-a-folder.txt'));
	mkdirSync(join(dir, 'turns-into-a-folder.txt'));
});
afterAll(async () => {
	vi.restoreAllMocks();
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

interface Answer {
	status: number;
	headers: Map<string, string>;
	body: Buffer;
}

/** Every response in `bytes`, walked by Content-Length (HEAD and 304 answers have no body). */
function parseAnswers(bytes: Buffer, bodiless = false): Answer[] {
	const answers: Answer[] = [];
	let at = 0;
	for (let guard = 0; guard < 100 && at < bytes.length; guard++) {
		const end = bytes.indexOf('\r\n\r\n', at);
		if (end === -1) break;
		const [statusLine = '', ...lines] = bytes.subarray(at, end).toString('latin1').split('\r\n');
		const headers = new Map<string, string>();
		for (const line of lines) {
			const colon = line.indexOf(':');
			headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
		}
		const status = Number(statusLine.split(' ')[1]);
		const length =
			bodiless || status < 200 || status === 304 || status === 204
				? 0
				: Number(headers.get('content-length') ?? bytes.length - end - 4);
		answers.push({ status, headers, body: bytes.subarray(end + 4, end + 4 + length) });
		at = end + 4 + length;
	}
	return answers;
}

interface SendOptions {
	/** Close our side after this many response bytes (a client that leaves). */
	leaveAfter?: number;
	/** Close our side right after writing (half-close). */
	endAfterWrite?: boolean;
}

/** Writes `payload` on a fresh connection and collects what comes back until the server closes. */
function send(payload: string | Buffer, options: SendOptions = {}): Promise<Buffer> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let received = 0;
		const socket = connect(port, '127.0.0.1');
		const done = () => resolve(Buffer.concat(chunks));
		socket.setTimeout(5000, () => socket.destroy());
		socket.on('data', (chunk: Buffer) => {
			chunks.push(chunk);
			received += chunk.length;
			if (options.leaveAfter !== undefined && received >= options.leaveAfter) socket.destroy();
		});
		socket.on('error', done);
		socket.on('close', done);
		if (options.endAfterWrite) socket.end(payload);
		else socket.write(payload);
	});
}

/** A request as bytes; `Host` and `Connection: close` unless `headers` says otherwise. */
function request(method: string, target: string, headers: Record<string, string> = {}): string {
	const all = { Host: `127.0.0.1:${port}`, Connection: 'close', ...headers };
	const lines = Object.entries(all)
		.filter(([, value]) => value !== '')
		.map(([name, value]) => `${name}: ${value}`);
	return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

const get = (target: string, headers: Record<string, string> = {}) =>
	request('GET', target, headers);

async function stillServes() {
	const [answer] = parseAnswers(await send(get('/')));
	expect(answer?.status, 'GET / after the hostile request').toBe(200);
}

/** Headers every answer of ours carries; errors also deny framing and are never immutable. */
function expectOurHeaders(answer: Answer) {
	expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
	expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	if (answer.status >= 400) {
		expect(answer.headers.get('x-frame-options')).toBe('DENY');
		expect(answer.headers.get('content-security-policy')).toContain(DENY);
		expect(answer.headers.get('cache-control')).not.toContain(IMMUTABLE);
	}
}

interface Case {
	name: string;
	payload: () => string | Buffer;
	/** Statuses accepted; `null` for a connection closed without an answer. */
	expect: (number | null)[];
	/** Answered by Node's HTTP parser before our handler: none of our headers. */
	byNode?: boolean;
	bodiless?: boolean;
	options?: SendOptions;
	check?: (answers: Answer[]) => void;
}

const location = (expected: string) => (answers: Answer[]) =>
	expect(answers[0]?.headers.get('location')).toBe(expected);

const range = (header: string, target = '/numbers.txt') =>
	get(target, { Range: header, 'Accept-Encoding': 'identity' });

const bodyIs = (expected: string) => (answers: Answer[]) =>
	expect(answers[0]?.body.toString('latin1')).toBe(expected);

const CASES: Case[] = [
	// Paths that crashed the server or reach for another origin.
	{ name: 'GET //', payload: () => get('//'), expect: [301], check: location('/') },
	{ name: 'GET ///', payload: () => get('///'), expect: [301], check: location('/') },
	{ name: 'GET //[', payload: () => get('//['), expect: [301], check: location('/%5B') },
	{
		name: 'GET //evil.com',
		payload: () => get('//evil.com'),
		expect: [301],
		check: location('/evil.com')
	},
	{
		name: 'GET //evil.com/',
		payload: () => get('//evil.com/'),
		expect: [301],
		check: location('/evil.com')
	},
	{
		name: 'GET ///evil.com///',
		payload: () => get('///evil.com///'),
		expect: [301],
		check: location('/evil.com')
	},
	{ name: 'GET /\\evil.com', payload: () => get('/\\evil.com'), expect: [400] },
	{ name: 'GET /\\\\evil.com/', payload: () => get('/\\\\evil.com/'), expect: [400] },
	{ name: 'GET /%5Cevil.com/', payload: () => get('/%5Cevil.com/'), expect: [400] },
	{ name: 'GET /%2F%2Fevil.com/', payload: () => get('/%2F%2Fevil.com/'), expect: [400] },
	{ name: 'GET /%09/evil.com/', payload: () => get('/%09/evil.com/'), expect: [400] },
	{
		name: 'GET http://evil.com//x/ (absolute form)',
		payload: () => get('http://evil.com//x/'),
		expect: [301],
		check: location('/x')
	},
	{
		name: 'GET http://evil.com/commitments (absolute form)',
		payload: () => get('http://evil.com/commitments'),
		expect: [200]
	},
	{
		name: 'GET http://[::1 (broken absolute form)',
		payload: () => get('http://[::1'),
		expect: [400]
	},
	// Trailing slashes: one canonical path, with its headers.
	{
		name: 'GET /commitments/',
		payload: () => get('/commitments/'),
		expect: [301],
		check: (answers) => {
			location('/commitments')(answers);
			expect(answers[0]?.headers.get('x-frame-options')).toBe('DENY');
			expect(answers[0]?.headers.get('content-security-policy')).toContain(DENY);
		}
	},
	{ name: 'GET /map/', payload: () => get('/map/'), expect: [301], check: location('/map') },
	{
		name: 'GET /data/ (a page and a folder)',
		payload: () => get('/data/'),
		expect: [301],
		check: location('/data')
	},
	{
		name: 'GET /commitments/?chapter=2',
		payload: () => get('/commitments/?chapter=2'),
		expect: [301],
		check: location('/commitments?chapter=2')
	},
	{
		name: 'GET /commitments//',
		payload: () => get('/commitments//'),
		expect: [301],
		check: location('/commitments')
	},
	{
		name: 'GET /embed/chart/ keeps the embed’s framing rule',
		payload: () => get('/embed/chart/'),
		expect: [301],
		check: (answers) => {
			location('/embed/chart')(answers);
			expect(answers[0]?.headers.get('content-security-policy')).toMatch(/^frame-ancestors \*;/);
		}
	},
	{
		name: 'GET /_app/immutable/app.js/ is not cached for a year',
		payload: () => get('/_app/immutable/app.js/'),
		expect: [301],
		check: (answers) => expect(answers[0]?.headers.get('cache-control')).not.toContain(IMMUTABLE)
	},
	// Encodings that do not decode, or decode to what no file name holds.
	{ name: 'GET /%ZZ', payload: () => get('/%ZZ'), expect: [400] },
	{ name: 'GET /%', payload: () => get('/%'), expect: [400] },
	{ name: 'GET /%C3%28 (not UTF-8)', payload: () => get('/%C3%28'), expect: [400] },
	{ name: 'GET /%00', payload: () => get('/%00'), expect: [400] },
	{ name: 'GET /commitments%00.html', payload: () => get('/commitments%00.html'), expect: [400] },
	{
		name: 'GET /%0d%0aSet-Cookie:%20x=1',
		payload: () => get('/%0d%0aSet-Cookie:%20x=1'),
		expect: [400],
		check: (answers) => expect(answers[0]?.headers.has('set-cookie')).toBe(false)
	},
	{
		name: 'GET /%0d%0aSet-Cookie:%20x=1/ (no header injection through Location)',
		payload: () => get('/a/?%0d%0aSet-Cookie:%20x=1'),
		expect: [301],
		check: (answers) => {
			expect(answers[0]?.headers.has('set-cookie')).toBe(false);
			location('/a?%0d%0aSet-Cookie:%20x=1')(answers);
		}
	},
	{
		name: 'GET /caf%C3%A9 (decodes, no such file)',
		payload: () => get('/caf%C3%A9'),
		expect: [404]
	},
	{
		name: 'GET /café as raw UTF-8 bytes',
		payload: () => Buffer.from(get('/café'), 'utf8'),
		expect: [400, 404],
		byNode: true
	},
	{ name: 'GET /<script>', payload: () => get('/<script>'), expect: [400, 404] },
	// Escaping the folder.
	{ name: 'GET /../secret.txt', payload: () => get('/../secret.txt'), expect: [400] },
	{ name: 'GET /..%2f..%2fetc/passwd', payload: () => get('/..%2f..%2fetc/passwd'), expect: [400] },
	{ name: 'GET /%2e%2e/secret.txt', payload: () => get('/%2e%2e/secret.txt'), expect: [400] },
	{ name: 'GET /..%5csecret.txt', payload: () => get('/..%5csecret.txt'), expect: [400] },
	{
		name: 'GET /_app/../../secret.txt',
		payload: () => get('/_app/../../secret.txt'),
		expect: [400]
	},
	{ name: 'GET /./index.html', payload: () => get('/./index.html'), expect: [400] },
	{ name: 'GET /.hidden (dotfile)', payload: () => get('/.hidden'), expect: [404] },
	{ name: 'GET /_headers (host configuration)', payload: () => get('/_headers'), expect: [404] },
	{
		name: 'GET /secret.txt (outside the folder)',
		payload: () => get('/secret.txt'),
		expect: [404]
	},
	// Sizes.
	{
		name: 'GET /x…x (3,000 characters)',
		payload: () => get(`/${'x'.repeat(3000)}`),
		expect: [414]
	},
	{
		name: 'GET /x…x (20,000 characters)',
		payload: () => get(`/${'x'.repeat(20_000)}`),
		expect: [431, 414],
		byNode: true
	},
	{
		name: 'a 20 KB header',
		payload: () => get('/', { 'X-Long': 'x'.repeat(20_000) }),
		expect: [431],
		byNode: true
	},
	{
		name: '1,000 small headers',
		payload: () =>
			get('/', Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`X-${i}`, '1']))),
		expect: [200]
	},
	// Request lines Node refuses before our handler.
	{ name: 'GARBAGE', payload: () => 'GARBAGE\r\n\r\n', expect: [400], byNode: true },
	{
		name: 'GET / HTTP/9.9',
		payload: () => 'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
		expect: [400, 505],
		byNode: true
	},
	{ name: 'GET / (HTTP/0.9)', payload: () => 'GET /\r\n\r\n', expect: [200, 400], byNode: true },
	{
		name: 'a NUL byte in the request line',
		payload: () => 'GET /\0 HTTP/1.1\r\nHost: x\r\n\r\n',
		expect: [400],
		byNode: true
	},
	{
		name: 'get / (lower-case method)',
		payload: () => request('get', '/'),
		expect: [400],
		byNode: true
	},
	{
		name: 'FOO / (unknown method)',
		payload: () => request('FOO', '/'),
		expect: [400],
		byNode: true
	},
	// Host oddities: the server never uses Host (its redirects are paths).
	{ name: 'no Host', payload: () => get('/', { Host: '' }), expect: [400], byNode: true },
	{
		name: 'Host: evil.com',
		payload: () => get('/commitments/', { Host: 'evil.com' }),
		expect: [301],
		check: location('/commitments')
	},
	{ name: 'Host: 8 KB long', payload: () => get('/', { Host: 'h'.repeat(8000) }), expect: [200] },
	{
		name: 'two Host headers',
		payload: () => `GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n`,
		expect: [200, 400]
	},
	{ name: 'Host: [::1', payload: () => get('/', { Host: '[::1' }), expect: [200, 400] },
	// Methods.
	{
		name: 'HEAD /',
		payload: () => request('HEAD', '/'),
		expect: [200],
		bodiless: true,
		check: bodyIs('')
	},
	{
		name: 'HEAD /nowhere',
		payload: () => request('HEAD', '/nowhere'),
		expect: [404],
		bodiless: true
	},
	{
		name: 'OPTIONS /',
		payload: () => request('OPTIONS', '/'),
		expect: [405],
		check: (answers) => expect(answers[0]?.headers.get('allow')).toBe('GET, HEAD')
	},
	{ name: 'OPTIONS *', payload: () => request('OPTIONS', '*'), expect: [405] },
	{
		name: 'POST / with a body',
		payload: () => request('POST', '/', { 'Content-Length': '5' }) + 'a=b&c',
		expect: [405]
	},
	{
		name: 'POST / expecting 100-continue',
		payload: () => request('POST', '/', { 'Content-Length': '5', Expect: '100-continue' }),
		expect: [100, 405],
		check: (answers) => {
			expect(answers.at(-1)?.status).toBe(405);
			expectOurHeaders(answers.at(-1) as Answer);
		}
	},
	{
		name: 'PUT /index.html',
		payload: () => request('PUT', '/index.html', { 'Content-Length': '0' }),
		expect: [405]
	},
	{ name: 'DELETE /', payload: () => request('DELETE', '/'), expect: [405] },
	{ name: 'PATCH /', payload: () => request('PATCH', '/'), expect: [405] },
	{ name: 'TRACE /', payload: () => request('TRACE', '/'), expect: [405] },
	{
		name: 'CONNECT 127.0.0.1:22',
		payload: () => request('CONNECT', '127.0.0.1:22'),
		expect: [405]
	},
	{
		name: 'GET / with Upgrade: websocket',
		payload: () => get('/', { Upgrade: 'websocket', Connection: 'Upgrade' }),
		expect: [200, 405]
	},
	// Bodies and framing of the request itself.
	{
		name: 'GET / with a body',
		payload: () => get('/', { 'Content-Length': '3' }) + 'abc',
		expect: [200]
	},
	{
		name: 'Content-Length and Transfer-Encoding (smuggling)',
		payload: () =>
			get('/', { 'Content-Length': '3', 'Transfer-Encoding': 'chunked' }) + '0\r\n\r\n',
		expect: [400],
		byNode: true
	},
	{
		name: 'Content-Length: -1',
		payload: () => get('/', { 'Content-Length': '-1' }),
		expect: [400],
		byNode: true
	},
	{
		name: 'a broken chunked body',
		payload: () => get('/', { 'Transfer-Encoding': 'chunked' }) + 'zz\r\n',
		expect: [200, 400],
		byNode: true
	},
	// Ranges, on a file of 1,000 bytes.
	{
		name: 'Range: bytes=0-99',
		payload: () => range('bytes=0-99'),
		expect: [206],
		check: (answers) => {
			expect(answers[0]?.headers.get('content-range')).toBe('bytes 0-99/1000');
			bodyIs(NUMBERS.slice(0, 100))(answers);
		}
	},
	{
		name: 'Range: bytes=100-',
		payload: () => range('bytes=100-'),
		expect: [206],
		check: bodyIs(NUMBERS.slice(100))
	},
	{
		name: 'Range: bytes=-100 (the last 100)',
		payload: () => range('bytes=-100'),
		expect: [206],
		check: (answers) => {
			expect(answers[0]?.headers.get('content-range')).toBe('bytes 900-999/1000');
			bodyIs(NUMBERS.slice(900))(answers);
		}
	},
	{
		name: 'Range: bytes=0-0',
		payload: () => range('bytes=0-0'),
		expect: [206],
		check: bodyIs('0')
	},
	{
		name: 'Range: bytes=990-99999999999999999999',
		payload: () => range('bytes=990-99999999999999999999'),
		expect: [206],
		check: bodyIs(NUMBERS.slice(990))
	},
	{
		name: 'Range: bytes=5-2',
		payload: () => range('bytes=5-2'),
		expect: [416],
		check: (answers) => expect(answers[0]?.headers.get('content-range')).toBe('bytes */1000')
	},
	{ name: 'Range: bytes=1000-', payload: () => range('bytes=1000-'), expect: [416] },
	{
		name: 'Range: bytes=99999999999999999999-',
		payload: () => range('bytes=99999999999999999999-'),
		expect: [416]
	},
	{ name: 'Range: bytes=-0', payload: () => range('bytes=-0'), expect: [416] },
	{ name: 'Range: bytes=abc', payload: () => range('bytes=abc'), expect: [416] },
	{ name: 'Range: bytes=', payload: () => range('bytes='), expect: [416] },
	{
		name: 'Range: bytes=0-1,5-6 (whole file)',
		payload: () => range('bytes=0-1,5-6'),
		expect: [200],
		check: bodyIs(NUMBERS)
	},
	{
		name: 'Range: 500 ranges (whole file)',
		payload: () =>
			range(`bytes=${Array.from({ length: 500 }, (_, i) => `${i * 2}-${i * 2}`).join(',')}`),
		expect: [200],
		check: bodyIs(NUMBERS)
	},
	{
		name: 'Range: items=0-1 (unknown unit: whole file)',
		payload: () => range('items=0-1'),
		expect: [200]
	},
	{
		name: 'Range on HEAD (ignored)',
		payload: () => request('HEAD', '/numbers.txt', { Range: 'bytes=0-1' }),
		expect: [200],
		bodiless: true
	},
	{
		name: 'Range with a stale If-Range (whole file)',
		payload: () => range('bytes=0-1').replace('\r\n\r\n', '\r\nIf-Range: "old"\r\n\r\n'),
		expect: [200]
	},
	{
		name: 'Range on a missing file',
		payload: () => range('bytes=0-1', '/nowhere.txt'),
		expect: [404]
	},
	{
		name: 'Range on the gzip twin',
		payload: () => get('/commitments', { Range: 'bytes=0-1', 'Accept-Encoding': 'gzip' }),
		expect: [206],
		check: (answers) => {
			expect(answers[0]?.headers.get('content-encoding')).toBe('gzip');
			expect([...(answers[0]?.body ?? [])]).toEqual([0x1f, 0x8b]);
		}
	},
	// Conditional requests.
	{
		name: 'If-None-Match: *',
		payload: () => get('/commitments', { 'If-None-Match': '*' }),
		expect: [304]
	},
	{
		name: 'If-None-Match: garbage',
		payload: () => get('/commitments', { 'If-None-Match': '"unterminated' }),
		expect: [200]
	},
	{
		name: 'If-Modified-Since: 2100',
		payload: () => get('/commitments', { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' }),
		expect: [304]
	},
	{
		name: 'If-Modified-Since: garbage',
		payload: () => get('/commitments', { 'If-Modified-Since': 'yesterday' }),
		expect: [200]
	},
	// Errors under paths whose files have other headers.
	{
		name: 'GET /_app/immutable/nope.js',
		payload: () => get('/_app/immutable/nope.js'),
		expect: [404]
	},
	{ name: 'GET /embed/nowhere', payload: () => get('/embed/nowhere'), expect: [404] },
	{ name: 'GET /a/b/c', payload: () => get('/a/b/c'), expect: [404] },
	// Failures inside the server.
	{ name: 'a file deleted after start', payload: () => get('/gone.txt'), expect: [500] },
	{
		name: 'a file that became a folder (fails after the headers)',
		payload: () => get('/turns-into-a-folder.txt'),
		expect: [200, 500, null]
	},
	{ name: 'an exception in the handler', payload: () => get('/__throw'), expect: [500] },
	// Connections.
	{
		name: 'three pipelined requests',
		payload: () =>
			get('/', { Connection: 'keep-alive' }) +
			get('/nowhere', { Connection: 'keep-alive' }) +
			get('/commitments', { 'Accept-Encoding': 'identity' }),
		expect: [200],
		check: (answers) => expect(answers.map((a) => a.status)).toEqual([200, 404, 200])
	},
	{
		name: 'a malformed request pipelined after a good one',
		payload: () => get('/', { Connection: 'keep-alive' }) + 'GARBAGE\r\n\r\n' + get('/nowhere'),
		// Node's parser meets the garbage before the first answer is out, answers 400 and closes;
		// the request after it is never read.
		expect: [200, 400],
		byNode: true,
		check: (answers) => expect(answers.map((a) => a.status)).not.toContain(404)
	},
	{
		name: 'a client that leaves mid-file',
		payload: () => get('/big.bin'),
		expect: [200, null],
		options: { leaveAfter: 64 * 1024 }
	},
	{
		name: 'a client that leaves mid-request-line',
		payload: () => 'GET /comm',
		expect: [400, null],
		byNode: true,
		options: { endAfterWrite: true }
	},
	{
		name: 'a client that half-closes after its request',
		payload: () => get('/'),
		expect: [200, null],
		options: { endAfterWrite: true }
	}
];

describe('the static server under hostile requests', () => {
	it(`has at least 60 cases (${CASES.length})`, () => {
		expect(CASES.length).toBeGreaterThanOrEqual(60);
	});

	it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		const answers = parseAnswers(await send(c.payload(), c.options), c.bodiless);
		const first = answers[0];
		expect(c.expect).toContain(first?.status ?? null);
		// Node's own parser errors carry no headers (nor a body to render or frame).
		const ours = !c.byNode || first?.headers.has('content-type');
		if (first && ours && first.status >= 200) expectOurHeaders(first);
		c.check?.(answers);
		await stillServes();
	});

	it('answers 50 connections at once', async () => {
		const all = await Promise.all(Array.from({ length: 50 }, () => send(get('/commitments'))));
		expect(all.map((bytes) => parseAnswers(bytes)[0]?.status)).toEqual(Array(50).fill(200));
		await stillServes();
	});

	it('answers a revalidation with the ETag it sent', async () => {
		const [first] = parseAnswers(await send(get('/commitments')));
		const etag = first?.headers.get('etag') ?? '';
		const [again] = parseAnswers(await send(get('/commitments', { 'If-None-Match': etag })));
		expect(again?.status).toBe(304);
		expectOurHeaders(again as Answer);
	});
});
