/**
 * The map's projection maths, pure and shared by the page and its tests: a conic equal-area
 * projection fitted to the frame's anchors, great-circle arcs for the air routes, and their
 * label points. Server-side only in practice: pages receive the results, never d3-geo.
 */
import {
	geoConicEqualArea,
	geoDistance,
	geoInterpolate,
	geoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';
import { CompactPath } from './compact-path';
import { FIT_ANCHORS, MAP_PADDING, MAP_WIDTH, PROJECTION } from './frame';

export type LonLat = [number, number];
export type Point = [number, number];

export interface MapSize {
	width: number;
	height: number;
}

const anchors = (): GeoJSON.MultiPoint => ({
	type: 'MultiPoint',
	coordinates: FIT_ANCHORS.map((a) => [...a.lonLat])
});

function baseProjection(): GeoProjection {
	return geoConicEqualArea()
		.parallels(PROJECTION.parallels)
		.rotate([-PROJECTION.centralMeridian, 0]);
}

/** The viewBox for a width: as tall as the anchors need at that width, padding included. */
export function mapSize(width = MAP_WIDTH, padding = MAP_PADDING): MapSize {
	const fitted = baseProjection().fitWidth(width - 2 * padding, anchors());
	const [[, y0], [, y1]] = geoPath(fitted).bounds(anchors());
	return { width, height: Math.ceil(y1 - y0 + 2 * padding) };
}

/**
 * The projection fitted to the anchors inside `size` less `padding`, clipped a little outside
 * the viewBox (so no clip edge is ever stroked inside it).
 */
export function createProjection(size: MapSize = mapSize(), padding = MAP_PADDING): GeoProjection {
	const { width, height } = size;
	return baseProjection()
		.fitExtent(
			[
				[padding, padding],
				[width - padding, height - padding]
			],
			anchors()
		)
		.clipExtent([
			[-4, -4],
			[width + 4, height + 4]
		]);
}

/** Projects a point; throws for a point the projection cannot place (never for this frame). */
export function project(projection: GeoProjection, lonLat: LonLat): Point {
	const point = projection(lonLat);
	if (!point) throw new Error(`cannot project ${lonLat.join(', ')}`);
	return [point[0], point[1]];
}

/**
 * SVG path data of the great circle from `from` to `to` (d3-geo resamples the LineString along
 * the sphere, so the arc bends as the shortest flight path does).
 */
export function greatCirclePath(
	projection: GeoProjection,
	from: LonLat,
	to: LonLat,
	decimals = 1
): string {
	const context = new CompactPath(decimals);
	geoPath(projection, context)({ type: 'LineString', coordinates: [from, to] });
	return context.result();
}

/** The point `t` of the way along the great circle (0.5: its midpoint), in lon/lat. */
export function alongGreatCircle(from: LonLat, to: LonLat, t: number): LonLat {
	const [lon, lat] = geoInterpolate(from, to)(t);
	return [lon, lat];
}

/** Great-circle distance in kilometres (mean Earth radius). */
export function greatCircleKm(from: LonLat, to: LonLat): number {
	return geoDistance(from, to) * 6371.0088;
}

/** SVG path data of any GeoJSON object, clipped to the map (CompactPath: decimals, minStep). */
export function pathData(
	projection: GeoProjection,
	object: GeoPermissibleObjects,
	decimals = 1,
	minStep = 0
): string {
	const context = new CompactPath(decimals, minStep);
	geoPath(projection, context)(object);
	return context.result();
}
