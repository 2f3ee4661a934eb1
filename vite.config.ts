import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// No modulepreload links added at run time. The pages leave them out of the head on purpose
	// (hooks.server.ts), so Vite's helper added one per dependency, into the head of a document of
	// thousands of nodes, inside the task that hydrates the page: measured in a CPU profile of
	// /statements/us-indonesia-csp-2023, about 10 ms of that ≈ 50 ms task (its appendChild calls),
	// which Lighthouse's 4× CPU slowdown turns into blocking time. The modules still load, as the
	// entry's static imports (after the first paint, start-after-paint.ts); the helper stays for
	// the CSS of lazily loaded routes.
	build: { modulePreload: false },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		env: { TZ: 'UTC' },
		testTimeout: 30_000
	}
});
