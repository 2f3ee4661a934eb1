/**
 * The built site over HTTP as a production host serves it: the files in build/ (prerendered
 * pages answer without `.html`), the adapter's precompressed `.br` / `.gz` twins chosen by
 * Accept-Encoding, ETags, and the headers from security-headers.ts on every response, 404s
 * included. Used by `npm start`, the end-to-end tests and `npm run bench:web`.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { HOST_CONFIG_FILES, headersFor } from './security-headers';

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

function notFound(res: ServerResponse) {
	res.statusCode = 404;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end('Not found\n');
}

function pathnameOf(req: IncomingMessage): string {
	const raw = new URL(req.url ?? '/', 'http://host').pathname;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const dir = resolve(options.dir);
	if (!existsSync(join(dir, 'index.html'))) {
		return Promise.reject(new Error(`${dir} holds no built site: run \`npm run build\` first`));
	}
	const files = sirv(dir, {
		etag: true,
		gzip: true,
		brotli: options.brotli ?? true,
		extensions: ['html']
	});

	const server = createServer((req, res) => {
		const pathname = pathnameOf(req);
		for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.statusCode = 405;
			res.setHeader('Allow', 'GET, HEAD');
			return res.end();
		}
		if (HOST_CONFIG_FILES.includes(pathname)) return notFound(res);
		files(req, res, () => notFound(res));
	});

	const host = options.host ?? '127.0.0.1';
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port, host, () => {
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
