/**
 * Where each route's month label goes: at the first of a few points along its arc (from the
 * European end inwards, above or below the line) where the label's box touches no marker and
 * no label placed before it. Pure and deterministic; text width is estimated, not measured.
 */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelCandidate {
	/** A point on the arc, in SVG units. */
	x: number;
	y: number;
}

export interface PlacedLabel {
	/** Text anchor point (text-anchor: middle, alphabetic baseline). */
	x: number;
	y: number;
	box: Box;
}

/** Label font size (SVG units) of the wide drawing. */
const FONT_SIZE = 13;
/** Average advance of a bold label character (Latin, digits, separators), per unit of font size. */
const CHAR_WIDTH_PER_UNIT = 7.4 / 13;
/** Distance between the line and the nearest edge of the label. */
const OFFSET = 5;

/** Where a label's anchor point is on its text: its start, middle or end (SVG text-anchor). */
export type TextAnchor = 'start' | 'middle' | 'end';

/** The box a label's text covers (width estimated from its length). */
export function labelBox(
	text: string,
	x: number,
	baseline: number,
	fontSize = FONT_SIZE,
	anchor: TextAnchor = 'middle'
): Box {
	const width = text.length * CHAR_WIDTH_PER_UNIT * fontSize;
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { x0, y0: baseline - fontSize, x1: x0 + width, y1: baseline + (3 * fontSize) / 13 };
}

export const boxesOverlap = (a: Box, b: Box) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const inside = (b: Box, width: number, height: number) =>
	b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;

/** Distance from a point to the nearest point of a box (0 inside it). */
export const distanceToBox = (x: number, y: number, b: Box) =>
	Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

/** A box of `radius` around a point. */
export const pointBox = (x: number, y: number, radius: number): Box => ({
	x0: x - radius,
	y0: y - radius,
	x1: x + radius,
	y1: y + radius
});

/**
 * Places one label per route. `candidates[i]` are the points along route i in order of
 * preference; `obstacles` are marker and callout boxes; `lines[i]` are points along route i,
 * which the other routes' labels keep off where they can. A route whose every candidate
 * collides with a marker or a label takes its first candidate (a label is never dropped).
 */
export function placeRouteLabels(
	texts: readonly string[],
	candidates: readonly (readonly LabelCandidate[])[],
	obstacles: readonly Box[],
	size: { width: number; height: number },
	lines: readonly (readonly LabelCandidate[])[] = [],
	fontSize = FONT_SIZE
): PlacedLabel[] {
	const placed: Box[] = [];
	return texts.map((text, i) => {
		const marksAndLabels = [...obstacles, ...placed];
		const otherLines = lines.flatMap((line, j) =>
			j === i ? [] : line.map((p) => pointBox(p.x, p.y, 1.5))
		);
		const options = (candidates[i] ?? []).flatMap((c) => [
			{ x: c.x, y: c.y - OFFSET - 3 },
			{ x: c.x, y: c.y + OFFSET + fontSize }
		]);
		const clearOf = (taken: Box[]) =>
			options.find((o) => {
				const box = labelBox(text, o.x, o.y, fontSize);
				return inside(box, size.width, size.height) && !taken.some((t) => boxesOverlap(t, box));
			});
		// Off every line if it can be; else across another route's thin line (the label's halo
		// keeps both readable) rather than over a marker or another label, which it would hide.
		const fits = clearOf([...marksAndLabels, ...otherLines]) ?? clearOf(marksAndLabels);
		const chosen = fits ?? options[0] ?? { x: 0, y: 0 };
		const box = labelBox(text, chosen.x, chosen.y, fontSize);
		placed.push(box);
		return { x: Math.round(chosen.x * 10) / 10, y: Math.round(chosen.y * 10) / 10, box };
	});
}
