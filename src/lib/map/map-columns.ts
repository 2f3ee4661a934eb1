/** The map's rows as CSV and export columns (the map's counterpart of a registry entry). */
import type { ChartColumn } from '$lib/charts/types';
import type { MapRow } from './map-rows';

export const MAP_COLUMNS: ChartColumn<MapRow>[] = [
	{ key: 'layer', label: 'Layer' },
	{ key: 'place', label: 'Place' },
	{ key: 'iso3', label: 'ISO3' },
	{ key: 'what', label: 'What' },
	{ key: 'date', label: 'Date' },
	{ key: 'referenceDate', label: 'Reference date (where it disagrees)' },
	{ key: 'lat', label: 'Latitude', numeric: true },
	{ key: 'lon', label: 'Longitude', numeric: true },
	{ key: 'count', label: 'Count', numeric: true },
	{ key: 'quote', label: 'Source words' },
	{ key: 'docId', label: 'Document' },
	{ key: 'paragraphNo', label: 'Paragraph', numeric: true },
	{ key: 'note', label: 'Note' }
];

/** Captions shared by /map and /embed/map. */
export const MAP_TITLE = 'Routes, delegations and visits between Viet Nam and Europe';
export const MAP_DESCRIPTION =
	'Great-circle arcs show the direct air routes launched in 2025; circles mark the countries that sent delegations to Viet Nam, diamonds those its leaders visited, and optional layers add EVIPA ratifications and science agreements.';
export const mapSource = (textSource: string) =>
	`Source: ${textSource}. Capitals and airports: reference gazetteer (Natural Earth, OurAirports). Borders: Natural Earth 1:50m.`;
