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

/** Average advance of a bold 13-unit label character (Latin, digits, separators). */
const CHAR_WIDTH = 7.4;
const FONT_SIZE = 13;
/** Distance between the line and the nearest edge of the label. */
const OFFSET = 5;

export function labelBox(text: string, x: number, baseline: number): Box {
	const half = (text.length * CHAR_WIDTH) / 2;
	return { x0: x - half, y0: baseline - FONT_SIZE, x1: x + half, y1: baseline + 3 };
}

export const boxesOverlap = (a: Box, b: Box) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (b: Box, width: number, height: number) =>
	b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;

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
 * which the other routes' labels keep off. A route whose every candidate collides takes its
 * first candidate (a label is never dropped).
 */
export function placeRouteLabels(
	texts: readonly string[],
	candidates: readonly (readonly LabelCandidate[])[],
	obstacles: readonly Box[],
	size: { width: number; height: number },
	lines: readonly (readonly LabelCandidate[])[] = []
): PlacedLabel[] {
	const placed: Box[] = [];
	return texts.map((text, i) => {
		const taken = [
			...obstacles,
			...placed,
			...lines.flatMap((line, j) => (j === i ? [] : line.map((p) => pointBox(p.x, p.y, 1.5))))
		];
		const options = (candidates[i] ?? []).flatMap((c) => [
			{ x: c.x, y: c.y - OFFSET - 3 },
			{ x: c.x, y: c.y + OFFSET + FONT_SIZE }
		]);
		const fits = options.find((o) => {
			const box = labelBox(text, o.x, o.y);
			return inside(box, size.width, size.height) && !taken.some((t) => boxesOverlap(t, box));
		});
		const chosen = fits ?? options[0] ?? { x: 0, y: 0 };
		const box = labelBox(text, chosen.x, chosen.y);
		placed.push(box);
		return { x: Math.round(chosen.x * 10) / 10, y: Math.round(chosen.y * 10) / 10, box };
	});
}
