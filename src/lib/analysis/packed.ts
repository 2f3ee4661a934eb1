/**
 * `items.map(fn)`, always as a packed array.
 *
 * On Node 20, `Array.prototype.map` run inside optimised code returns a holey array where the
 * builtin, run before the code is optimised, returns a packed one. Code that reads the result
 * (by index, or with forEach, sort or join) was compiled for one kind of array, meets the other,
 * and V8 throws it away and compiles it again, while the thread runs slower code. The arrays the
 * reader's inner loops read are made with this: over the first 200 statements a thread analyses,
 * optimised code was thrown away 54 times before, 7 after (node --trace-deopt).
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
	const out: U[] = [];
	for (let i = 0; i < items.length; i++) out.push(fn(items[i] as T, i));
	return out;
}
