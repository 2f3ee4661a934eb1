/**
 * End-to-end tests (`npm run test:e2e`): the built site, served by scripts/lib/web/static-server.ts
 * with its production headers, driven in the system Chromium. global-setup.ts builds the site
 * when build/ is missing or stale and starts the server.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const ROOT = resolve(import.meta.dirname, '../..');

export default defineConfig({
	root: ROOT,
	resolve: { alias: { $lib: resolve(ROOT, 'src/lib') } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		env: { TZ: 'UTC' },
		// One browser at a time: the machine is shared and timings are not asserted anyway.
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 60_000
	}
});
