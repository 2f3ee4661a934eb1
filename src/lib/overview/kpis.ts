/**
 * The overview's headline tiles, read from the data package. Each tile is found by what the
 * figure measures (its kind and the words of its label), never by its value, so a different
 * text yields different tiles, and a figure the text lacks yields no tile.
 */
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

function find(data: DashboardData, kind: string, label: RegExp): Figure | undefined {
	return data.figures.find((f) => f.kind === kind && label.test(f.label));
}

export function buildKpis(data: DashboardData): Kpi[] {
	const kpis: Kpi[] = [];

	const trade = find(data, 'money', /two-way trade/i);
	if (trade) {
		const change = data.figures.find(
			(f) => f.kind === 'percent' && /two-way trade/i.test(f.label) && /change/i.test(f.label)
		);
		kpis.push({
			id: 'two-way-trade',
			qualifier: trade.qualifier,
			value: formatMoney(trade.value, trade.unit),
			label: `Two-way trade${trade.period ? `, ${trade.period}` : ''}`,
			detail: change
				? `${change.value >= 0 ? '+' : ''}${formatPercent(change.value)} year on year`
				: '',
			note: '',
			source: sourceOf(trade)
		});
	}

	const rank = data.figures.find(
		(f) => f.kind === 'rank' && /trading partners \(EU\)/i.test(f.label)
	);
	const asean = data.figures.find(
		(f) => f.kind === 'rank' && /in ASEAN \(Vietnam\)/i.test(f.label)
	);
	if (rank) {
		kpis.push({
			id: 'trading-partner-rank',
			qualifier: '',
			value: formatOrdinal(rank.value),
			label: 'The EU’s place among Viet Nam’s trading partners',
			detail: asean ? `And Viet Nam is the EU’s ${asean.quote}` : '',
			note: '',
			source: sourceOf(rank)
		});
	}

	const hosted = find(data, 'count', /delegations/i);
	if (hosted) {
		const named = data.visits.filter(
			(v) =>
				v.direction === 'inbound' && v.docId === hosted.docId && v.date.startsWith(hosted.period)
		);
		const countries = named.filter((v) => v.country !== '' && v.count === 1).length;
		kpis.push({
			id: 'delegations-hosted',
			qualifier: hosted.qualifier,
			value: formatCount(hosted.value),
			label: `High-level European delegations hosted${hosted.period ? ` in ${hosted.period}` : ''}`,
			detail: countries ? `${countries} named by country in the text` : '',
			note: '',
			source: sourceOf(hosted)
		});
	}

	const made = find(data, 'count', /visits to Europe/i);
	if (made) {
		const named = data.visits.filter((v) => v.direction === 'outbound' && v.docId === made.docId);
		kpis.push({
			id: 'visits-made',
			qualifier: made.qualifier,
			value: formatCount(made.value),
			label: `Visits to Europe by Viet Nam’s leaders${made.period ? ` in ${made.period}` : ''}`,
			detail: named.length
				? `${named.length} named: ${named.map((v) => v.country).join(', ')}`
				: '',
			note: '',
			source: sourceOf(made)
		});
	}

	const upgraded = find(data, 'count', /relations upgraded/i);
	if (upgraded) {
		kpis.push({
			id: 'relations-upgraded',
			qualifier: upgraded.qualifier,
			value: formatCount(upgraded.value),
			label: 'European countries with upgraded relations',
			detail: upgraded.period ? `In ${upgraded.period}` : '',
			note: '',
			source: sourceOf(upgraded)
		});
	}

	const visitors = find(data, 'count', /^visitors$/i);
	if (visitors) {
		kpis.push({
			id: 'visitors',
			qualifier: visitors.qualifier,
			value: formatCount(visitors.value),
			label: 'Visitors to Viet Nam',
			detail: visitors.period ? `In ${visitors.period}` : '',
			note: '',
			source: sourceOf(visitors)
		});
	}

	const first = data.routes[0];
	if (first) {
		const disputed = (r: Route) => r.referenceLaunched !== '';
		kpis.push({
			id: 'air-routes',
			qualifier: '',
			value: formatCount(data.routes.length),
			label: 'New direct air routes to Europe',
			detail: data.routes
				.map(
					(r) =>
						`${r.destination} (${formatPartialDate(r.launched, 'short')}${disputed(r) ? '*' : ''})`
				)
				.join(', '),
			note: data.routes
				.filter(disputed)
				.map(
					(r) =>
						`* ${r.destination}: ${formatPartialDate(r.launched)} in the text; reference data: ${formatPartialDate(r.referenceLaunched)}.`
				)
				.join(' '),
			source: { docId: first.docId, paragraphNo: first.paragraphNo, quote: first.quote }
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
