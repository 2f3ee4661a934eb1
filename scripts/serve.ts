/**
 * npm start — after `npm run build`, serves build/ on http://localhost:4173 the way a production
 * host would: precompressed brotli/gzip, ETags, and the security and cache headers from
 * scripts/lib/web/security-headers.ts (the same rules static/_headers and
 * scripts/hosting/nginx.conf carry).
 *
 *   tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build]
 *
 * PORT and HOST environment variables work too. Exit codes: 0 stopped, 1 cannot serve, 2 usage.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/web/static-server';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function options() {
	try {
		const { values } = parseArgs({
			options: {
				port: { type: 'string', default: process.env.PORT ?? '4173' },
				host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
				dir: { type: 'string', default: resolve(ROOT, 'build') }
			}
		});
		const port = Number(values.port);
		if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('bad --port');
		return { port, host: values.host, dir: values.dir };
	} catch (error) {
		console.error(`serve: ${(error as Error).message}`);
		console.error('Usage: tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build]');
		process.exit(2);
	}
}

const { port, host, dir } = options();
try {
	const server = await startStaticServer({ dir, port, host, brotli: true });
	const shown = host === '127.0.0.1' ? server.url.replace('127.0.0.1', 'localhost') : server.url;
	console.log(`Serving ${dir} on ${shown} (brotli/gzip, security headers). Ctrl+C stops.`);
	const stop = () => void server.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	console.error(`serve: ${(error as Error).message}`);
	process.exit(1);
}
