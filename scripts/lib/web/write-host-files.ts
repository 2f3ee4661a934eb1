/**
 * Rewrites static/_headers and scripts/hosting/nginx.conf from the header rules
 * (`npx tsx scripts/lib/web/write-host-files.ts`) after a change to security-headers.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS_FILE, NGINX_FILE, renderHeadersFile, renderNginx } from './host-files';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

for (const [file, text] of [
	[HEADERS_FILE, renderHeadersFile()],
	[NGINX_FILE, renderNginx()]
] as const) {
	const path = resolve(ROOT, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`wrote ${file}`);
}
