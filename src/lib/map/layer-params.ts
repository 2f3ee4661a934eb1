/**
 * The map's layer choice in the URL (?layers=routes,hosted,made,evipa,st), so a view can be
 * shared. Pure parsing and formatting; the page reads and writes the URL in the browser only.
 */
import { MAP_LAYERS, type MapLayerId } from './map-rows';

export const LAYERS_PARAM = 'layers';

const ORDER: readonly MapLayerId[] = MAP_LAYERS.map((layer) => layer.id);

export const DEFAULT_LAYERS: readonly MapLayerId[] = MAP_LAYERS.filter((l) => l.byDefault).map(
	(l) => l.id
);

const isLayer = (value: string): value is MapLayerId => (ORDER as string[]).includes(value);

/** The layers a parameter names, in legend order; no parameter means the default layers. */
export function parseLayers(value: string | null): MapLayerId[] {
	if (value === null) return [...DEFAULT_LAYERS];
	const named = new Set(value.split(',').map((part) => part.trim()));
	return ORDER.filter((id) => named.has(id) && isLayer(id));
}

/** The parameter for a choice; null when it is the default (the URL stays clean). */
export function formatLayers(selected: readonly MapLayerId[]): string | null {
	const chosen = ORDER.filter((id) => selected.includes(id));
	const isDefault =
		chosen.length === DEFAULT_LAYERS.length && chosen.every((id) => DEFAULT_LAYERS.includes(id));
	return isDefault ? null : chosen.join(',');
}

/**
 * The query string (with its "?", or empty) for a layer choice, other parameters kept. Commas
 * are left unescaped: they are valid in a query and keep a shared link readable.
 */
export function searchWithLayers(search: string, selected: readonly MapLayerId[]): string {
	const params = new URLSearchParams(search);
	const value = formatLayers(selected);
	if (value === null) params.delete(LAYERS_PARAM);
	else params.set(LAYERS_PARAM, value);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
