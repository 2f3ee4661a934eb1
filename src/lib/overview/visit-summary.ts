/**
 * The overview's line under the map preview: how many visits the text counts, from the same
 * figures as the tiles ("12 high-level European delegations", "seven visits to Europe"), with the
 * named-vs-counted gap shown where the text names fewer than it counts, plus the visits no count
 * covers (a visit of the next year). The visits table holds one row per named visit (or group),
 * so its length is not what the text says.
 */
import type { DashboardData } from '$lib/contract/tables';
import { formatPartialDate } from '$lib/format/dates';

type Figure = DashboardData['figures'][number];
type Visit = DashboardData['visits'][number];

export interface VisitCount {
	/** What is counted: 'delegations hosted', 'visits made'. */
	what: string;
	/** The text's count. */
	counted: number;
	/** How many of them the text names (a group row counts its members). */
	named: number;
	qualifier: string;
}

export interface VisitSummary {
	/** The period the counts speak of ('2025'), '' when the text gives none. */
	period: string;
	counts: VisitCount[];
	/** Named visits no count covers, by month or year: [['January 2026', 1]]. */
	others: [string, number][];
	routes: number;
	/** The sentence the overview shows. */
	text: string;
}

const COUNTED: { direction: Visit['direction']; label: RegExp; what: string }[] = [
	{ direction: 'inbound', label: /delegations/i, what: 'delegations hosted' },
	{ direction: 'outbound', label: /visits to Europe/i, what: 'visits made' }
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summariseVisits(data: DashboardData): VisitSummary {
	const counts: VisitCount[] = [];
	const covered = new Set<Visit>();
	let period = '';
	for (const { direction, label, what } of COUNTED) {
		const figure: Figure | undefined = data.figures.find(
			(f) => f.kind === 'count' && label.test(f.label)
		);
		if (!figure) continue;
		const named = data.visits.filter(
			(v) =>
				v.direction === direction &&
				v.docId === figure.docId &&
				(figure.period === '' || v.date.startsWith(figure.period))
		);
		for (const v of named) covered.add(v);
		counts.push({
			what,
			counted: figure.value,
			named: named.reduce((n, v) => n + v.count, 0),
			qualifier: figure.qualifier
		});
		period ||= figure.period;
	}
	const others = new Map<string, number>();
	for (const v of data.visits) {
		if (covered.has(v)) continue;
		const when = formatPartialDate(v.date.slice(0, 7));
		others.set(when, (others.get(when) ?? 0) + v.count);
	}
	const parts = counts.map(
		(c) =>
			`${c.qualifier ? `${c.qualifier} ` : ''}${c.counted} ${c.what}${c.named !== c.counted ? ` (${c.named} named)` : ''}`
	);
	const counted = parts.length
		? `${parts.join(' and ')}${period ? ` in ${period}` : ''}`
		: plural(data.visits.length, 'visit', 'visits');
	const extra = [...others].map(([when, n]) => `${plural(n, 'visit', 'visits')} in ${when}`);
	const visits = counts.length && extra.length ? `${counted}, plus ${extra.join(', ')}` : counted;
	const routes = data.routes.length;
	return {
		period,
		counts,
		others: [...others],
		routes,
		text: `${visits}; ${plural(routes, 'new air route', 'new air routes')} between Viet Nam and Europe.`
	};
}
