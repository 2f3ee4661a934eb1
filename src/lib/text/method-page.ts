/**
 * What the method page shows from the data: clauses per level, one real clause per level with
 * its cues, figures of each kind as examples, and the public sources of the reference facts.
 * Everything links back to the paragraph it comes from.
 */
import type {
	ClauseRow,
	CueRow,
	EventRow,
	FigureRow,
	RouteRow,
	VisitRow
} from '$lib/contract/tables';
import { textHref } from '$lib/links';
import { cueSpan, type ConditionSpan, type CueSpan } from './paragraphs';

export function levelCounts(clauses: readonly Pick<ClauseRow, 'level'>[], levels = 5): number[] {
	const counts = Array.from({ length: levels }, () => 0);
	for (const c of clauses) counts[c.level] = (counts[c.level] ?? 0) + 1;
	return counts;
}

export interface ExampleClause {
	level: number;
	href: string;
	/** Paragraph as printed ("41") or its position, for the link text. */
	paragraphNo: number;
	text: string;
	start: number;
	spans: (CueSpan | ConditionSpan)[];
}

/** Long enough to read as a sentence, short enough for a card. */
const EXAMPLE_LENGTH = { min: 40, max: 200 };

/** Clauses whose subject is a party: the clearest examples of what the parties say they do. */
const NOT_A_PARTY = new Set(['other', 'unspecified']);

/**
 * For each level, the first clause of `docId` (in text order) at that level with a party as
 * subject, a cue the page can mark and a readable length; failing that, the first readable
 * clause at the level with a cue; failing that, the first clause at the level.
 */
export function exampleClauses(
	clauses: readonly ClauseRow[],
	cues: readonly CueRow[],
	docId: string,
	levels = 5
): (ExampleClause | null)[] {
	const cuesOf = new Map<string, CueRow[]>();
	for (const cue of cues) cuesOf.set(cue.clauseId, [...(cuesOf.get(cue.clauseId) ?? []), cue]);
	const ordered = clauses.filter((c) => c.docId === docId).sort((a, b) => a.start - b.start);

	return Array.from({ length: levels }, (_, level) => {
		const atLevel = ordered.filter((c) => c.level === level);
		const spansOf = (c: ClauseRow) =>
			(cuesOf.get(c.clauseId) ?? []).map((cue) => cueSpan(cue, c.level)).filter((s) => s !== null);
		const readable = atLevel.filter(
			(c) =>
				c.text.length >= EXAMPLE_LENGTH.min &&
				c.text.length <= EXAMPLE_LENGTH.max &&
				spansOf(c).some((s) => s.kind === 'cue')
		);
		const clause = readable.find((c) => !NOT_A_PARTY.has(c.actor)) ?? readable[0] ?? atLevel[0];
		if (!clause) return null;
		return {
			level,
			href: textHref(clause.docId, clause.paragraphNo),
			paragraphNo: clause.paragraphNo,
			text: clause.text,
			start: clause.start,
			spans: spansOf(clause)
		};
	});
}

export interface FigureExample {
	kind: string;
	/** What the figure measures, in the words of the text. */
	label: string;
	quote: string;
	qualifier: string;
	period: string;
	href: string;
}

/** The first figure of each kind, in the order the page explains them. */
export function figureExamples(
	figures: readonly FigureRow[],
	kinds: readonly FigureRow['kind'][]
): FigureExample[] {
	return kinds.flatMap((kind) => {
		const f = figures.find((x) => x.kind === kind);
		return f
			? [
					{
						kind,
						label: f.label,
						quote: f.quote,
						qualifier: f.qualifier,
						period: f.period,
						href: textHref(f.docId, f.paragraphNo)
					}
				]
			: [];
	});
}

export interface ReferenceSource {
	url: string;
	/** Who published it (reviewed, in seeds/reference/events.json); for a page no reference event
	 * names, the host the link goes to, so the reader still sees where it leads. */
	publisher: string;
	/** The page's title; '' when no reference event names the page. */
	title: string;
	/** What the source is used for: event titles, route origins. */
	supports: string[];
}

/**
 * Every public source behind a reference fact (events and route origins), once each, in the
 * order first used (events by date, then routes). A route's origin shares its page with the
 * reference event of the same route, whose publisher and title name it.
 */
export function referenceSources(
	events: readonly Pick<
		EventRow,
		'origin' | 'sourceUrl' | 'sourcePublisher' | 'sourceTitle' | 'title' | 'date'
	>[],
	routes: readonly Pick<RouteRow, 'originOfFact' | 'sourceUrl' | 'origin' | 'destination'>[]
): ReferenceSource[] {
	const byUrl = new Map<string, ReferenceSource>();
	const add = (url: string, what: string, named?: { publisher: string; title: string }) => {
		if (!url) return;
		const source = byUrl.get(url) ?? {
			url,
			publisher: named?.publisher || new URL(url).hostname,
			title: named?.title ?? '',
			supports: []
		};
		if (!source.supports.includes(what)) source.supports.push(what);
		byUrl.set(url, source);
	};
	const referenceEvents = events
		.filter((e) => e.origin === 'reference')
		.sort((a, b) => a.date.localeCompare(b.date));
	for (const e of referenceEvents) {
		add(e.sourceUrl, e.title, { publisher: e.sourcePublisher, title: e.sourceTitle });
	}
	for (const r of routes) {
		if (r.originOfFact === 'reference') {
			add(r.sourceUrl, `${r.origin}–${r.destination} route: origin airport`);
		}
	}
	return [...byUrl.values()];
}

export interface CountedVersusNamed {
	quote: string;
	counted: number;
	named: number;
	href: string;
}

/**
 * Where the text counts more visits than it names ("seven visits to Europe", six named): the
 * counted figure, the visits named in the same paragraph, and the link. Null when they agree.
 */
export function visitsCountedVersusNamed(
	figures: readonly FigureRow[],
	visits: readonly Pick<VisitRow, 'docId' | 'paragraphNo' | 'direction' | 'count' | 'country'>[]
): CountedVersusNamed | null {
	for (const f of figures) {
		if (f.kind !== 'count' || !/\bvisits?\b/i.test(f.label)) continue;
		const named = visits
			.filter(
				(v) =>
					v.docId === f.docId &&
					v.paragraphNo === f.paragraphNo &&
					v.direction === 'outbound' &&
					v.country !== ''
			)
			.reduce((n, v) => n + v.count, 0);
		if (named < f.value) {
			return {
				quote: f.quote,
				counted: f.value,
				named,
				href: textHref(f.docId, f.paragraphNo)
			};
		}
	}
	return null;
}

export interface TargetExample {
	quantity: string;
	deadline: string;
	href: string;
}

/** The first clause, in data order, that sets a target: its quantity and deadline words. */
export function targetExample(
	clauses: readonly Pick<ClauseRow, 'clauseId' | 'target' | 'docId' | 'paragraphNo'>[],
	cues: readonly Pick<CueRow, 'clauseId' | 'role' | 'text'>[]
): TargetExample | null {
	for (const clause of clauses) {
		if (!clause.target) continue;
		const own = cues.filter((q) => q.clauseId === clause.clauseId);
		const quantity = own.find((q) => q.role === 'quantity');
		const deadline = own.find((q) => q.role === 'deadline');
		if (quantity && deadline) {
			return {
				quantity: quantity.text,
				deadline: deadline.text,
				href: textHref(clause.docId, clause.paragraphNo)
			};
		}
	}
	return null;
}
