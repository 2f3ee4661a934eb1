/**
 * Building the static site for the end-to-end tests and the web benchmark: whether build/ is
 * missing or older than what it is built from, and running the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the site is built from (relative to the project root). */
export const BUILD_INPUTS = ['src', 'static', 'data', 'svelte.config.js', 'vite.config.ts'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** True when build/ has no site or a build input changed after it was written. */
export function isBuildStale(root: string): boolean {
	const marker = resolve(root, 'build/index.html');
	if (!existsSync(marker)) return true;
	const built = statSync(marker).mtimeMs;
	return BUILD_INPUTS.some((input) => newestMtime(resolve(root, input)) > built);
}

/**
 * Builds into build/. `preprocess` regenerates data/ first (`npm run build`); without it only
 * `vite build` runs, for callers whose data/ is already checked (`npm test` runs
 * `preprocess --check` before the end-to-end tests).
 */
export function buildSite(root: string, { preprocess }: { preprocess: boolean }): void {
	const [command, args] = preprocess
		? ['npm', ['run', '--silent', 'build']]
		: [resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']];
	// The site that ships: a test runner sets NODE_ENV=test, and Vite would then build Svelte's
	// development runtime (measured: +12 KB gz of warnings and checks on every page).
	const env = { ...process.env, NODE_ENV: 'production' };
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
	if (result.status !== 0) {
		throw new Error(`site build failed (${[command, ...args].join(' ')}: exit ${result.status})`);
	}
}
