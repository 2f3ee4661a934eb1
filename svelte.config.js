import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Pinned so that two builds of the same commit are byte-identical.
		version: { name: 'vn-eu-dashboard' }
	}
};

export default config;
