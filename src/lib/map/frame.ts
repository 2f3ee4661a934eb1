/**
 * The map's frame: what must show, what the geometry is cut to, and the projection that keeps
 * Europe and Viet Nam both legible. One place for these numbers, read by the preprocessing cut
 * (scripts/lib/map-geometry.ts) and by the projection (projection.ts).
 */
import type { LonLatBox } from './cut-topology';

/**
 * Points that must be inside the drawn map, with a margin: the fit is made to them, not to a
 * lon/lat rectangle, whose empty Arctic and Indian Ocean corners would shrink Europe.
 */
export const FIT_ANCHORS: readonly { name: string; lonLat: [number, number] }[] = [
	{ name: 'Iceland, west cape', lonLat: [-24.5, 65.5] },
	{ name: 'Norway, North Cape', lonLat: [25.8, 71.2] },
	{ name: 'Portugal, Cape St Vincent', lonLat: [-9.5, 37.0] },
	{ name: 'Cyprus, east cape', lonLat: [34.6, 35.6] },
	{ name: 'Kyrgyzstan, east border', lonLat: [80.3, 42.8] },
	{ name: 'Viet Nam, north border', lonLat: [105.3, 23.4] },
	{ name: 'Viet Nam, east coast', lonLat: [109.5, 12.2] },
	{ name: 'Viet Nam, Con Dao islands', lonLat: [106.6, 8.6] },
	{ name: 'Viet Nam, Ca Mau cape', lonLat: [104.8, 8.4] },
	{ name: 'Viet Nam, Phu Quoc island', lonLat: [103.9, 10.0] }
];

/**
 * Conic equal-area with its central meridian between Europe and Viet Nam and standard
 * parallels spanning both: areas compare fairly and neither end is sheared much.
 */
export const PROJECTION = {
	centralMeridian: 45,
	parallels: [20, 60] as [number, number]
};

/**
 * What data/map.topo.json is cut to: everything the fitted projection shows (about 44°W to
 * 152°E and 5°N to 83°N along the viewBox's edges; projection.test.ts checks it), with a
 * margin. Geometry outside is clamped onto these edges, so they must stay outside the view.
 */
export const CLIP_BOX: LonLatBox = { west: -50, south: -2, east: 165, north: 87 };

/** Width of the map's viewBox in SVG units; its height follows from the fit. */
export const MAP_WIDTH = 1000;
/** Space kept around the anchors inside the viewBox, in SVG units. */
export const MAP_PADDING = 16;

/** Marker radius in SVG units. Browser code imports it from here, not from map-model.ts,
 * which would pull d3-geo and topojson-client into the page's JavaScript. */
export const MARK_RADIUS = 6.5;
/** Radius of the dot at each end of a route, SVG units. */
export const ROUTE_END_RADIUS = 3;

/**
 * One drawing of the map at one viewBox width. A map scaled down to a phone shrinks its marks,
 * labels and touch targets with it, so phones get their own drawing, about as many SVG units
 * wide as it has CSS pixels: its sizes read as pixels and its labels are placed at that scale.
 */
export interface DrawingSpec {
	/** viewBox width, SVG units. */
	width: number;
	/** Space kept around the fit anchors, SVG units. */
	padding: number;
	markRadius: number;
	/** Label font size, SVG units. */
	fontSize: number;
	/**
	 * Radius of a marker's invisible touch target, SVG units (MapSvg grows it where the map is
	 * drawn smaller).
	 */
	hitRadius: number;
	/** Land outline steps shorter than this are left out, SVG units. */
	minStep: number;
	/**
	 * Whether each route carries "city · month" along its arc; without, the destination is named
	 * at its end like any place (a phone has no room on the arcs, and its list gives the months).
	 */
	routeLabels: boolean;
}

export const DRAWINGS = {
	wide: {
		width: MAP_WIDTH,
		padding: MAP_PADDING,
		markRadius: MARK_RADIUS,
		fontSize: 13,
		hitRadius: 12,
		minStep: 0,
		routeLabels: true
	},
	/**
	 * Shown below NARROW_BELOW CSS px, at 0.85–1.6 CSS px per unit from a 320 px phone up: a
	 * 15-unit touch radius is at least 12.7 px.
	 */
	narrow: {
		width: 300,
		padding: 10,
		markRadius: 4.5,
		fontSize: 12,
		hitRadius: 15,
		minStep: 1.5,
		routeLabels: false
	},
	/**
	 * The wide frame drawn for a slide (the PNG/SVG slide exports, the PowerPoint picture): the
	 * same land, with labels and marks sized so that, fitted into the smallest slide picture box
	 * (about 1.26 slide pixels per unit in the 4:3 one), names read at 24 px or more from the back of
	 * a room (slide-map.test.ts measures it). Labels are placed again at that size.
	 */
	slide: {
		width: MAP_WIDTH,
		padding: MAP_PADDING,
		markRadius: 9,
		fontSize: 20,
		hitRadius: 12,
		minStep: 0,
		routeLabels: true
	}
} as const satisfies Record<string, DrawingSpec>;

export type DrawingId = keyof typeof DRAWINGS;

/** Container width (CSS px) below which the narrow drawing replaces the wide one (MapView.svelte). */
export const NARROW_BELOW = 480;
