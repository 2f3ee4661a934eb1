/**
 * Writes the package so that the output directory is never half-written: everything goes to a
 * temporary sibling directory first, which then replaces the old one by rename. The output is
 * replaced only when it is the CLI's own (out-dir.ts), and the temporary directories are removed
 * on every exit, a signal included (`removeTemporaryDirsOnExit`).
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../src/lib/analysis/errors';
import type { FileContents } from '../../src/lib/data-package/serialize';
import { PACKAGE_MARKER, PACKAGE_MARKER_TEXT, assertReplaceable } from './out-dir';
import { describeFsError } from './read-text';

/** Text is gathered up to this many characters before it is encoded and written. */
const TEXT_PIECE = 1 << 18;

/**
 * The contents as UTF-8 pieces of a useful size: a string is one piece (never its characters),
 * small strings are gathered, encoded pieces pass as they are.
 */
function* utf8Pieces(contents: FileContents): Generator<Uint8Array> {
	if (typeof contents === 'string') {
		yield Buffer.from(contents, 'utf8');
		return;
	}
	let text = '';
	for (const piece of contents) {
		if (typeof piece !== 'string') {
			if (text !== '') yield Buffer.from(text, 'utf8');
			text = '';
			yield piece;
		} else if ((text += piece).length >= TEXT_PIECE) {
			yield Buffer.from(text, 'utf8');
			text = '';
		}
	}
	if (text !== '') yield Buffer.from(text, 'utf8');
}

/**
 * Writes the pieces as they are generated: the next piece is built while the previous one is
 * being written (the write runs on libuv's thread pool), and no file is ever one huge string.
 */
async function writeContents(path: string, contents: FileContents): Promise<void> {
	const handle = await open(path, 'w');
	try {
		const writeAll = async (bytes: Uint8Array) => {
			for (let at = 0; at < bytes.length;) {
				at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
			}
		};
		let writing: Promise<void> = Promise.resolve();
		for (const bytes of utf8Pieces(contents)) {
			await writing;
			writing = writeAll(bytes);
		}
		await writing;
	} finally {
		await handle.close();
	}
}

/** Whether the file holds exactly these bytes. */
async function sameContents(path: string, contents: FileContents): Promise<boolean> {
	const current = await readFile(path);
	let at = 0;
	for (const bytes of utf8Pieces(contents)) {
		if (at + bytes.length > current.length) return false;
		if (!current.subarray(at, at + bytes.length).equals(bytes)) return false;
		at += bytes.length;
	}
	return at === current.length;
}

/** The files of a package as written: the given ones and the marker that says whose it is. */
function withMarker(files: Map<string, FileContents>): Map<string, FileContents> {
	return new Map<string, FileContents>([...files, [PACKAGE_MARKER, PACKAGE_MARKER_TEXT]]);
}

/** Temporary directories that exist now: removed by whoever ends the process first. */
const temporaryDirs = new Set<string>();

/** Removes the temporary directories left (synchronous: it runs in exit and signal handlers). */
export function removeTemporaryDirs(): void {
	for (const dir of temporaryDirs) {
		rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
		temporaryDirs.delete(dir);
	}
}

/**
 * Removes the temporary directories when the process ends, normally or by SIGINT, SIGTERM or
 * SIGHUP (then it exits with 128 + the signal's number, as a shell reports it).
 */
export function removeTemporaryDirsOnExit(): void {
	process.on('exit', removeTemporaryDirs);
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129]
	] as const) {
		process.once(signal, () => {
			removeTemporaryDirs();
			process.exit(code);
		});
	}
}

/**
 * Creates `dir` and its missing ancestors one by one. Node's own `mkdir(…, { recursive: true })`
 * never returns where a parent exists but cannot hold a child (`/proc/x/y`: ENOENT, then
 * EEXIST for `/proc`, and round again), spinning a core; here every error ends it at once.
 */
async function makeDirectory(dir: string, out: string): Promise<void> {
	const missing: string[] = [];
	for (let at = resolve(dir); ; at = dirname(at)) {
		try {
			if ((await lstat(at)).isDirectory()) break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
		missing.push(at);
		if (dirname(at) === at) break;
	}
	for (const at of missing.reverse()) {
		try {
			await mkdir(at);
		} catch (error) {
			// Made meanwhile by someone else: fine if it is a directory (the next step says if not).
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
			throw new InputError(out, `cannot create the folder ${at}: ${describeFsError(error)}`);
		}
	}
}

/**
 * Writes `files` (and the package marker) into `out`, replacing it. Refuses (InputError naming
 * `out`) an output that is not the CLI's own: see `assertReplaceable`.
 */
export async function writePackageAtomically(
	out: string,
	files: Map<string, FileContents>
): Promise<void> {
	const target = resolve(out);
	const parent = dirname(target);
	const written = withMarker(files);
	await assertReplaceable(out, written.keys());
	let temp: string | undefined;
	await makeDirectory(parent, out);
	try {
		// Synchronous, so that no signal handler runs between making it and listing it.
		temp = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
		temporaryDirs.add(temp);
		// All files at once: the kernel's share of a write (copying into the page cache) then runs
		// on several of libuv's threads, and the main thread builds the next pieces meanwhile.
		const writes = await Promise.allSettled(
			[...written].map(([name, contents]) => writeContents(join(temp as string, name), contents))
		);
		const failed = writes.find((write) => write.status === 'rejected');
		if (failed) throw failed.reason;
		await assertReplaceable(out, written.keys());
		const old = `${temp}.old`;
		// The swap is synchronous: a signal cannot land between the two renames and leave no
		// package at all.
		temporaryDirs.add(old);
		let hadOld = true;
		try {
			renameSync(target, old);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			hadOld = false;
		}
		try {
			renameSync(temp, target);
		} catch (error) {
			if (hadOld) {
				temporaryDirs.delete(old); // the old package: never removed, put back
				renameSync(old, target);
			}
			throw error;
		}
		temporaryDirs.delete(temp);
		temp = undefined;
		if (hadOld) await rm(old, { recursive: true, force: true });
		temporaryDirs.delete(old);
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(out, `cannot write the package: ${describeFsError(error)}`);
	} finally {
		if (temp) {
			await rm(temp, { recursive: true, force: true }).catch(() => undefined);
			temporaryDirs.delete(temp);
		}
	}
}

/** Names of the files that differ from (or are missing in, or extra in) the directory. */
export async function diffPackage(
	out: string,
	given: Map<string, FileContents>
): Promise<string[]> {
	const files = withMarker(given);
	const differences: string[] = [];
	let present: string[] = [];
	try {
		present = await readdir(out);
	} catch {
		return [`${out} (missing)`];
	}
	for (const [name, contents] of files) {
		let same: boolean | undefined;
		try {
			same = await sameContents(join(out, name), contents);
		} catch {
			same = undefined;
		}
		if (same === undefined) differences.push(`${name} (missing)`);
		else if (!same) differences.push(`${name} (differs)`);
	}
	for (const name of present) if (!files.has(name)) differences.push(`${name} (not generated)`);
	return differences.sort();
}
