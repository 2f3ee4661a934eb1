/**
 * The built site over HTTP as a production host serves it: the files in build/ (prerendered
 * pages answer without `.html`), the adapter's precompressed `.br` / `.gz` twins chosen by
 * Accept-Encoding, ETags and 304s, single byte ranges, and the headers from security-headers.ts
 * on every response. Used by `npm start`, the end-to-end tests and `npm run bench:web`.
 *
 * Every request gets an answer and none can stop the process: the target is read by
 * request-target.ts (`/x/` and `//` redirect to the canonical path, undecodable or escaping paths
 * are 400), ranges by byte-range.ts, methods other than GET and HEAD are 405, and an exception
 * anywhere in a request answers 500. Malformed request lines and oversized headers never reach
 * this code: Node answers them 400 / 431 itself.
 */
import { existsSync, createReadStream, readFileSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pipeline, type Duplex } from 'node:stream';
import { parseByteRange } from './byte-range';
import { parseRequestTarget } from './request-target';
import { DEFAULT_CACHE_CONTROL, ERROR_HEADERS, headersFor } from './security-headers';
import { readSiteFiles, type FoundFile, type SiteFiles } from './site-files';

export interface StaticServerOptions {
	/** The adapter's output directory. */
	dir: string;
	/** 0 picks a free port. */
	port: number;
	host?: string;
	/** Offer brotli as well as gzip (true for `npm start`; the benchmark measures gzip). */
	brotli?: boolean;
}

export interface StaticServer {
	/** Origin, e.g. http://127.0.0.1:4173 */
	url: string;
	close(): Promise<void>;
}

type HeaderValues = Record<string, string | number>;

const ALLOWED_METHODS = 'GET, HEAD';

/** An answer without a file: the error headers, a one-line text body. */
function answerError(res: ServerResponse, status: number, extra: HeaderValues = {}) {
	const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
	for (const name of res.getHeaderNames()) res.removeHeader(name);
	res.writeHead(status, {
		...ERROR_HEADERS,
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': Buffer.byteLength(body),
		...extra
	});
	res.end(body);
}

/** The last resort: whatever went wrong, the client gets a 500 or a closed connection. */
function answerFailure(res: ServerResponse, error: unknown) {
	console.error(`serve: ${(error as Error)?.stack ?? String(error)}`);
	if (res.headersSent) res.destroy();
	else answerError(res, 500);
}

/** If-None-Match (weak comparison, RFC 9110 §13.1.2), else If-Modified-Since. */
function notModified(req: IncomingMessage, found: FoundFile): boolean {
	const ifNoneMatch = req.headers['if-none-match'];
	if (ifNoneMatch !== undefined) {
		const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
		return ifNoneMatch
			.split(',')
			.some((tag) => tag.trim() === '*' || opaque(tag) === opaque(found.file.etag));
	}
	const since = Date.parse(req.headers['if-modified-since'] ?? '');
	return Number.isFinite(since) && found.file.modifiedSeconds <= since / 1000;
}

function sendFile(req: IncomingMessage, res: ServerResponse, pathname: string, found: FoundFile) {
	const { file } = found;
	const headers: HeaderValues = {
		...headersFor(pathname),
		ETag: file.etag,
		'Last-Modified': file.lastModified,
		Vary: 'Accept-Encoding'
	};
	if (notModified(req, found)) {
		res.writeHead(304, headers);
		return res.end();
	}
	Object.assign(headers, { 'Content-Type': found.contentType, 'Accept-Ranges': 'bytes' });
	if (found.contentEncoding) headers['Content-Encoding'] = found.contentEncoding;

	// Range applies to GET only, and only while the file is the one the client started on.
	const ifRange = req.headers['if-range'];
	const useRange = req.method === 'GET' && (ifRange === undefined || ifRange === file.lastModified);
	const range = parseByteRange(useRange ? req.headers.range : undefined, file.size);
	if (range.kind === 'unsatisfiable') {
		return answerError(res, 416, { 'Content-Range': `bytes */${file.size}` });
	}
	const [status, start, end] =
		range.kind === 'part' ? [206, range.start, range.end] : [200, 0, file.size - 1];
	headers['Content-Length'] = end - start + 1;
	if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;

	if (req.method === 'HEAD' || file.size === 0) {
		res.writeHead(status, headers);
		return res.end();
	}
	const stream = createReadStream(file.abs, { start, end });
	// The file is gone since the server started: 500 before any byte is sent.
	const failedToOpen = (error: Error) => answerFailure(res, error);
	stream.once('error', failedToOpen);
	stream.once('open', () => {
		stream.off('error', failedToOpen);
		res.writeHead(status, headers);
		// A client that leaves mid-file, or a read error after the headers went out, ends the
		// pipeline, which closes both ends: there is nobody left to answer.
		pipeline(stream, res, () => {});
	});
}

/**
 * The site's own "page not found" (build/404.html, prerendered with the site's layout and links)
 * for an address that looks like a page; assets that are missing get the one-line answer.
 */
function answerNotFound(res: ServerResponse, pathname: string, notFoundPage: Buffer | null) {
	if (!notFoundPage || pathname.startsWith('/_app/') || /\.[a-z0-9]+$/i.test(pathname)) {
		return answerError(res, 404);
	}
	for (const name of res.getHeaderNames()) res.removeHeader(name);
	res.writeHead(404, {
		...ERROR_HEADERS,
		'Content-Type': 'text/html;charset=utf-8',
		'Content-Length': notFoundPage.length
	});
	res.end(res.req.method === 'HEAD' ? undefined : notFoundPage);
}

function answer(
	files: SiteFiles,
	notFoundPage: Buffer | null,
	req: IncomingMessage,
	res: ServerResponse
) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		return answerError(res, 405, { Allow: ALLOWED_METHODS });
	}
	const target = parseRequestTarget(req.url ?? '/');
	if (target.kind === 'refused') return answerError(res, target.status);
	if (target.kind === 'redirect') {
		// The canonical page's own headers, so an embed's redirect may be framed like the embed.
		res.writeHead(301, {
			...headersFor(target.pathname),
			'Cache-Control': DEFAULT_CACHE_CONTROL,
			Location: target.location,
			'Content-Length': 0
		});
		return res.end();
	}
	const found = files.find(target.pathname, req.headers['accept-encoding']);
	if (!found) return answerNotFound(res, target.pathname, notFoundPage);
	sendFile(req, res, target.pathname, found);
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const dir = resolve(options.dir);
	if (!existsSync(join(dir, 'index.html'))) {
		return Promise.reject(new Error(`${dir} holds no built site: run \`npm run build\` first`));
	}
	const files = readSiteFiles(dir, { brotli: options.brotli ?? true });
	const notFoundFile = join(dir, '404.html');
	const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;

	const server = createServer((req, res) => {
		try {
			answer(files, notFoundPage, req, res);
		} catch (error) {
			answerFailure(res, error);
		}
	});

	// CONNECT never reaches the request handler: Node would close the connection unanswered.
	server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
		const body = `${STATUS_CODES[405]}\n`;
		const headers = {
			...ERROR_HEADERS,
			Allow: ALLOWED_METHODS,
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Length': Buffer.byteLength(body),
			Connection: 'close'
		};
		const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
		socket.on('error', () => socket.destroy());
		socket.end(`HTTP/1.1 405 ${STATUS_CODES[405]}\r\n${lines.join('')}\r\n${body}`);
	});

	const host = options.host ?? '127.0.0.1';
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port, host, () => {
			server.off('error', reject);
			// After start (too many open files when accepting, say): log, keep serving.
			server.on('error', (error) => console.error(`serve: ${error.message}`));
			const { port } = server.address() as AddressInfo;
			resolvePromise({
				url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
				close: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(() => done());
					})
			});
		});
	});
}
