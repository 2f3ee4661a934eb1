/**
 * npm run preprocess — reads the seed texts, runs the analysis, validates the result against
 * the data contract and writes the data package, atomically and byte-identically.
 *
 *   npm run preprocess                                  seeds/ → data/
 *   npm run preprocess -- --check                       fail if data/ is not what seeds/ give
 *   npm run preprocess -- --input FILE|DIR --out DIR    any other statement, data/ untouched
 *
 * Exit codes: 0 done, 1 bad input or stale data, 2 wrong usage. It replaces only a package it
 * wrote (out-dir.ts), and removes its temporary folders on any exit (write-package.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError } from '../src/lib/analysis/errors';
import { runPipeline, type PipelineOptions } from './lib/run-pipeline';
import { removeTemporaryDirsOnExit } from './lib/write-package';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const USAGE = `Usage: npm run preprocess -- [--input FILE|DIR ...] [--out DIR] [--check] [--quiet]

  --input FILE|DIR  a text file, or a directory of .txt files (repeatable; default: seeds/).
                    A sources.json beside the files gives their titles and dates. Regular
                    files of at most 50 MB only (no pipes, devices or sockets).
  --out DIR         where to write the package (default: data/; required with --input): a new
                    or empty folder, or a package this CLI wrote, never the input or the project.
  --check           write nothing; exit 1 if the package on disk differs from a fresh run.
  --quiet           print only errors.
  --help            show this help.`;

class UsageError extends Error {}

function parseOptions(argv: string[]): PipelineOptions | 'help' {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: {
				input: { type: 'string', multiple: true },
				out: { type: 'string' },
				check: { type: 'boolean', default: false },
				quiet: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			},
			strict: true,
			allowPositionals: false
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
	const { values } = parsed;
	if (values.help) return 'help';
	const inputs = values.input ?? [];
	if (inputs.length > 0 && !values.out && !values.check) {
		throw new UsageError('--input needs --out DIR (data/ is written from seeds/ only)');
	}
	if (values.out === '') throw new UsageError('--out needs a directory');
	return {
		inputs: inputs.length > 0 ? inputs : [resolve(ROOT, 'seeds')],
		out: values.out ?? resolve(ROOT, 'data'),
		check: values.check ?? false,
		quiet: values.quiet ?? false,
		referenceDir: resolve(ROOT, 'seeds/reference'),
		// data/ sets the joint statement beside the comparison corpus; another input stands alone.
		...(inputs.length > 0 ? {} : { compare: [resolve(ROOT, 'seeds/corpus')] }),
		root: ROOT
	};
}

async function main(): Promise<number> {
	let options;
	try {
		options = parseOptions(process.argv.slice(2));
	} catch (error) {
		console.error(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
		return 2;
	}
	if (options === 'help') {
		console.log(USAGE);
		return 0;
	}
	try {
		return (await runPipeline(options)).exitCode;
	} catch (error) {
		if (error instanceof InputError) {
			console.error(`error: ${error.format()}`);
			return 1;
		}
		console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
}

/**
 * A reader that stops reading (`| head -1`) ends the output, not the run: the package is still
 * written and the exit code still says how it went, without a stack trace for the closed pipe.
 */
function ignoreClosedPipes(): void {
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
		});
	}
}

ignoreClosedPipes();
removeTemporaryDirsOnExit();
process.exitCode = await main();
