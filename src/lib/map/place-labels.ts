/**
 * Names beside the map's main places (the airports the routes leave from, the capitals the
 * delegations came from and the visits went to): each takes the first of eight spots around its
 * mark (right, left, above, below, then the corners) whose box stays inside the map, touches no
 * mark, no route label and no name placed before it, and is nearer its own mark than any other
 * (or it would be read as that one's). Places come in order of importance; a name that fits
 * nowhere is left out (the list and the tooltips still carry it). Pure and deterministic; text
 * width is estimated, not measured.
 */
import {
	boxesOverlap,
	distanceToBox,
	inside,
	labelBox,
	type Box,
	type TextAnchor
} from './route-labels';

export interface PlaceLabelInput {
	key: string;
	text: string;
	/** The mark's centre, SVG units. */
	x: number;
	y: number;
	/** The mark's radius: the name keeps clear of it. */
	r: number;
}

export interface PlacedPlaceLabel {
	key: string;
	text: string;
	/** Anchor point (alphabetic baseline) and which end of the text it is. */
	x: number;
	y: number;
	anchor: TextAnchor;
}

/** Space between a mark's edge and its name, SVG units. */
const GAP = 2;

export function placePlaceLabels(
	places: readonly PlaceLabelInput[],
	obstacles: readonly Box[],
	size: { width: number; height: number },
	fontSize: number,
	marks: readonly { x: number; y: number }[] = []
): PlacedPlaceLabel[] {
	const taken = [...obstacles];
	const placed: PlacedPlaceLabel[] = [];
	for (const place of places) {
		const { x, y, r } = place;
		// The baseline a third of the font below the centre sets the text's middle on the mark.
		const middle = y + fontSize / 3;
		// Above and below keep clear of a side name too, so that a later place can use them.
		const clear = Math.max(r, fontSize * 0.6) + GAP;
		const rise = clear + (3 * fontSize) / 13;
		const spots: { x: number; y: number; anchor: TextAnchor }[] = [
			{ x: x + r + GAP, y: middle, anchor: 'start' },
			{ x: x - r - GAP, y: middle, anchor: 'end' },
			{ x, y: y - rise, anchor: 'middle' },
			{ x, y: y + clear + fontSize, anchor: 'middle' },
			// Then the corners, for a mark hemmed in on all four sides.
			{ x: x + r, y: y - rise, anchor: 'start' },
			{ x: x - r, y: y - rise, anchor: 'end' },
			{ x: x + r, y: y + clear + fontSize, anchor: 'start' },
			{ x: x - r, y: y + clear + fontSize, anchor: 'end' }
		];
		for (const spot of spots) {
			const box = labelBox(place.text, spot.x, spot.y, fontSize, spot.anchor);
			if (!inside(box, size.width, size.height) || taken.some((t) => boxesOverlap(t, box))) {
				continue;
			}
			// A name nearer another mark than its own would be read as that mark's.
			const own = distanceToBox(x, y, box);
			if (marks.some((m) => distanceToBox(m.x, m.y, box) < own)) continue;
			taken.push(box);
			placed.push({
				key: place.key,
				text: place.text,
				x: Math.round(spot.x * 10) / 10,
				y: Math.round(spot.y * 10) / 10,
				anchor: spot.anchor
			});
			break;
		}
	}
	return placed;
}
