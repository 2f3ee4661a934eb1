import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress: .br and .gz beside each file, served as-is by scripts/serve.ts and nginx.
		adapter: adapter({ strict: true, precompress: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Pinned so that two builds of the same commit are byte-identical.
		version: { name: 'vn-eu-dashboard' },
		// Reaches prerendered pages as a <meta> tag with hashes of SvelteKit's inline scripts.
		// Styles stay 'unsafe-inline': ECharts' SSR SVG carries style attributes and the layout
		// inlines the token <style>. frame-ancestors is ignored in <meta>: it is an HTTP header
		// (scripts/lib/web/security-headers.ts). /theme.js is an external file, allowed by 'self'.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
