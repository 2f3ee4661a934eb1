import { describe, expect, it } from 'vitest';
import { Utf8Sink } from './utf8-sink';

describe('Utf8Sink: the bytes TextEncoder gives for the pieces joined', () => {
	const encoder = new TextEncoder();
	const pieces = [
		'',
		'plain ASCII, 61 billion',
		'Việt Nam – “Both sides” ’s',
		'astral 𝔼𝕌 and a lone surrogate \ud800 here',
		'\udc00 a lone low surrogate first',
		'x'.repeat(100_000) + 'é',
		'y'.repeat(70_000)
	];

	it('encodes every piece, growing past its first buffer', () => {
		const sink = new Utf8Sink();
		for (const piece of pieces) sink.append(piece);
		expect(Array.from(sink.bytes())).toEqual(Array.from(encoder.encode(pieces.join(''))));
	});

	it('gives exact-size buffers of their own that later appends leave alone', () => {
		const sink = new Utf8Sink();
		sink.append('first text');
		const first = sink.bytes();
		sink.append(', then more');
		expect(new TextDecoder().decode(first)).toBe('first text');
		expect(first.buffer.byteLength).toBe(first.length);
		expect(new TextDecoder().decode(sink.bytes())).toBe('first text, then more');
		expect(new Utf8Sink().bytes().length).toBe(0);
	});
});
