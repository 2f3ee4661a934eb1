import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/lib/analysis/analyse-corpus';
import { metaFromFileName } from '../../src/lib/analysis/input';
import { batchChars, batchesOf, nextBatchChars } from './analyse-in-threads';

const doc = (name: string, chars: number): SourceDocument => ({
	meta: metaFromFileName(`${name}.txt`),
	text: 'x'.repeat(chars)
});

async function* slowly(documents: SourceDocument[]): AsyncGenerator<SourceDocument> {
	for (const document of documents) {
		await new Promise((resolve) => setImmediate(resolve));
		yield document;
	}
}

const names = (batches: SourceDocument[][]) => batches.map((b) => b.map((d) => d.meta.file));

describe('batchChars', () => {
	it('cuts about 250,000 characters a batch', () => {
		expect(batchChars(28_000_000, 2)).toBe(250_000);
		expect(batchChars(28_000_000, 1)).toBe(250_000);
	});
	it('gives every thread four batches or more of a smaller text', () => {
		expect(batchChars(2_000_000, 4)).toBe(125_000);
		expect(batchChars(3, 8)).toBe(1);
	});
});

describe('batchesOf', () => {
	it('cuts consecutive documents once a batch holds the characters asked, and keeps them all', async () => {
		const documents = [doc('a', 5), doc('b', 4), doc('c', 10), doc('d', 1), doc('e', 2)];
		const read: SourceDocument[] = [];
		const batches: SourceDocument[][] = [];
		for await (const batch of batchesOf(slowly(documents), 9, read)) batches.push(batch);
		expect(names(batches)).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['d.txt', 'e.txt']]);
		expect(read).toEqual(documents);
	});
	it('asks a size function for each batch, given the characters already in batches', async () => {
		const documents = [doc('a', 5), doc('b', 5), doc('c', 5), doc('d', 5), doc('e', 5)];
		const asked: number[] = [];
		const size = (done: number) => {
			asked.push(done);
			return done < 10 ? 10 : 5;
		};
		const batches: SourceDocument[][] = [];
		for await (const batch of batchesOf(documents, size, [])) batches.push(batch);
		expect(names(batches)).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['d.txt'], ['e.txt']]);
		expect(asked).toEqual([0, 0, 10, 15, 20]);
	});
	it('gives a batch as soon as it is full, before the next document is read', async () => {
		let readAfterFirst = false;
		async function* documents() {
			yield doc('a', 10);
			readAfterFirst = true;
			yield doc('b', 10);
		}
		for await (const batch of batchesOf(documents(), 10, [])) {
			expect(names([batch])).toEqual([['a.txt']]);
			expect(readAfterFirst).toBe(false);
			break;
		}
	});
});

describe('nextBatchChars', () => {
	it('shrinks the batches as the text runs out, to about one statement', () => {
		expect(nextBatchChars(28_000_000, 0, 2)).toBe(250_000);
		expect(nextBatchChars(28_000_000, 27_000_000, 2)).toBe(125_000);
		expect(nextBatchChars(28_000_000, 27_900_000, 2)).toBe(25_000);
	});
	it('never grows past the first batch of a small text, nor changes a one-thread run', () => {
		expect(nextBatchChars(100_000, 90_000, 2)).toBe(12_500);
		expect(nextBatchChars(28_000_000, 27_900_000, 1)).toBe(250_000);
	});
});
