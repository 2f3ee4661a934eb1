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

const key = (docId: string, paragraphNo: number) => `${docId}\u0000${paragraphNo}`;

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

	for (const clause of data.clauses) {
		push(clausesByParagraph, key(clause.docId, clause.paragraphNo), clause);
	}
	for (const cue of data.cues) {
		const clause = clauseById.get(cue.clauseId);
		if (!clause) throw new Error(`Cue "${cue.text}" points to unknown clause ${cue.clauseId}`);
		const span = cueSpan(cue, clause.level);
		if (span) push(spansByParagraph, key(clause.docId, clause.paragraphNo), span);
	}
	for (const figure of data.figures) {
		push(spansByParagraph, key(figure.docId, figure.paragraphNo), {
			kind: 'figure',
			start: figure.start,
			end: figure.end,
			label: figure.label
		});
	}
	for (const mention of data.sectors) {
		push(sectorsByParagraph, key(mention.docId, mention.paragraphNo), mention);
	}

	const docOrder = new Map(data.documents.map((d, i) => [d.docId, i]));
	const paragraphs: TextParagraph[] = [...data.paragraphs]
		.sort(
			(a, b) =>
				(docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) ||
				a.paragraphSeq - b.paragraphSeq
		)
		.map((p) => {
			const k = key(p.docId, p.paragraphNo);
			return {
				anchor: paragraphAnchor(p.docId, p.paragraphNo),
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
