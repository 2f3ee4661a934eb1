/**
 * The preprocess CLI on bad input: one clear line naming the file (and line), exit 1 (2 for
 * wrong usage), and the output directory untouched.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_MARKER, PACKAGE_MARKER_TEXT } from '../../scripts/lib/out-dir';
import { diffPackage, writePackageAtomically } from '../../scripts/lib/write-package';
import { parseDashboard } from '../../src/lib/data-package/dashboard-json';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'seeds/000_094e36a2e337436e.txt'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'vn-eu-cli-'));

function preprocess(...args: string[]) {
	return preprocessWith({}, ...args);
}

function preprocessWith(env: Record<string, string>, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/preprocess.ts', ...args],
		{
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, ...env },
			// A run that hangs (a FIFO opened, a mkdir loop) fails the test instead of blocking it.
			timeout: 60_000,
			killSignal: 'SIGKILL'
		}
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function input(name: string, contents: string | Uint8Array): string {
	const file = join(work, name);
	writeFileSync(file, contents);
	return file;
}

/** An output directory that already holds a package: a failing run must leave it as it was. */
function existingOut(): string {
	const dir = mkdtempSync(join(work, 'out-'));
	writeFileSync(join(dir, PACKAGE_MARKER), PACKAGE_MARKER_TEXT);
	writeFileSync(join(dir, 'sentinel.csv'), 'kept');
	return dir;
}

/** Every name in a folder, and the contents of its files: what a refused run must leave. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.sort()
			.map((name) => {
				const path = join(dir, name);
				return [name, statSync(path).isFile() ? readFileSync(path, 'utf8') : '(folder)'];
			})
	);
}

/** The temporary folders the CLI left beside `out` (none, whatever happened). */
const tempsBeside = (out: string) =>
	readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}.tmp-`));

afterAll(() => {
	// The temp dir is left for the OS: vitest's workers may still hold files open.
});

describe('preprocess CLI on bad input', () => {
	it.each([
		['an empty file', 'empty.txt', '', /empty\.txt: file is empty$/],
		[
			'a binary file',
			'binary.txt',
			new Uint8Array([0x31, 0x2e, 0x0a, 0x00, 0x01, 0x02]),
			/binary\.txt:2: binary file/
		],
		[
			'text that is not UTF-8',
			'latin1.txt',
			new Uint8Array([
				...Buffer.from('1. Both sides\n2. Caf'),
				0xe9,
				...Buffer.from(' will meet.\n')
			]),
			/latin1\.txt:2: text is not UTF-8 \(invalid byte 0xe9/
		],
		['a text with no paragraphs', 'blank.txt', ' \n\n \n', /blank\.txt: file has no text/],
		[
			'a text with only headings',
			'headings.txt',
			'# ONE\n\n# TWO\n',
			/headings\.txt: no paragraphs found/
		]
	])('%s: one line naming the file, exit 1, output untouched', (_, name, contents, message) => {
		const out = existingOut();
		const { code, stderr } = preprocess('--input', input(name, contents), '--out', out);
		expect(code).toBe(1);
		expect(stderr.split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/^error: /);
		expect(stderr).toMatch(message);
		expect(readdirSync(out).sort()).toEqual([PACKAGE_MARKER, 'sentinel.csv']);
	});

	it('several bad files read at once: the first in file order is named', () => {
		const dir = mkdtempSync(join(work, 'order-'));
		writeFileSync(join(dir, '1-ok.txt'), SEED);
		writeFileSync(join(dir, '2-empty.txt'), '');
		writeFileSync(join(dir, '3-binary.txt'), new Uint8Array([0x31, 0x00]));
		const { code, stderr } = preprocess('--input', dir, '--out', existingOut());
		expect(code).toBe(1);
		expect(stderr).toMatch(/2-empty\.txt: file is empty$/);
	});

	it('a file that cannot be read is named before an earlier one the analysis cannot read', () => {
		// The analysis starts on the first files while the later ones are still being read.
		const dir = mkdtempSync(join(work, 'read-first-'));
		writeFileSync(join(dir, '1-headings.txt'), '# ONE\n\n# TWO\n');
		writeFileSync(join(dir, '2-empty.txt'), '');
		const { code, stderr } = preprocess('--input', dir, '--out', existingOut());
		expect(code).toBe(1);
		expect(stderr).toMatch(/2-empty\.txt: file is empty$/);
	});

	it('a missing path', () => {
		const { code, stderr } = preprocess(
			'--input',
			join(work, 'nope.txt'),
			'--out',
			join(work, 'o')
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(/nope\.txt: no such file or directory$/);
	});

	it('an unwritable --out (a path under a regular file) leaves nothing behind', () => {
		const blocker = input('blocker', 'a file, not a directory');
		const { code, stderr } = preprocess(
			'--input',
			input('ok.txt', SEED),
			'--out',
			join(blocker, 'out')
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(/blocker\/out: cannot write the package/);
		expect(readFileSync(blocker, 'utf8')).toBe('a file, not a directory');
	});

	it.each([
		[['--bogus'], /Unknown option '--bogus'/],
		[['--input', 'x.txt'], /--input needs --out/],
		[['stray'], /positional/]
	])('wrong usage %j: exit 2 with the usage', (args, message) => {
		const { code, stderr } = preprocess(...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr).toContain('Usage: npm run preprocess');
	});
});

/** One line, "error: …", exit 1. */
function expectRefusal(run: ReturnType<typeof preprocess>, message: RegExp) {
	expect(run.stderr).toMatch(message);
	expect(run.stderr.split('\n')).toHaveLength(1);
	expect(run.stderr).toMatch(/^error: /);
	expect(run.code).toBe(1);
}

describe('preprocess CLI never deletes what it did not write (--out)', () => {
	it('refuses an --out that is a file, and leaves the file', () => {
		const file = input('precious.txt', 'not a package');
		expectRefusal(
			preprocess('--input', input('ok.txt', SEED), '--out', file),
			/precious\.txt: --out is a file; give a new or empty folder$/
		);
		expect(readFileSync(file, 'utf8')).toBe('not a package');
	});

	it('refuses an --out that is the input folder, or the input file, or holds the input', () => {
		const dir = mkdtempSync(join(work, 'inputs-'));
		writeFileSync(join(dir, 'statement.txt'), SEED);
		writeFileSync(join(dir, 'notes.md'), 'mine');
		const before = snapshot(dir);
		const file = join(dir, 'statement.txt');
		for (const [inputPath, out] of [
			[dir, dir],
			[file, file],
			[file, dir],
			[file, dirname(dir)]
		] as const) {
			expectRefusal(
				preprocess('--input', inputPath, '--out', out),
				/--out is the input .* or a folder that holds it/
			);
		}
		expect(snapshot(dir)).toEqual(before);
	});

	it.each([
		['.', '.'],
		['the project folder', ROOT],
		['its parent', dirname(ROOT)]
	])('refuses --out %s (the project, .git included), before reading anything', (_, out) => {
		// The input is bad on purpose: a run that got past --out would stop at it, not write.
		const run = preprocess('--input', input('empty-for-root.txt', ''), '--out', out);
		expectRefusal(run, /--out is the project folder or a folder that holds it/);
		expect(
			statSync(join(ROOT, '.git')).isFile() || statSync(join(ROOT, '.git')).isDirectory()
		).toBe(true);
	});

	it('refuses a folder that holds something else, and leaves it', () => {
		const dir = mkdtempSync(join(work, 'mine-'));
		writeFileSync(join(dir, 'thesis.docx'), 'years of work');
		writeFileSync(join(dir, 'figures.csv'), 'a,b\r\n');
		const before = snapshot(dir);
		expectRefusal(
			preprocess('--input', input('ok.txt', SEED), '--out', dir),
			/--out is a folder that holds something else \(thesis\.docx\)/
		);
		expect(snapshot(dir)).toEqual(before);
	});

	it('replaces a package it wrote (the marker says so), also one written before the marker', () => {
		const file = input('again.txt', SEED);
		const out = join(work, 'own-out');
		expect(preprocess('--input', file, '--out', out).code).toBe(0);
		expect(readFileSync(join(out, PACKAGE_MARKER), 'utf8')).toBe(PACKAGE_MARKER_TEXT);
		expect(preprocess('--input', file, '--out', out).code).toBe(0);
		// A package of an earlier version: only the files the CLI writes, no marker.
		const old = join(work, 'old-out');
		mkdirSync(old);
		for (const name of readdirSync(out)) {
			if (name !== PACKAGE_MARKER) writeFileSync(join(old, name), 'old');
		}
		expect(preprocess('--input', file, '--out', old).code).toBe(0);
		expect(preprocess('--input', file, '--out', old, '--check').code).toBe(0);
	});

	it('fails at once, with one line, where the folder cannot be made (/proc/x/y spun forever)', () => {
		expectRefusal(
			preprocess('--input', input('ok.txt', SEED), '--out', '/proc/x/y'),
			/\/proc\/x\/y: cannot create the folder \/proc\/x: no such file or directory$/
		);
	});

	it('leaves no temporary folder beside the output, after a run or a refusal', () => {
		const out = join(mkdtempSync(join(work, 'temps-')), 'out');
		expect(preprocess('--input', input('ok.txt', SEED), '--out', out).code).toBe(0);
		expect(preprocess('--input', input('empty.txt', ''), '--out', out).code).toBe(1);
		expect(tempsBeside(out)).toEqual([]);
		expect(readdirSync(dirname(out))).toEqual(['out']);
	});

	it('removes its temporary folder on SIGINT and SIGTERM in the middle of a write', async () => {
		// The CLI's own writer and exit handlers, fed a file that never ends: the signal is sure
		// to land while the temporary folder exists.
		const driver = join(work, 'endless-write.mts');
		writeFileSync(
			driver,
			[
				`import { removeTemporaryDirsOnExit, writePackageAtomically } from ${JSON.stringify(join(ROOT, 'scripts/lib/write-package.ts'))};`,
				'removeTemporaryDirsOnExit();',
				'function* endless() { console.log("writing"); for (;;) yield "x".repeat(1 << 16); }',
				'await writePackageAtomically(process.argv[2], new Map([["endless.csv", endless()]]));'
			].join('\n')
		);
		for (const [signal, code] of [
			['SIGINT', 130],
			['SIGTERM', 143]
		] as const) {
			const out = join(mkdtempSync(join(work, 'signal-')), 'out');
			const child = spawn(process.execPath, ['--import', 'tsx', driver, out], { cwd: ROOT });
			const exit = new Promise<number | null>((done) => child.on('exit', done));
			try {
				await new Promise<void>((done) => child.stdout.once('data', () => done()));
				expect(tempsBeside(out)).toHaveLength(1);
				child.kill(signal);
				expect(await exit).toBe(code);
				expect(readdirSync(dirname(out))).toEqual([]);
			} finally {
				child.kill('SIGKILL'); // whatever failed above, the endless writer stops
			}
		}
	});

	it('removes its temporary folder when a write fails', async () => {
		const out = join(mkdtempSync(join(work, 'failing-')), 'out');
		const failure = await writePackageAtomically(
			out,
			new Map([['no-such-folder/x.csv', 'x']])
		).catch((error: unknown) => error);
		expect(String(failure)).toMatch(/cannot write the package: no such file or directory/);
		expect(readdirSync(dirname(out))).toEqual([]);
	});

	it('keeps its temporary folders out of git', () => {
		const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', '.data.tmp-Ab12Cd'], {
			cwd: ROOT
		});
		expect(ignored.status).toBe(0);
	});

	it('ends quietly when the reader of its output goes away (| head -1)', async () => {
		const out = join(work, 'epipe-out');
		const child = spawn(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/preprocess.ts',
				'--input',
				input('pipe.txt', SEED),
				'--out',
				out
			],
			{ cwd: ROOT }
		);
		child.stdout.destroy(); // the pipe's reader is gone before the first line
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const exit = await new Promise<number | null>((done) => child.on('exit', done));
		expect(stderr).toBe('');
		expect(exit).toBe(0);
		expect(readdirSync(out)).toContain('dashboard.json');
	});
});

describe('preprocess CLI reads only regular files of a bounded size', () => {
	const refused = (path: string, message: RegExp) =>
		expectRefusal(preprocess('--input', path, '--out', existingOut()), message);

	it('refuses a FIFO, given directly or found in an input folder (opening one would block)', () => {
		const dir = mkdtempSync(join(work, 'fifo-'));
		writeFileSync(join(dir, '1-ok.txt'), SEED);
		expect(spawnSync('mkfifo', [join(dir, '2-pipe.txt')]).status).toBe(0);
		refused(
			join(dir, '2-pipe.txt'),
			/2-pipe\.txt: is a named pipe \(FIFO\), expected a regular file$/
		);
		refused(dir, /2-pipe\.txt: is a named pipe \(FIFO\), expected a regular file$/);
	});

	it('refuses a device (/dev/zero grew memory without limit)', () => {
		refused('/dev/zero', /^error: \/dev\/zero: is a device, expected a regular file$/);
	});

	it('refuses a socket', async () => {
		const path = join(mkdtempSync(join(work, 'socket-')), 'statement.txt');
		const server = createServer();
		await new Promise<void>((done) => server.listen(path, done));
		try {
			refused(path, /statement\.txt: is a socket, expected a regular file$/);
		} finally {
			server.close();
		}
	});

	it('refuses a symbolic link loop, given directly or found in an input folder', () => {
		const dir = mkdtempSync(join(work, 'loop-'));
		symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
		symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
		refused(join(dir, 'a.txt'), /a\.txt: symbolic link loop/);
		refused(dir, /a\.txt: symbolic link loop/);
	});

	it('refuses a file over 50 MB, naming the limit', () => {
		const big = input('huge.txt', '1. Big.\n');
		truncateSync(big, 51 * 1024 * 1024); // sparse: no 51 MB written
		refused(big, /huge\.txt: is 51\.0 MB, over the 50 MB an input may be$/);
	});

	it('reads a symbolic link to a regular file', () => {
		const link = join(mkdtempSync(join(work, 'link-')), 'linked.txt');
		symlinkSync(input('target.txt', SEED), link);
		expect(preprocess('--input', link, '--out', join(work, 'link-out')).code).toBe(0);
	});
});

describe('preprocess CLI on statements the seeds do not cover', () => {
	it('writes a package for a visit with no date and a 400-digit amount (the contract broke)', () => {
		const text =
			'1. The President of France visited Viet Nam and held talks.\n' +
			`2. Trade reached US$${'9'.repeat(400)} billion, and 12 visits were paid.\n`;
		const out = join(work, 'undated-out');
		const run = preprocess('--input', input('undated.txt', text), '--out', out);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/undated\.txt → undated: 0 chapters, 2 paragraphs, .* 1 figures/);
	});

	it('reads CR line ends (old Mac files) as LF: 60 paragraphs, offsets into the text as read', () => {
		const cr = SEED.replace(/\r?\n/g, '\r');
		const out = join(work, 'cr-out');
		const run = preprocess('--input', input('cr.txt', cr), '--out', out);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/cr\.txt → cr: 12 chapters, 60 paragraphs/);
		const data = parseDashboard(readFileSync(join(out, 'dashboard.json'), 'utf8'));
		const p41 = data.paragraphs.find((p) => p.paragraphNo === 41);
		expect(cr.slice(p41?.start, p41?.end)).toBe(p41?.text);
		expect(p41?.text).toMatch(/^Both sides underscore the importance of decarbonising/);
	});
});

describe('preprocess CLI on good input', () => {
	it('accepts a UTF-8 BOM and CRLF line endings; offsets point into the text without the BOM', () => {
		const crlf = `\uFEFF${SEED.replace(/\n/g, '\r\n')}`;
		const out = join(work, 'crlf-out');
		const { code, stdout } = preprocess('--input', input('crlf.txt', crlf), '--out', out);
		expect(code).toBe(0);
		expect(stdout).toMatch(/crlf\.txt → crlf: 12 chapters, 60 paragraphs/);
		const data = parseDashboard(readFileSync(join(out, 'dashboard.json'), 'utf8'));
		const text = crlf.slice(1);
		const p41 = data.paragraphs.find((p) => p.paragraphNo === 41);
		expect(text.slice(p41?.start, p41?.end)).toBe(p41?.text);
		expect(p41?.text).toMatch(/^Both sides underscore the importance of decarbonising/);
	});

	it('--check fails on a stale package and names the differing file', () => {
		const out = join(work, 'check-out');
		mkdirSync(out);
		const file = input('check.txt', SEED);
		expect(preprocess('--input', file, '--out', out).code).toBe(0);
		expect(preprocess('--input', file, '--out', out, '--check').code).toBe(0);
		writeFileSync(join(out, 'figures.csv'), 'tampered');
		const { code, stderr } = preprocess('--input', file, '--out', out, '--check');
		expect(code).toBe(1);
		expect(stderr).toMatch(/is stale.*figures\.csv \(differs\)/);
	});
});

describe('preprocess CLI on several threads', () => {
	it('writes the package a one-thread run finds up to date', () => {
		const dir = mkdtempSync(join(work, 'threads-in-'));
		for (const n of [1, 2, 3]) writeFileSync(join(dir, `statement-${n}.txt`), SEED);
		const out = join(work, 'threads-out');
		const run = preprocessWith({ PREPROCESS_THREADS: '2' }, '--input', dir, '--out', out);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/3 documents, .* on 2 threads$/m);
		expect(run.stdout).toMatch(
			/\[3\/3\] statement-3\.txt → statement-3: 12 chapters, 60 paragraphs/
		);
		const check = preprocessWith(
			{ PREPROCESS_THREADS: '1' },
			'--input',
			dir,
			'--out',
			out,
			'--check'
		);
		expect(check.code).toBe(0);
		expect(check.stdout).not.toMatch(/ on \d+ threads/);
	});
});

describe('writing and checking a package in pieces', () => {
	const files = () =>
		new Map<string, string | Iterable<string>>([
			['whole.txt', 'Việt Nam “one string”\r\n'],
			['pieces.csv', ['\uFEFFa,b\r\n', '1,Hà Nội\r\n', '', '2,🇻🇳\r\n']]
		]);

	it('writes the concatenated pieces as UTF-8 and finds the package up to date', async () => {
		const out = join(work, 'pieces-out');
		await writePackageAtomically(out, files());
		expect(readFileSync(join(out, 'pieces.csv'), 'utf8')).toBe('\uFEFFa,b\r\n1,Hà Nội\r\n2,🇻🇳\r\n');
		expect(readFileSync(join(out, 'whole.txt'), 'utf8')).toBe('Việt Nam “one string”\r\n');
		expect(await diffPackage(out, files())).toEqual([]);
	});

	it('names a file that differs by a byte, is longer or shorter, is missing or is extra', async () => {
		const out = join(work, 'pieces-diff');
		await writePackageAtomically(out, files());
		const changed = files();
		changed.set('pieces.csv', ['\uFEFFa,b\r\n', '1,Hà Nội\r\n', '2,🇻🇳\r\n', 'more']);
		expect(await diffPackage(out, changed)).toEqual(['pieces.csv (differs)']);
		changed.set('pieces.csv', ['\uFEFFa,b\r\n']);
		expect(await diffPackage(out, changed)).toEqual(['pieces.csv (differs)']);
		changed.set('pieces.csv', ['\uFEFFa,b\r\n', '1,Ha Nội\r\n', '2,🇻🇳\r\n']);
		expect(await diffPackage(out, changed)).toEqual(['pieces.csv (differs)']);
		changed.delete('whole.txt');
		changed.set('new.txt', 'x');
		expect(await diffPackage(out, changed)).toEqual([
			'new.txt (missing)',
			'pieces.csv (differs)',
			'whole.txt (not generated)'
		]);
	});
});
