/**
 * Once per end-to-end run: build the site if build/ is missing or older than its inputs, then
 * serve it on a free port as `npm start` does. Tests read the origin with `inject('baseUrl')`.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, isBuildStale } from '../../scripts/lib/web/build-site';
import { startStaticServer } from '../../scripts/lib/web/static-server';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	if (isBuildStale(ROOT)) {
		console.log('e2e: build/ is missing or older than src/, static/ or data/: building');
		buildSite(ROOT, { preprocess: false });
	}
	const server = await startStaticServer({ dir: resolve(ROOT, 'build'), port: 0, brotli: true });
	project.provide('baseUrl', server.url);
	return () => server.close();
}
