import { describe, expect, it } from 'vitest';
import { mapPacked } from './packed';

describe('mapPacked', () => {
	it('gives what Array.prototype.map gives, index included', () => {
		const words = ['Both', 'sides', 'will', 'cooperate'];
		const fn = (word: string, i: number) => `${i}:${word.toLowerCase()}`;
		expect(mapPacked(words, fn)).toEqual(words.map(fn));
		expect(mapPacked([], fn)).toEqual([]);
	});

	it('leaves no holes, even for sparse input', () => {
		// eslint-disable-next-line no-sparse-arrays
		const sparse = [1, , 3] as number[];
		const out = mapPacked(sparse, (n) => n ?? 0);
		expect(out).toEqual([1, 0, 3]);
		expect(1 in out).toBe(true);
	});
});
