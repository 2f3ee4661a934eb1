/**
 * Where the timeline's details panel opens: just below the chosen event, as wide as it may be
 * and slid left where it would run past the figure's right edge; in a narrow figure, the full
 * width right under the event. Coordinates are the page's (getBoundingClientRect); the result is
 * relative to the figure, for an absolutely positioned panel.
 */

export interface Rect {
	left: number;
	top: number;
	width: number;
	height: number;
}

export interface Placement {
	left: number;
	top: number;
	width: number;
}

/** Room between the event's box and the panel (px). */
export const DETAILS_GAP = 6;

export function detailsPlacement(event: Rect, figure: Rect, maxWidth: number): Placement {
	const width = Math.min(maxWidth, figure.width);
	const left = Math.min(Math.max(0, event.left - figure.left), figure.width - width);
	return {
		left: Math.round(left),
		top: Math.round(event.top - figure.top + event.height + DETAILS_GAP),
		width: Math.round(width)
	};
}
