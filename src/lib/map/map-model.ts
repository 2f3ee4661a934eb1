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
import { labelBox, placeRouteLabels, pointBox } from './route-labels';
import { MARK_RADIUS } from './frame';
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
	/** The month label and where it sits (beside the arc, on the side away from the others). */
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

export interface MapModel {
	width: number;
	height: number;
	/** Land in three tints: other countries, countries the rows name, Viet Nam. */
	land: { base: string; named: string; home: string };
	routes: MapRoute[];
	marks: MapMark[];
	callouts: MapCallout[];
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

export function buildMapModel(data: DashboardData, topology: Topology): MapModel {
	const collection = topology.objects[COUNTRIES_OBJECT] as GeometryCollection<CountryProperties>;
	const countries = feature(topology, collection).features;
	const regionByIso3 = new Map<string, string>();
	for (const c of countries) {
		if (c.properties?.iso3 && c.properties.region) {
			regionByIso3.set(c.properties.iso3, c.properties.region);
		}
	}
	const rows = mapRows(data, { regionByIso3 });
	const size = mapSize();
	const projection = createProjection(size);
	const sentences = new Map(
		data.sentences.map((s) => [`${s.docId}|${s.paragraphNo}|${s.sentenceNo}`, s])
	);
	const documents = documentLabels(data);
	const tips = Object.fromEntries(rows.map((row) => [row.key, tipFor(row, sentences, documents)]));

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
			0
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
		{ radius: MARK_RADIUS + 1, gap: 2 }
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
			x: round(m.markX + MARK_RADIUS + 4),
			y: round(m.markY + 4)
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
	const obstacles = [
		...marks.map((m) => pointBox(m.markX, m.markY, MARK_RADIUS + 3)),
		...callouts.map((c) => {
			const box = labelBox(c.text, c.x, c.y);
			return { ...box, x0: c.x, x1: c.x + (box.x1 - box.x0) };
		})
	];
	const labels = placeRouteLabels(
		routes.map((r) => r.text),
		routes.map((r) => r.candidates),
		obstacles,
		size,
		routes.map((r) => r.line)
	);
	const mapRoutes: MapRoute[] = routes.map(({ row, from, to, text }, i) => {
		const tip = tips[row.key];
		return {
			key: row.key,
			d: greatCirclePath(projection, from, to),
			from: project(projection, from).map(round) as [number, number],
			to: project(projection, to).map(round) as [number, number],
			label: text,
			labelX: labels[i]?.x ?? 0,
			labelY: labels[i]?.y ?? 0,
			name: tip ? accessibleName(tip) : row.what,
			href: textHref(row.docId, row.paragraphNo)
		};
	});

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
		width: size.width,
		height: size.height,
		land,
		routes: mapRoutes,
		marks,
		callouts,
		rows,
		tips,
		notes,
		source
	};
}

const noteSubject = (row: MapRow) =>
	`${MAP_LAYERS.find((l) => l.id === row.layer)?.label ?? row.layer}: “${row.quote}”`;

/** What MapPreview draws: geometry and positions, without the rows, tips and names. */
export type MapPreviewModel = Pick<MapModel, 'width' | 'height' | 'land' | 'routes' | 'marks'> & {
	callouts: [];
};

export function mapPreview(model: MapModel): MapPreviewModel {
	return {
		width: model.width,
		height: model.height,
		land: model.land,
		routes: model.routes.map((r) => ({ ...r, name: '', href: '' })),
		marks: model.marks.map((m) => ({ ...m, name: '', href: '' })),
		callouts: []
	};
}
