/**
 * Test helper for property tests: a vocabulary of text pieces written as one string, pieces
 * parted by "|" (spaces inside a piece are kept), so that a fuzz vocabulary reads as a line.
 */
import fc from 'fast-check';

export const pieces = (list: string): fc.Arbitrary<string> => fc.constantFrom(...list.split('|'));

/** A row that quotes the text it was read from. */
interface Quoting {
	start: number;
	end: number;
	quote: string;
}

/**
 * Runs `read` on random spans of random texts (any string, or up to `maxWords` pieces of
 * `words`) and checks that every row's quote is the slice it points to, inside the span, and
 * that `valid` holds for it. Returns how many rows were read, for the caller to check that the
 * generator reaches its rules.
 */
export function quotesSliceExactly<Row extends Quoting>(
	read: (sentence: { docText: string; start: number; end: number }) => readonly Row[],
	words: fc.Arbitrary<string>,
	options: { maxWords: number; seed?: number; valid?: (row: Row) => boolean }
): number {
	let found = 0;
	const text = fc.oneof(
		fc.string(),
		fc.array(words, { maxLength: options.maxWords }).map((w) => w.join(' '))
	);
	const fraction = fc.double({ min: 0, max: 1, noNaN: true });
	fc.assert(
		fc.property(text, fraction, fraction, (docText, a, b) => {
			const [from, to] = [a, b].map((x) => Math.round(x * docText.length)) as [number, number];
			const span = { docText, start: Math.min(from, to), end: Math.max(from, to) };
			const rows = read(span);
			found += rows.length;
			const exact = rows.every(
				(row) =>
					docText.slice(row.start, row.end) === row.quote &&
					row.start >= span.start &&
					row.end <= span.end &&
					(options.valid?.(row) ?? true)
			);
			if (!exact) throw new Error(`a quote does not slice its text: ${JSON.stringify(rows)}`);
		}),
		{ numRuns: 500, ...(options.seed === undefined ? {} : { seed: options.seed }) }
	);
	return found;
}

/** A check of a reader on the span [start, end) of a document; it throws when a rule breaks. */
export type SpanCheck = (docText: string, start: number, end: number) => void;

/** Runs `check` on any string of up to 200 code units of any kind, read whole. */
export function checkAnyString(check: SpanCheck): void {
	fc.assert(
		fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
			check(text, 0, text.length);
		})
	);
}

/** Runs `check` on a random `text` read inside a document `before + text + after`. */
export function checkInsideDocument(
	check: SpanCheck,
	texts: { before: fc.Arbitrary<string>; text: fc.Arbitrary<string>; after: fc.Arbitrary<string> },
	options: { numRuns?: number } = {}
): void {
	fc.assert(
		fc.property(texts.before, texts.text, texts.after, (before, text, after) => {
			check(before + text + after, before.length, before.length + text.length);
		}),
		options
	);
}
