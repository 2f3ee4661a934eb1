import { describe, expect, it } from 'vitest';
import { utf8 } from './analyse-batch';

describe('utf8: the bytes TextEncoder gives, each in a buffer of its own', () => {
	const encoder = new TextEncoder();
	const texts = [
		'',
		'plain ASCII, 61 billion',
		'Việt Nam – “Both sides” ’s',
		'astral 𝔼𝕌 and a lone surrogate \ud800 here, and one at the end \udc00',
		'x'.repeat(100_000) + 'é'
	];

	it.each(texts)('encodes %#', (text) => {
		expect(Array.from(utf8(text))).toEqual(Array.from(encoder.encode(text)));
	});

	it('returns exact-size buffers that later calls do not overwrite', () => {
		const first = utf8('first text');
		const second = utf8('second, longer text that reuses the same scratch space');
		expect(new TextDecoder().decode(first)).toBe('first text');
		expect(first.buffer.byteLength).toBe(first.length);
		expect(second.byteOffset).toBe(0);
	});
});
