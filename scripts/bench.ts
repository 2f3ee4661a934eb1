/**
 * npm run bench — the preprocessing pipeline on the seeds replicated 1×, 10×, 100× and 1,000×
 * (generated in a temp dir), then on 1,000 copies of the joint statement alone, the goal's own
 * wording ("1,000 statements"). Prints the median of several runs per scale, MB/s, and two ratios
 * measured in the same run, so that a noisy shared machine still gives comparable figures:
 * against the time to merely read the same files (the I/O floor), and against the previous scale
 * (linear growth gives 10×). Figures are printed, never asserted.
 *
 *   npm run bench                          every scale
 *   npm run bench -- --scale '1000× st.'   only the scales named (repeatable)
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './lib/run-pipeline';
import { listInputFiles } from './lib/load-inputs';
import { chosenScales, growthBase } from './lib/bench-scales';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Runs per scale: the median of five is steady on a shared, noisy machine. */
const RUNS = 5;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function replicate(dir: string, seeds: { name: string; text: string }[], copies: number) {
	for (let i = 0; i < copies; i++) {
		for (const seed of seeds) {
			const name = seed.name.replace(/\.txt$/, `-${String(i).padStart(4, '0')}.txt`);
			await writeFile(join(dir, name), seed.text);
		}
	}
}

async function readAll(dir: string): Promise<number> {
	let bytes = 0;
	for (const file of await listInputFiles([dir])) bytes += (await readFile(file, 'utf8')).length;
	return bytes;
}

async function main() {
	const scales = chosenScales(process.argv.slice(2));
	const seedsDir = resolve(ROOT, 'seeds');
	const names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
	const kinds = new Map(
		(
			JSON.parse(await readFile(join(seedsDir, 'sources.json'), 'utf8')) as {
				file: string;
				kind: string;
			}[]
		).map((source) => [source.file, source.kind])
	);
	const seeds = await Promise.all(
		names.map(async (name) => ({
			name,
			kind: kinds.get(name),
			text: await readFile(join(seedsDir, name), 'utf8')
		}))
	);
	const work = await mkdtemp(join(tmpdir(), 'vn-eu-bench-'));
	console.log(
		`Benchmark: preprocessing pipeline (read → analyse → validate → write), Node ${process.version}`
	);
	console.log(`Seeds: ${names.length} files; median of several runs per scale; temp dir ${work}\n`);
	console.log(
		`Threads: up to ${availableParallelism()} (the machine's cores; PREPROCESS_THREADS=n sets them)\n`
	);
	console.log(
		'scale     docs    MB      runs  threads  median s   MB/s    docs/s   × read-only   × previous scale'
	);
	/** Median seconds of each scale run so far, for the growth ratio. */
	const medians = new Map<string, number>();
	try {
		for (const [index, scale] of scales.entries()) {
			const input = join(work, `in-${index}`);
			await mkdir(input);
			const chosen = seeds.filter((seed) => !scale.kind || seed.kind === scale.kind);
			await replicate(input, chosen, scale.copies);
			const files = await listInputFiles([input]);
			let bytes = 0;
			for (const file of files) bytes += (await stat(file)).size;
			const times: number[] = [];
			const readTimes: number[] = [];
			let threads = 1;
			for (let r = 0; r < RUNS; r++) {
				const t0 = performance.now();
				await readAll(input);
				readTimes.push((performance.now() - t0) / 1000);
				const result = await runPipeline({
					inputs: [input],
					out: join(work, `out-${index}`),
					check: false,
					quiet: true,
					referenceDir: resolve(ROOT, 'seeds/reference')
				});
				if (result.exitCode !== 0) throw new Error(`pipeline failed at scale ${scale.label}`);
				times.push(result.seconds);
				threads = result.threads;
			}
			const seconds = median(times);
			const mb = bytes / 1e6;
			const readOnly = median(readTimes);
			const baseScale = growthBase(scale, scales);
			const base = baseScale && medians.get(baseScale.label);
			console.log(
				[
					scale.label.padEnd(10),
					String(files.length).padEnd(8),
					mb.toFixed(2).padEnd(8),
					String(times.length).padEnd(6),
					String(threads).padEnd(9),
					seconds.toFixed(3).padEnd(11),
					(mb / seconds).toFixed(2).padEnd(8),
					(files.length / seconds).toFixed(0).padEnd(9),
					(seconds / readOnly).toFixed(1).padEnd(14),
					base === undefined ? '—' : (seconds / base).toFixed(2)
				].join('')
			);
			medians.set(scale.label, seconds);
			await rm(input, { recursive: true, force: true });
			await rm(join(work, `out-${index}`), { recursive: true, force: true });
		}
	} finally {
		await rm(work, { recursive: true, force: true });
	}
	console.log(
		[
			'',
			'N× is N copies of each seed (the joint statement and the article); "1000× st." is 1,000',
			'copies of the joint statement alone. Goal: 1,000 statements under 10 s (the "1000× st."',
			'row; "1000×" adds 1,000 articles to them), and 1,000× at most 12 × the 100× time.'
		].join('\n')
	);
}

await main();
