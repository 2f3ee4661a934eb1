import { describe, expect, it } from 'vitest';
import { refusalOf } from './errors.testing';
import { decodeText, metaFromFileName, sizeProblem } from './input';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

/** The one line the CLI prints and the browser shows. */
const refusal = (file: string, input: Uint8Array) => refusalOf(() => decodeText(file, input));

describe('sizeProblem', () => {
	it('accepts up to the limit and names both sizes above it', () => {
		expect(sizeProblem(5 * 1024 * 1024, 5 * 1024 * 1024)).toBe('');
		expect(sizeProblem(5 * 1024 * 1024 + 1, 5 * 1024 * 1024)).toBe(
			'is 5.0 MB, over the 5 MB an input may be'
		);
		expect(sizeProblem(51 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
			'is 51.0 MB, over the 50 MB an input may be'
		);
	});
});

describe('decodeText', () => {
	it('refuses empty, blank, binary and non-UTF-8 input with the file and line', () => {
		expect(refusal('a.txt', bytes())).toBe('a.txt: file is empty');
		expect(refusal('a.txt', ascii(' \n\t\n'))).toBe('a.txt: file has no text (only whitespace)');
		expect(refusal('a.txt', bytes(0x41, 0x0a, 0x42, 0x00))).toBe(
			'a.txt:2: binary file (contains a NUL byte), expected UTF-8 text'
		);
		// Latin-1 "Café d" on line 3: the é is the lead byte of a sequence that never completes.
		expect(refusal('a.txt', bytes(0x0a, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x64))).toBe(
			'a.txt:3: text is not UTF-8 (invalid byte 0xe9 at byte 5); save it as UTF-8'
		);
	});

	it('drops a byte-order mark and keeps line endings', () => {
		expect(decodeText('a.txt', bytes(0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x42))).toBe('A\r\nB');
	});
});

describe('metaFromFileName', () => {
	it('takes the id and file from the last part of either kind of path', () => {
		expect(metaFromFileName('C:\\texts\\US–Indonesia CSP.md')).toMatchObject({
			docId: 'us-indonesia-csp',
			file: 'US–Indonesia CSP.md'
		});
		expect(metaFromFileName('/tmp/x/statement.txt').docId).toBe('statement');
		expect(metaFromFileName('——.txt').docId).toBe('document');
	});
});
