/**
 * Writes the package so that the output directory is never half-written: everything goes to a
 * temporary sibling directory first, which then replaces the old one by rename.
 */
import { mkdir, mkdtemp, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../src/lib/analysis/errors';
import type { FileContents } from '../../src/lib/data-package/serialize';
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

export async function writePackageAtomically(
	out: string,
	files: Map<string, FileContents>
): Promise<void> {
	const target = resolve(out);
	const parent = dirname(target);
	let temp: string | undefined;
	try {
		await mkdir(parent, { recursive: true });
		temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
		// All files at once: the kernel's share of a write (copying into the page cache) then runs
		// on several of libuv's threads, and the main thread builds the next pieces meanwhile.
		const writes = await Promise.allSettled(
			[...files].map(([name, contents]) => writeContents(join(temp as string, name), contents))
		);
		const failed = writes.find((write) => write.status === 'rejected');
		if (failed) throw failed.reason;
		const old = `${temp}.old`;
		let hadOld = true;
		try {
			await rename(target, old);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			hadOld = false;
		}
		try {
			await rename(temp, target);
		} catch (error) {
			if (hadOld) await rename(old, target); // put the old package back
			throw error;
		}
		temp = undefined;
		if (hadOld) await rm(old, { recursive: true, force: true });
	} catch (error) {
		if (temp) await rm(temp, { recursive: true, force: true }).catch(() => undefined);
		throw new InputError(out, `cannot write the package: ${describeFsError(error)}`);
	}
}

/** Names of the files that differ from (or are missing in, or extra in) the directory. */
export async function diffPackage(
	out: string,
	files: Map<string, FileContents>
): Promise<string[]> {
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
