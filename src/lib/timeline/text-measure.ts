/**
 * Text widths without a DOM. The timeline is laid out during prerender, where no font metrics
 * exist, so widths are estimated from character classes of a typical system sans-serif and
 * rounded up: an estimate that errs wide leaves a little air, one that errs narrow would
 * let labels collide. The estimate is checked against the browser's measure in the e2e check.
 */

// Advance widths in em, fitted to DejaVu Sans (what system-ui falls back to on Linux, and the
// widest common system face), so Segoe UI, Roboto and Helvetica only gain air.
const NARROW = /[ijlI.,:;'’|!()[\]\s]/;
const SEMI_NARROW = /[ftr\-"“”/]/;
const WIDE = /[mwMW@%–]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;
/** Bold (600–700) runs about this much wider than regular. */
export const BOLD_FACTOR = 1.12;

function charWidth(char: string): number {
	if (NARROW.test(char)) return 0.32;
	if (SEMI_NARROW.test(char)) return 0.42;
	if (WIDE.test(char)) return 0.9;
	if (DIGIT.test(char)) return 0.64;
	if (UPPER.test(char)) return 0.72;
	return 0.6;
}

/** Estimated width in px of `text` set at `fontSize` px (bold when `bold`). */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const char of text) em += charWidth(char);
	return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

export interface WrapOptions {
	bold?: boolean;
	/** Width the first line gives up (e.g. to a bold lead set before it). */
	firstLineInset?: number;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (a single word longer than that gets a line
 * of its own). Never truncates: every word of a title stays on screen.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	{ bold = false, firstLineInset = 0 }: WrapOptions = {}
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		const room = lines.length === 0 ? maxWidth - firstLineInset : maxWidth;
		if (line && textWidth(candidate, fontSize, bold) > room) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}
