/**
 * Everything the map page draws, computed once on the server: land outlines as SVG path data,
 * route arcs, marker positions, and the words each mark's tooltip quotes. The page receives
 * plain strings and numbers, so neither d3-geo nor the geometry reaches the browser.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { DashboardData } from '../contract/tables';
import { textHref } from '../links';
import { formatPartialDate } from '$lib/format/dates';
import { isPlaced, mapRows, MAP_LAYERS, type MapLayerId, type MapRow } from './map-rows';
import { layoutMarkers } from './marker-layout';
import { placePlaceLabels, type PlaceLabelInput, type PlacedPlaceLabel } from './place-labels';
import { labelBox, placeRouteLabels, pointBox } from './route-labels';
import { DRAWINGS, MARK_RADIUS, ROUTE_END_RADIUS, type DrawingSpec } from './frame';
import { COUNTRIES_OBJECT } from './pack-topology';
import {
	alongGreatCircle,
	createProjection,
	greatCirclePath,
	mapSize,
	pathData,
	project,
	type LonLat
} from './projection';

export { MARK_RADIUS };

export interface Tip {
	title: string;
	meta: string;
	/** The source sentence around the quote, trimmed: before · quote · after. */
	before: string;
	quote: string;
	after: string;
	source: string;
	href: string;
	note: string;
}

export interface MapMark {
	key: string;
	/** The layer; its glyph (MapGlyph.svelte) differs in shape, not only in colour. */
	layer: Exclude<MapLayerId, 'routes'>;
	/** The place, projected. */
	x: number;
	y: number;
	/** Where the marker is drawn (moved off a crowded place: a leader line joins the two). */
	markX: number;
	markY: number;
	moved: boolean;
	name: string;
	href: string;
}

export interface MapRoute {
	key: string;
	d: string;
	from: [number, number];
	to: [number, number];
	/** The month label and where it sits (beside the arc, away from the others); '' when left out. */
	label: string;
	labelX: number;
	labelY: number;
	name: string;
	href: string;
}

/** A label the map must show (Kyrgyzstan's note). */
export interface MapCallout {
	key: string;
	text: string;
	x: number;
	y: number;
}

/** A name beside a main place; `layer` is the layer it goes with (hidden with it). */
export interface MapPlaceLabel extends PlacedPlaceLabel {
	layer: MapLayerId;
}

/** One drawing of the map at one viewBox width (frame.ts: DRAWINGS). */
export interface MapDrawing {
	width: number;
	height: number;
	/** Land in three tints: other countries, countries the rows name, Viet Nam. */
	land: { base: string; named: string; home: string };
	routes: MapRoute[];
	marks: MapMark[];
	callouts: MapCallout[];
	/** Names of the main places, where they fit. */
	places: MapPlaceLabel[];
	markRadius: number;
	hitRadius: number;
	fontSize: number;
}

/** The wide drawing, the narrow one for phones, and what both show: rows, tips and notes. */
export interface MapModel extends MapDrawing {
	narrow: MapDrawing;
	rows: MapRow[];
	tips: Record<string, Tip>;
	/** Rows the map cannot place or that carry a caution, in table order. */
	notes: { key: string; text: string }[];
	/** The source line: the documents and paragraphs the rows come from. */
	source: string;
}

interface CountryProperties {
	name?: string;
	iso3?: string;
	region?: string;
}

const HOME_ISO3 = 'VNM';
/** Where along a route (0 at Viet Nam, 1 in Europe) its label may go, best first. */
const LABEL_POSITIONS = [0.8, 0.74, 0.68, 0.62, 0.56, 0.5, 0.44];
const round = (v: number) => Math.round(v * 10) / 10;
const CONTEXT_CHARS = 80;

/** Marks a route label whose date reference data gives otherwise (the note under the map says how). */
const REFERENCE_DATE_MARK = '†';

const LAYER_WORDS: Record<MapLayerId, string> = {
	routes: 'Direct air route',
	hosted: 'Delegation hosted by Viet Nam',
	made: 'Visit made by Viet Nam',
	evipa: 'EVIPA ratification',
	st: 'Science and technology agreement'
};

/** "Joint statement of 29 January 2026", from the documents table. */
function documentLabels(data: DashboardData): Map<string, string> {
	return new Map(
		data.documents.map((d) => {
			const kind = d.kind.replace(/-/g, ' ');
			const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
			return [d.docId, d.date ? `${label} of ${formatPartialDate(d.date)}` : label];
		})
	);
}

/** Trims `text` to about `chars` characters at a word boundary, from its start or its end. */
function trimWords(text: string, chars: number, keep: 'start' | 'end'): string {
	if (text.length <= chars) return text;
	if (keep === 'end') {
		const cut = text.slice(text.length - chars);
		return `…${cut.slice(cut.search(/\s/) + 1)}`;
	}
	const cut = text.slice(0, chars);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The sentence around a row's quote, from the sentences table, or the quote alone. */
function context(
	row: MapRow,
	sentences: Map<string, DashboardData['sentences'][number]>
): Pick<Tip, 'before' | 'quote' | 'after'> {
	const sentence = sentences.get(`${row.docId}|${row.paragraphNo}|${row.sentenceNo}`);
	const from = sentence ? row.start - sentence.start : -1;
	const to = sentence ? row.end - sentence.start : -1;
	if (!sentence || from < 0 || sentence.text.slice(from, to) !== row.quote) {
		return { before: '', quote: row.quote, after: '' };
	}
	return {
		before: trimWords(sentence.text.slice(0, from), CONTEXT_CHARS, 'end'),
		quote: row.quote,
		after: trimWords(sentence.text.slice(to), CONTEXT_CHARS, 'start')
	};
}

function tipFor(
	row: MapRow,
	sentences: Map<string, DashboardData['sentences'][number]>,
	documents: Map<string, string>
): Tip {
	const date = formatPartialDate(row.date);
	const meta =
		row.layer === 'routes'
			? `${LAYER_WORDS.routes} · ${date}${row.referenceDate ? ` in the text (reference data: ${formatPartialDate(row.referenceDate)})` : ''}`
			: `${LAYER_WORDS[row.layer]} · ${date} · ${row.what}`;
	return {
		title: row.layer === 'routes' ? row.what : row.place || row.what,
		meta,
		...context(row, sentences),
		source: `${documents.get(row.docId) ?? row.docId}, paragraph ${row.paragraphNo}`,
		href: textHref(row.docId, row.paragraphNo),
		note: row.note
	};
}

/** The accessible name of a mark: what it is, and the words it comes from. */
const accessibleName = (tip: Tip) => `${tip.title}: ${tip.meta}. Source: “${tip.quote}”.`;

interface DrawingInput {
	rows: MapRow[];
	tips: Record<string, Tip>;
	countries: GeoJSON.Feature<GeoJSON.Geometry, CountryProperties>[];
}

/** Draws the map at one width: land, marks moved apart, route arcs and every label placed. */
function drawMap({ rows, tips, countries }: DrawingInput, spec: DrawingSpec): MapDrawing {
	const { markRadius, fontSize } = spec;
	const size = mapSize(spec.width, spec.padding);
	const projection = createProjection(size, spec.padding);

	const named = new Set(rows.filter(isPlaced).map((r) => r.iso3));
	const tint = (iso3: string | undefined) =>
		iso3 === HOME_ISO3 ? 'home' : iso3 && named.has(iso3) ? 'named' : 'base';
	const land = { base: '', named: '', home: '' };
	for (const group of ['base', 'named', 'home'] as const) {
		land[group] = pathData(
			projection,
			{
				type: 'FeatureCollection',
				features: countries.filter((c) => tint(c.properties?.iso3) === group)
			},
			0,
			spec.minStep
		);
	}

	const markRows = rows.filter(
		(r): r is MapRow & { layer: Exclude<MapLayerId, 'routes'>; lat: number; lon: number } =>
			r.layer !== 'routes' && isPlaced(r)
	);
	const placed = layoutMarkers(
		markRows.map((row) => {
			const [x, y] = project(projection, [row.lon, row.lat]);
			return { key: row.key, x, y };
		}),
		{ radius: markRadius + 1, gap: 2 }
	);
	const marks: MapMark[] = markRows.map((row, i) => {
		const p = placed[i];
		const tip = tips[row.key];
		return {
			key: row.key,
			layer: row.layer,
			x: p?.x ?? 0,
			y: p?.y ?? 0,
			markX: p?.markX ?? 0,
			markY: p?.markY ?? 0,
			moved: p?.moved ?? false,
			name: tip ? accessibleName(tip) : row.place,
			href: textHref(row.docId, row.paragraphNo)
		};
	});

	const callouts: MapCallout[] = marks
		.filter((m) => rows.find((r) => r.key === m.key)?.noteKind === 'outside-europe')
		.map((m) => ({
			key: m.key,
			text: `${rows.find((r) => r.key === m.key)?.place ?? ''}*`,
			x: round(m.markX + markRadius + 4),
			y: round(m.markY + fontSize / 3)
		}));

	const routeRows = rows.filter((r) => r.layer === 'routes' && isPlaced(r));
	const routes = routeRows.map((row) => {
		const from: LonLat = [row.originLon ?? 0, row.originLat ?? 0];
		const to: LonLat = [row.lon ?? 0, row.lat ?? 0];
		const along = (t: number) => {
			const [x, y] = project(projection, alongGreatCircle(from, to, t));
			return { x, y };
		};
		return {
			row,
			from,
			to,
			text: `${row.place.split(',')[0]} · ${formatPartialDate(row.date, 'short')}${row.referenceDate ? REFERENCE_DATE_MARK : ''}`,
			candidates: LABEL_POSITIONS.map(along),
			line: Array.from({ length: 51 }, (_, k) => along(k / 50))
		};
	});
	const markBox = (m: MapMark) => pointBox(m.markX, m.markY, markRadius + 3);
	const markBoxes = marks.map(markBox);
	const calloutBoxes = callouts.map((c) => labelBox(c.text, c.x, c.y, fontSize, 'start'));
	const labels = spec.routeLabels
		? placeRouteLabels(
				routes.map((r) => r.text),
				routes.map((r) => r.candidates),
				[...markBoxes, ...calloutBoxes],
				size,
				routes.map((r) => r.line),
				fontSize
			)
		: [];
	const mapRoutes: MapRoute[] = routes.map(({ row, from, to, text }, i) => {
		const tip = tips[row.key];
		return {
			key: row.key,
			d: greatCirclePath(projection, from, to),
			from: project(projection, from).map(round) as [number, number],
			to: project(projection, to).map(round) as [number, number],
			label: labels[i] ? text : '',
			labelX: labels[i]?.x ?? 0,
			labelY: labels[i]?.y ?? 0,
			name: tip ? accessibleName(tip) : row.what,
			href: textHref(row.docId, row.paragraphNo)
		};
	});

	const places = placePlaceLabels(
		placeCandidates(rows, mapRoutes, marks, markRadius, !spec.routeLabels),
		// Marks of the layers shown by default only: a name may sit over an optional layer's mark.
		[
			...marks.filter((m) => isDefaultLayer(m.layer)).map((m) => markBox(m)),
			...calloutBoxes,
			...labels.map((l) => l.box)
		],
		size,
		fontSize,
		[
			...marks.map((m) => ({ x: m.markX, y: m.markY })),
			...mapRoutes.map((r) => ({ x: r.from[0], y: r.from[1] }))
		]
	).map((label) => ({ ...label, layer: layerOfPlace(label.key, marks) }));

	return {
		width: size.width,
		height: size.height,
		land,
		routes: mapRoutes,
		marks,
		callouts,
		places,
		markRadius,
		hitRadius: spec.hitRadius,
		fontSize
	};
}

const isDefaultLayer = (layer: MapLayerId) =>
	MAP_LAYERS.find((l) => l.id === layer)?.byDefault === true;

/** Key of a place label: the airport's or the country's. */
const placeKey = (kind: 'airport' | 'mark', id: string) => `place-${kind}-${id}`;

/**
 * The places worth a name, most important first: the airports the routes leave Viet Nam from
 * (and, with `destinations`, those they land at), then each capital with a delegation or a visit (default layers only), the ones with the most
 * marks first (Brussels: Belgium and the EU; Moscow: two visits), then in the text's order. A
 * place is named once, after the first country the text names there; Kyrgyzstan's callout
 * already names it.
 */
function placeCandidates(
	rows: readonly MapRow[],
	routes: readonly MapRoute[],
	marks: readonly MapMark[],
	radius: number,
	destinations: boolean
): PlaceLabelInput[] {
	const airports = new Map<string, PlaceLabelInput>();
	const addAirport = (city: string | undefined, at: [number, number]) => {
		const key = placeKey('airport', (city ?? '').toLowerCase().replace(/\W+/g, '-'));
		if (!city || airports.has(key)) return;
		airports.set(key, { key, text: city, x: at[0], y: at[1], r: ROUTE_END_RADIUS });
	};
	for (const route of routes) {
		const row = rows.find((r) => r.key === route.key);
		addAirport(row?.what.split(' (')[0], route.from);
	}
	for (const route of destinations ? routes : []) {
		const row = rows.find((r) => r.key === route.key);
		addAirport(row?.place.split(',')[0], route.to);
	}
	const spots = new Map<string, { input: PlaceLabelInput; marks: number; order: number }>();
	for (const [order, mark] of marks.entries()) {
		const row = rows.find((r) => r.key === mark.key);
		if (!row || row.noteKind === 'outside-europe') continue;
		if (!isDefaultLayer(row.layer)) continue;
		const spot = `${mark.x},${mark.y}`;
		const seen = spots.get(spot);
		if (seen) seen.marks += 1;
		else {
			const input = {
				key: placeKey('mark', mark.key),
				text: row.place,
				x: mark.markX,
				y: mark.markY,
				r: radius
			};
			spots.set(spot, { input, marks: 1, order });
		}
	}
	const capitals = [...spots.values()]
		.sort((a, b) => b.marks - a.marks || a.order - b.order)
		.map((s) => s.input);
	return [...airports.values(), ...capitals];
}

/** The layer a place label goes with: its mark's, or the routes' for an airport. */
function layerOfPlace(key: string, marks: readonly MapMark[]): MapLayerId {
	const prefix = placeKey('mark', '');
	if (!key.startsWith(prefix)) return 'routes';
	return marks.find((m) => m.key === key.slice(prefix.length))?.layer ?? 'routes';
}

/**
 * @param drawing  the main drawing: the web's wide one, or the slide's (frame.ts DRAWINGS.slide)
 */
export function buildMapModel(
	data: DashboardData,
	topology: Topology,
	drawing: DrawingSpec = DRAWINGS.wide
): MapModel {
	const collection = topology.objects[COUNTRIES_OBJECT] as GeometryCollection<CountryProperties>;
	const countries = feature(topology, collection).features;
	const regionByIso3 = new Map<string, string>();
	for (const c of countries) {
		if (c.properties?.iso3 && c.properties.region) {
			regionByIso3.set(c.properties.iso3, c.properties.region);
		}
	}
	const rows = mapRows(data, { regionByIso3 });
	const sentences = new Map(
		data.sentences.map((s) => [`${s.docId}|${s.paragraphNo}|${s.sentenceNo}`, s])
	);
	const documents = documentLabels(data);
	const tips = Object.fromEntries(rows.map((row) => [row.key, tipFor(row, sentences, documents)]));
	const input = { rows, tips, countries };

	const notes = rows
		.filter(
			(r) =>
				r.note !== '' &&
				(r.noteKind === 'outside-europe' || r.noteKind === 'reference-date' || !isPlaced(r))
		)
		.map((r) => ({
			key: r.key,
			text:
				r.noteKind === 'outside-europe'
					? `* ${r.note}`
					: r.noteKind === 'reference-date'
						? `${REFERENCE_DATE_MARK} ${noteSubject(r)}: ${r.note}`
						: `${noteSubject(r)}: ${r.note}`
		}));

	const source = [...new Set(rows.map((r) => r.docId))]
		.map((docId) => {
			const paragraphs = [
				...new Set(rows.filter((r) => r.docId === docId).map((r) => r.paragraphNo))
			].sort((a, b) => a - b);
			const label = documents.get(docId) ?? docId;
			return `${label}, paragraph${paragraphs.length > 1 ? 's' : ''} ${paragraphs.join(', ')}`;
		})
		.join('; ');

	return {
		...drawMap(input, drawing),
		narrow: drawMap(input, DRAWINGS.narrow),
		rows,
		tips,
		notes,
		source
	};
}

const noteSubject = (row: MapRow) =>
	`${MAP_LAYERS.find((l) => l.id === row.layer)?.label ?? row.layer}: “${row.quote}”`;

/**
 * What MapPreview draws: the narrow drawing (a preview card is phone-sized at every screen
 * width), without labels, names and links.
 */
export type MapPreviewModel = MapDrawing & { callouts: []; places: [] };

export function mapPreview(model: MapModel): MapPreviewModel {
	const { narrow } = model;
	return {
		...narrow,
		routes: narrow.routes.map((r) => ({ ...r, name: '', href: '' })),
		marks: narrow.marks.map((m) => ({ ...m, name: '', href: '' })),
		callouts: [],
		places: []
	};
}
