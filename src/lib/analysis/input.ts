/**
 * The checks a statement passes before it is read, shared by the CLI (scripts/lib/read-text.ts)
 * and the browser (/analyse), so both refuse the same input with the same words: too large,
 * empty, binary, not UTF-8. Pure: bytes in, text or an InputError out.
 */
import type { DocumentMeta } from './analyse-corpus';
import { InputError } from './errors';

const MB = 1024 * 1024;

/** Why an input of `bytes` bytes is refused under a limit of `limitBytes`, or ''. */
export function sizeProblem(bytes: number, limitBytes: number): string {
	if (bytes <= limitBytes) return '';
	return `is ${(bytes / MB).toFixed(1)} MB, over the ${+(limitBytes / MB).toFixed(1)} MB an input may be`;
}

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

/**
 * A text as the analysis expects it: UTF-8, BOM dropped, line endings kept. Empty, binary
 * (a NUL byte) or not UTF-8 is an InputError naming `file` and the line.
 */
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
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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

/** The last part of a path, either separator. */
const baseName = (file: string) =>
	file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/** Metadata for a text with no sources.json entry: its name says what it is. */
export function metaFromFileName(file: string): DocumentMeta {
	const name = baseName(file).replace(/\.[^.]+$/, '');
	const docId =
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'document';
	return {
		docId,
		title: '',
		date: '',
		kind: 'joint-statement',
		publisher: '',
		author: '',
		language: 'en',
		file: baseName(file),
		url: '',
		parties: []
	};
}
