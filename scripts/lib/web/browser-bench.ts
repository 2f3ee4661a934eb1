/**
 * What the browser benchmarks (bench:exports, bench:analyse) share: `--runs N` and `--no-build`,
 * and the built site, rebuilt first when it is stale unless told not to.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSite, isBuildStale } from './build-site';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The runs asked for (at least one) after building the site if it is stale and may be built. */
export function prepareBrowserBench(defaultRuns: number): { runs: number } {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: String(defaultRuns) },
			'no-build': { type: 'boolean', default: false }
		}
	});
	if (!values['no-build'] && isBuildStale(ROOT)) buildSite(ROOT, { preprocess: true });
	return { runs: Math.max(1, Number(values.runs) || defaultRuns) };
}
