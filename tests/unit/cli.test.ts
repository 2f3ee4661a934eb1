/**
 * The preprocess CLI on bad input: one clear line naming the file (and line), exit 1 (2 for
 * wrong usage), and the output directory untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
			env: { ...process.env, ...env }
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
	writeFileSync(join(dir, 'sentinel.csv'), 'kept');
	return dir;
}

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
		expect(readdirSync(out)).toEqual(['sentinel.csv']);
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
