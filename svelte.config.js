import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// app.html's own inline script (the theme, set before the first paint) is not SvelteKit's, so
// kit.csp does not hash it: its hash is computed here from the file the pages are built from.
// An inline script rather than /theme.js because an external script in the head blocks the
// first paint for one more round trip. tests/e2e/security.test.ts checks every inline script.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const appHtmlScriptHashes = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress: .br and .gz beside each file, served as-is by scripts/serve.ts and nginx.
		adapter: adapter({ strict: true, precompress: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every stylesheet of a page goes into the HTML as one <style>: a <link> would block the
		// first paint for a round trip each, and the site's CSS is small (≤ 5 KB a file).
		// tests/e2e/first-paint.test.ts fails if a page links a stylesheet again.
		inlineStyleThreshold: 16 * 1024,
		// Pinned so that two builds of the same commit are byte-identical.
		version: { name: 'vn-eu-dashboard' },
		// Reaches prerendered pages as a <meta> tag with hashes of SvelteKit's inline scripts.
		// Styles stay 'unsafe-inline': ECharts' SSR SVG carries style attributes and the layout
		// inlines the token <style>. frame-ancestors is ignored in <meta>: it is an HTTP header
		// (scripts/lib/web/security-headers.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// /analyse reads a statement in a module worker from the site's own files.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
