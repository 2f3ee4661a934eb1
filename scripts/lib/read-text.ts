/**
 * Reads a seed text as the analysis expects it: UTF-8, BOM dropped, line endings kept. Anything
 * else (missing, not a regular file, too large, empty, binary, not UTF-8) is an InputError
 * naming the file and the line.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from '../../src/lib/analysis/errors';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** 1-based line of a byte offset: counts the newlines before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Offset of the first byte that does not decode as UTF-8 (the decoder only says "invalid"). */
function firstInvalidByte(bytes: Uint8Array): number {
	let lo = 0;
	let hi = bytes.length;
	// The longest valid prefix: binary search on "prefix decodes, allowing a cut sequence at its end".
	const streaming = (n: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (streaming(mid)) lo = mid;
		else hi = mid - 1;
	}
	// The decoder accepts a cut sequence at the end of a prefix, so the culprit may be the lead
	// byte of a sequence that started up to three bytes earlier ("Caf\xe9 " fails at the space).
	for (let back = lo - 1; back >= Math.max(0, lo - 3); back--) {
		const byte = bytes[back] ?? 0;
		if (byte >= 0xc0) return back;
		if (byte < 0x80 || byte > 0xbf) break;
	}
	return lo;
}

export function decodeText(file: string, bytes: Uint8Array): string {
	if (bytes.length === 0) throw new InputError(file, 'file is empty');
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		throw new InputError(
			file,
			'binary file (contains a NUL byte), expected UTF-8 text',
			lineOfByte(bytes, nul)
		);
	}
	let text: string;
	try {
		text = UTF8.decode(bytes);
	} catch {
		const at = firstInvalidByte(bytes);
		throw new InputError(
			file,
			`text is not UTF-8 (invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at}); save it as UTF-8`,
			lineOfByte(bytes, at)
		);
	}
	// TextDecoder drops a leading BOM by default, so offsets count from the first real character.
	if (text.trim() === '') throw new InputError(file, 'file has no text (only whitespace)');
	return text;
}

/** The largest input read, in bytes: a statement is tens of KB, the seeds together 60 KB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Why `info` is no file to read (a pipe, a device, a socket, a directory, too large), or ''. */
function unreadable(info: Stats): string {
	if (info.isDirectory()) return 'is a directory, expected a file';
	if (info.isFIFO()) return 'is a named pipe (FIFO), expected a regular file';
	if (info.isCharacterDevice() || info.isBlockDevice())
		return 'is a device, expected a regular file';
	if (info.isSocket()) return 'is a socket, expected a regular file';
	if (!info.isFile()) return 'is not a regular file';
	if (info.size > MAX_INPUT_BYTES) {
		return `is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 50 MB an input may be`;
	}
	return '';
}

/**
 * The bytes of a regular file of at most MAX_INPUT_BYTES. What it is is checked before it is
 * opened (opening a FIFO waits for a writer; a device never ends) and again on the open handle,
 * in case the path changed in between; O_NONBLOCK keeps that open from waiting.
 */
export async function readInputBytes(file: string): Promise<Uint8Array> {
	try {
		const why = unreadable(await stat(file));
		if (why) throw new InputError(file, why);
		const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const again = unreadable(await handle.stat());
			if (again) throw new InputError(file, again);
			return await handle.readFile();
		} finally {
			await handle.close();
		}
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(file, describeFsError(error));
	}
}

export async function readText(file: string): Promise<string> {
	return decodeText(file, await readInputBytes(file));
}

export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or directory';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a directory, expected a file';
		case 'ENOTDIR':
			return 'a part of the path is not a directory';
		case 'EROFS':
			return 'read-only file system';
		case 'ELOOP':
			return 'symbolic link loop (too many levels of links)';
		case 'ENAMETOOLONG':
			return 'path too long';
		case 'ENOSPC':
			return 'no space left on the device';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
