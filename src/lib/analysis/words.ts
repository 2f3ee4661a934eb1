const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Counts words as a reader would: "two-way" and "8.4%" are one word each. */
export function countWords(text: string): number {
	let n = 0;
	WORD.lastIndex = 0;
	while (WORD.exec(text) !== null) n++;
	return n;
}
