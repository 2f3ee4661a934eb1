/**
 * The /text page's model, built at prerender from the data package: each paragraph with its
 * anchor, the annotations to draw on it (level cues, conditions, figures), its clause levels and
 * its sectors. Only what the page renders goes in, because all of it ships twice (HTML and the
 * hydration payload).
 */
import type { CueRow, DashboardData } from '$lib/contract/tables';
import { paragraphAnchor } from '$lib/links';
import type { Span } from './annotate';
import { documentLabel } from './labels';

/** A word that decided a clause's modality level; coloured with that level. */
export interface CueSpan extends Span {
	kind: 'cue';
	level: number;
	role: string;
}
/** An escape clause ("where appropriate"): the clause keeps its level but is conditional. */
export interface ConditionSpan extends Span {
	kind: 'condition';
}
export interface FigureSpan extends Span {
	kind: 'figure';
	label: string;
}
/** A search hit, added in the browser. */
export interface HitSpan extends Span {
	kind: 'hit';
}
export type TextSpan = CueSpan | ConditionSpan | FigureSpan | HitSpan;

export interface SectorTag {
	id: string;
	label: string;
	/** The words that matched, as written, in text order without repeats. */
	words: string[];
}

export interface TextParagraph {
	anchor: string;
	docId: string;
	paragraphNo: number;
	/** The number as printed, empty when unnumbered. */
	label: string;
	chapterNo: number;
	/** Absolute offset of `text` in the seed file. */
	start: number;
	text: string;
	/** 'publisher' for a publisher's introduction of the piece, 'author' otherwise. */
	voice: 'author' | 'publisher';
	/** The level of each clause, in text order. */
	clauseLevels: number[];
	sectors: SectorTag[];
	/** Cues, conditions and figures, by start offset. */
	spans: TextSpan[];
}

export interface TextChapter {
	docId: string;
	chapterNo: number;
	title: string;
}

export interface TextDocument {
	docId: string;
	title: string;
	/** Kind and date in words, for controls ("Joint statement, 29 January 2026"). */
	label: string;
	publisher: string;
	/** Who wrote it when not the publisher (an article's byline); '' otherwise. */
	author: string;
	date: string;
}

export interface TextPageData {
	documents: TextDocument[];
	chapters: TextChapter[];
	paragraphs: TextParagraph[];
	/** Sectors that occur in the texts, by label, for the sector filter. */
	sectors: { id: string; label: string }[];
}

/**
 * Cue roles that do not set the level: precision (quantity, deadline, date, instrument), tone
 * (booster) and conditions. Every other role (modal, hedge, verb, carrier, noun, negation, …)
 * is part of the verb chain that decided the level, so a new role shows up coloured by default.
 */
const NON_LEVEL_ROLES = new Set(['quantity', 'deadline', 'date', 'instrument', 'booster']);

/** The mark to draw for a cue of a clause at `level`, or null when the page does not draw it. */
export function cueSpan(
	cue: Pick<CueRow, 'role' | 'start' | 'end'>,
	level: number
): CueSpan | ConditionSpan | null {
	if (NON_LEVEL_ROLES.has(cue.role)) return null;
	return cue.role === 'condition'
		? { kind: 'condition', start: cue.start, end: cue.end }
		: { kind: 'cue', start: cue.start, end: cue.end, level, role: cue.role };
}

type Tables = Pick<
	DashboardData,
	'documents' | 'chapters' | 'paragraphs' | 'clauses' | 'cues' | 'sectors' | 'figures'
>;

const key = (docId: string, paragraphSeq: number) => `${docId}\u0000${paragraphSeq}`;

/**
 * The paragraph (its key) that holds an offset of a document. By offset, not by number: a
 * document may number its paragraphs afresh under each heading, or several statements may be
 * pasted one after another (/analyse), and then two paragraphs share a number.
 */
function paragraphLocator(paragraphs: Tables['paragraphs']) {
	const byDoc = new Map<string, Tables['paragraphs']>();
	for (const p of paragraphs) push(byDoc, p.docId, p);
	for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
	return (docId: string, offset: number): string => {
		const list = byDoc.get(docId) ?? [];
		let lo = 0;
		let hi = list.length - 1;
		// The last paragraph that starts at or before the offset.
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if ((list[mid] as Tables['paragraphs'][number]).start <= offset) lo = mid;
			else hi = mid - 1;
		}
		const found = list[lo];
		return found ? key(docId, found.paragraphSeq) : '';
	};
}

/**
 * Anchors that stay unique where numbers repeat: the first paragraph numbered N keeps `p-N`
 * (what links by number reach), a later one gets `p-N-2`, `p-N-3`, …
 */
function uniqueAnchors(paragraphs: readonly { docId: string; paragraphNo: number }[]): string[] {
	const seen = new Map<string, number>();
	return paragraphs.map(({ docId, paragraphNo }) => {
		const anchor = paragraphAnchor(docId, paragraphNo);
		const n = (seen.get(anchor) ?? 0) + 1;
		seen.set(anchor, n);
		return n === 1 ? anchor : `${anchor}-${n}`;
	});
}

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
	const list = map.get(k);
	if (list) list.push(value);
	else map.set(k, [value]);
}

/** Every paragraph's anchor must be unique, or a link from another page lands on the wrong one. */
export function assertUniqueAnchors(paragraphs: readonly { anchor: string }[]): void {
	const seen = new Set<string>();
	for (const { anchor } of paragraphs) {
		if (seen.has(anchor)) throw new Error(`Two paragraphs share the anchor #${anchor}`);
		seen.add(anchor);
	}
}

function sectorTags(mentions: Tables['sectors']): SectorTag[] {
	const byId = new Map<string, SectorTag>();
	for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
		const tag = byId.get(m.sector) ?? { id: m.sector, label: m.sectorLabel, words: [] };
		if (!tag.words.includes(m.quote)) tag.words.push(m.quote);
		byId.set(m.sector, tag);
	}
	// Most-mentioned sector first: it is what the paragraph is mostly about.
	const count = (id: string) => mentions.filter((m) => m.sector === id).length;
	return [...byId.values()].sort(
		(a, b) => count(b.id) - count(a.id) || a.label.localeCompare(b.label)
	);
}

export function buildTextPage(data: Tables): TextPageData {
	const clauseById = new Map(data.clauses.map((c) => [c.clauseId, c]));
	const spansByParagraph = new Map<string, TextSpan[]>();
	const clausesByParagraph = new Map<string, Tables['clauses']>();
	const sectorsByParagraph = new Map<string, Tables['sectors']>();

	const paragraphOf = paragraphLocator(data.paragraphs);

	for (const clause of data.clauses) {
		push(clausesByParagraph, paragraphOf(clause.docId, clause.start), clause);
	}
	for (const cue of data.cues) {
		const clause = clauseById.get(cue.clauseId);
		if (!clause) throw new Error(`Cue "${cue.text}" points to unknown clause ${cue.clauseId}`);
		const span = cueSpan(cue, clause.level);
		if (span) push(spansByParagraph, paragraphOf(clause.docId, clause.start), span);
	}
	for (const figure of data.figures) {
		push(spansByParagraph, paragraphOf(figure.docId, figure.start), {
			kind: 'figure',
			start: figure.start,
			end: figure.end,
			label: figure.label
		});
	}
	for (const mention of data.sectors) {
		push(sectorsByParagraph, paragraphOf(mention.docId, mention.start), mention);
	}

	const docOrder = new Map(data.documents.map((d, i) => [d.docId, i]));
	const ordered = [...data.paragraphs].sort(
		(a, b) =>
			(docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.paragraphSeq - b.paragraphSeq
	);
	const anchors = uniqueAnchors(ordered);
	const paragraphs: TextParagraph[] = ordered.map((p, i) => {
		const k = key(p.docId, p.paragraphSeq);
		return {
			anchor: anchors[i] as string,
			docId: p.docId,
			paragraphNo: p.paragraphNo,
			label: p.label,
			chapterNo: p.chapterNo,
			start: p.start,
			text: p.text,
			voice: p.voice,
			clauseLevels: [...(clausesByParagraph.get(k) ?? [])]
				.sort((a, b) => a.start - b.start)
				.map((c) => c.level),
			sectors: sectorTags(sectorsByParagraph.get(k) ?? []),
			spans: [...(spansByParagraph.get(k) ?? [])].sort((a, b) => a.start - b.start)
		};
	});
	assertUniqueAnchors(paragraphs);

	const sectors = new Map<string, string>();
	for (const m of data.sectors) sectors.set(m.sector, m.sectorLabel);

	return {
		documents: data.documents.map((d) => ({
			docId: d.docId,
			title: d.title,
			label: documentLabel(d.kind, d.date),
			publisher: d.publisher,
			author: d.author,
			date: d.date
		})),
		chapters: data.chapters.map((c) => ({
			docId: c.docId,
			chapterNo: c.chapterNo,
			title: c.chapterTitle
		})),
		paragraphs,
		sectors: [...sectors]
			.map(([id, label]) => ({ id, label }))
			.sort((a, b) => a.label.localeCompare(b.label))
	};
}
