/**
 * The overview's headline tiles, read from the data package. Each tile is defined in the
 * reviewed file seeds/reference/overview-tiles.json by what it measures (a measure id of
 * measures.json, which the pipeline writes into figures.measure), never by its value or by
 * words of a label here, so a different text yields different tiles, and a figure the text
 * lacks yields no tile.
 */
import tilesJson from '../../../seeds/reference/overview-tiles.json';
import { overviewTilesFile, type OverviewTile } from '$lib/contract/reference';
import type { DashboardData } from '$lib/contract/tables';
import { formatPartialDate } from '$lib/format/dates';
import { formatCount, formatMoney, formatOrdinal, formatPercent } from '$lib/format/numbers';

type Figure = DashboardData['figures'][number];
type Route = DashboardData['routes'][number];

export interface Source {
	docId: string;
	paragraphNo: number;
	quote: string;
}

export interface Kpi {
	id: string;
	/** The text's qualifier, kept beside the number ("nearly", "over"; often ""). */
	qualifier: string;
	/** The number as people read it ("US$61 bn", "20 million", "4th"). */
	value: string;
	label: string;
	/** A second line: the change, the period, or how the number breaks down. */
	detail: string;
	/** Where reference data disagrees with the text: the text's figure is shown, this says so. */
	note: string;
	source: Source;
}

const sourceOf = (f: Figure): Source => ({
	docId: f.docId,
	paragraphNo: f.paragraphNo,
	quote: f.quote
});

/** The reviewed tile list, checked against its schema when the site is built. */
export const OVERVIEW_TILES: readonly OverviewTile[] = overviewTilesFile.parse(tilesJson).tiles;

/** A figure's value as people read it, by its kind. */
function formatFigure(f: Figure): string {
	if (f.kind === 'money') return formatMoney(f.value, f.unit);
	if (f.kind === 'rank') return formatOrdinal(f.value);
	if (f.kind === 'percent') return formatPercent(f.value);
	return formatCount(f.value);
}

/** The tile's title, with the figure's period where the tile asks for it. */
function titleOf(tile: OverviewTile, period: string): string {
	if (!period || !tile.period) return tile.title;
	return tile.period === 'in' ? `${tile.title} in ${period}` : `${tile.title}, ${period}`;
}

/** The second line of a figure's tile. */
function figureDetail(data: DashboardData, tile: OverviewTile, figure: Figure): string {
	const { detail } = tile;
	switch (detail.kind) {
		case 'change': {
			// A percentage of a measure counted in money or units is its change.
			const change = data.figures.find(
				(f) => f.kind === 'percent' && f.measure === figure.measure && f !== figure
			);
			return change
				? `${change.value >= 0 ? '+' : ''}${formatPercent(change.value)} year on year`
				: '';
		}
		case 'period':
			return figure.period ? `In ${figure.period}` : '';
		case 'companion': {
			const companion = data.figures.find((f) => f.measure === detail.measure);
			return companion ? `${detail.prefix}${companion.quote}` : '';
		}
		case 'named-visits': {
			const named = data.visits.filter(
				(v) =>
					v.direction === detail.direction &&
					v.docId === figure.docId &&
					v.date.startsWith(figure.period) &&
					v.country !== ''
			);
			if (named.length === 0) return '';
			if (detail.list) return `${named.length} named: ${named.map((v) => v.country).join(', ')}`;
			const countries = named.filter((v) => v.count === 1).length;
			return countries ? `${countries} named by country in the text` : '';
		}
		default:
			return '';
	}
}

/** The routes tile: how many, which and when, and where reference data dates a route otherwise. */
function routesTile(routes: readonly Route[], tile: OverviewTile): Kpi | undefined {
	const first = routes[0];
	if (!first) return undefined;
	const disputed = (r: Route) => r.referenceLaunched !== '';
	return {
		id: tile.id,
		qualifier: '',
		value: formatCount(routes.length),
		label: tile.title,
		detail: routes
			.map(
				(r) =>
					`${r.destination} (${formatPartialDate(r.launched, 'short')}${disputed(r) ? '*' : ''})`
			)
			.join(', '),
		note: routes
			.filter(disputed)
			.map(
				(r) =>
					`* ${r.destination}: ${formatPartialDate(r.launched)} in the text; reference data: ${formatPartialDate(r.referenceLaunched)}.`
			)
			.join(' '),
		source: { docId: first.docId, paragraphNo: first.paragraphNo, quote: first.quote }
	};
}

/**
 * The tiles the data can fill, in the reviewed order: a tile shows the first figure of its
 * measure that is not a change (the value the measure is counted in).
 */
export function buildKpis(
	data: DashboardData,
	tiles: readonly OverviewTile[] = OVERVIEW_TILES
): Kpi[] {
	const kpis: Kpi[] = [];
	for (const tile of tiles) {
		if (tile.table === 'routes') {
			const kpi = routesTile(data.routes, tile);
			if (kpi) kpis.push(kpi);
			continue;
		}
		const figures = data.figures.filter((f) => f.measure === tile.measure);
		const figure = figures.find((f) => f.kind !== 'percent') ?? figures[0];
		if (!figure) continue;
		kpis.push({
			id: tile.id,
			qualifier: figure.qualifier,
			value: formatFigure(figure),
			label: titleOf(tile, figure.period),
			detail: figureDetail(data, tile, figure),
			note: '',
			source: sourceOf(figure)
		});
	}
	return kpis;
}

export interface StatementSummary {
	title: string;
	date: string;
	paragraphs: number;
	chapters: number;
	clauses: number;
	commitments: number;
	meanLevel: number;
	docId: string;
}

export function summariseStatement(
	data: DashboardData,
	docId: string
): StatementSummary | undefined {
	const doc = data.documents.find((d) => d.docId === docId);
	if (!doc) return undefined;
	const clauses = data.clauses.filter((c) => c.docId === docId);
	return {
		title: doc.title,
		date: doc.date,
		paragraphs: doc.paragraphs,
		chapters: doc.chapters,
		clauses: clauses.length,
		commitments: clauses.filter((c) => c.level >= 3).length,
		meanLevel: clauses.length ? clauses.reduce((n, c) => n + c.level, 0) / clauses.length : 0,
		docId
	};
}
