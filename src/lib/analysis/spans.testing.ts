/** Test helper: spans of a text to read (a whole text, the sentence that opens with some words). */
import { expect, it } from 'vitest';
import type { SentenceInput } from './types';

/** The whole of `text` as one span. */
export const whole = (text: string): SentenceInput => ({
	docText: text,
	start: 0,
	end: text.length
});

/** The sentence of `text` that starts with `opening` and ends at ". " or at the line's end. */
export function sentenceStarting(text: string, opening: string): SentenceInput {
	const start = text.indexOf(opening);
	if (start < 0) throw new Error(`not in the text: ${opening}`);
	const stop = /\.(?=\s|$)|\r?\n/g;
	stop.lastIndex = start;
	const match = stop.exec(text);
	const end = match === null ? text.length : match.index + (match[0] === '.' ? 1 : 0);
	return { docText: text, start, end };
}

/** One test per text: `read` finds nothing in the whole of it. */
export function itFindsNothingIn(read: (s: SentenceInput) => readonly unknown[], texts: string[]) {
	it.each(texts)('returns [] for %j', (text) => {
		expect(read(whole(text))).toEqual([]);
	});
}

/**
 * The span marked "[…]" in `marked`, inside the text without the two brackets:
 * `bracketed('In 2025, a. [The 10th anniversary of B.]')` reads the second sentence only.
 */
export function bracketed(marked: string): SentenceInput {
	const start = marked.indexOf('[');
	const end = marked.indexOf(']') - 1;
	if (start < 0 || end < start) throw new Error(`no "[…]" in: ${marked}`);
	return { docText: marked.replace('[', '').replace(']', ''), start, end };
}
