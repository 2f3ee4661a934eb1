/**
 * Reads a seed text as the analysis expects it: UTF-8, BOM dropped, line endings kept. Anything
 * else (missing, empty, binary, not UTF-8) is an InputError naming the file and the line.
 */
import { readFile } from 'node:fs/promises';
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

export async function readText(file: string): Promise<string> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		throw new InputError(file, describeFsError(error));
	}
	return decodeText(file, bytes);
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
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
