/**
 * Everything one statement's report shows (StatementReport.svelte), for ONE document of a set of
 * tables: its header, summary figures, commitments by chapter and level, modality mix, sectors
 * and the annotated text. Pure and free of Node and DOM APIs: /statements/<id> builds it at
 * prerender, and /analyse builds it in the browser from `analyseCorpus([doc], reference)` on a
 * pasted statement. Nothing here knows which statement the site is about.
 */
import { compareTables } from '$lib/analysis/compare';
import type { DashboardData } from '$lib/contract/tables';
import { chapterLevelRows, type ChapterLevelRow } from '$lib/charts/rows/commitment-rows';
import { compareStatementRows, type CompareStatementRow } from '$lib/charts/rows/compare-rows';
import { statementSectorRows, type StatementSectorRow } from '$lib/charts/rows/sector-rows';
import {
	buildTextPage,
	type TextChapter,
	type TextDocument,
	type TextParagraph
} from '$lib/text/paragraphs';

/** The tables a statement's report reads (a subset of the data package's). */
export type StatementTables = Pick<
	DashboardData,
	| 'documents'
	| 'chapters'
	| 'paragraphs'
	| 'sentences'
	| 'clauses'
	| 'cues'
	| 'sectors'
	| 'sectorTerms'
	| 'figures'
	| 'parties'
>;

export interface StatementParty {
	id: string;
	name: string;
	shortName: string;
}

export interface StatementFigures {
	words: number;
	paragraphs: number;
	/** Chapters with a heading (a statement without headings has none: it is one chapter). */
	headedChapters: number;
	clauses: number;
	/** Clauses at level 3 (strong) or 4 (firm). */
	commitments: number;
	/** Commitments as the G7/G20 Research Group counts them. */
	commitmentsRg: number;
	/** The mean modality level of the clauses (0–4, 2 decimals); null without clauses. */
	meanLevel: number | null;
	conditional: number;
	/** Share of the clauses that carry a condition (0–1, 3 decimals); null without clauses. */
	shareConditional: number | null;
	/** Clauses that set a target (a quantity and a deadline). */
	targets: number;
	instrumentClauses: number;
}

export interface StatementView {
	docId: string;
	title: string;
	/** "US–Indonesia 2023": the parties' short names and the year, as on /compare. */
	label: string;
	/** ISO date, '' when neither the sources nor the text give one. */
	date: string;
	kind: string;
	publisher: string;
	/** Where the text was published (a web address), '' when unknown or not a web address. */
	url: string;
	file: string;
	parties: StatementParty[];
	figures: StatementFigures;
	/**
	 * The statement as a /compare row, computed by the code that writes data/compare.csv, so it
	 * can be set among the corpus (`focus` is true: it is the statement shown).
	 */
	row: CompareStatementRow;
	/** One row per chapter (the part before the first heading is chapter 0, the preamble). */
	chapters: ChapterLevelRow[];
	/** Sectors named, most mentioned first. */
	sectors: StatementSectorRow[];
	/** The annotated text: paragraphs with their clause levels, cues, conditions and figures. */
	text: { document: TextDocument; chapters: TextChapter[]; paragraphs: TextParagraph[] };
}

/**
 * The address when it is a web address: a pasted text's "Source:" line may hold anything, and
 * the report links to it.
 */
function webAddress(url: string): string {
	return /^https?:\/\/[^\s]+$/i.test(url) ? url : '';
}

/** The tables' rows of one document (the corpus-wide lists, parties and sector terms, whole). */
function ofDocument(tables: StatementTables, docId: string): StatementTables {
	const own = <Row extends { docId: string }>(rows: readonly Row[]) =>
		rows.filter((r) => r.docId === docId);
	return {
		documents: own(tables.documents),
		chapters: own(tables.chapters),
		paragraphs: own(tables.paragraphs),
		sentences: own(tables.sentences),
		clauses: own(tables.clauses),
		cues: own(tables.cues),
		sectors: own(tables.sectors),
		figures: own(tables.figures),
		sectorTerms: tables.sectorTerms,
		parties: tables.parties
	};
}

/** Sectors as the compare tables read them: every sector of the taxonomy, by its terms' rows. */
function taxonomy(sectorTerms: StatementTables['sectorTerms']) {
	return [...new Map(sectorTerms.map((t) => [t.sector, t.sectorLabel]))].map(([id, label]) => ({
		id,
		label
	}));
}

export function statementView(tables: StatementTables, text: string, docId: string): StatementView {
	const own = ofDocument(tables, docId);
	const doc = own.documents[0];
	if (!doc) throw new Error(`No document ${docId} in these tables`);
	// The rows' offsets must point into this text, or the annotated text would mark wrong words.
	for (const p of own.paragraphs) {
		if (text.slice(p.start, p.end) !== p.text) {
			throw new Error(`Paragraph ${p.paragraphNo} of ${docId} is not at its offsets in the text`);
		}
	}
	const compared = compareTables([{ analysis: own, focus: true }], {
		sectors: taxonomy(own.sectorTerms),
		parties: own.parties.map((p) => ({ id: p.partyId, shortName: p.shortName }))
	});
	const row = compareStatementRows(compared)[0];
	if (!row) throw new Error(`No comparison row for ${docId}`);
	const compareRow = compared.compare[0];
	const levelSum = own.clauses.reduce((sum, c) => sum + c.level, 0);
	const clauses = own.clauses.length;
	const partyIds = doc.parties ? doc.parties.split('; ') : [];
	const textPage = buildTextPage(own);
	const document = textPage.documents[0];
	if (!document) throw new Error(`No text of ${docId}`);
	return {
		docId,
		title: doc.title,
		label: row.label,
		date: doc.date,
		kind: doc.kind,
		publisher: doc.publisher,
		url: webAddress(doc.url),
		file: doc.file,
		parties: partyIds.map((id) => {
			const party = own.parties.find((p) => p.partyId === id);
			return { id, name: party?.name ?? id, shortName: party?.shortName ?? id };
		}),
		figures: {
			words: doc.words,
			paragraphs: doc.paragraphs,
			headedChapters: doc.chapters,
			clauses,
			commitments: row.commitments,
			commitmentsRg: row.commitmentsRg,
			meanLevel: clauses > 0 ? Math.round((levelSum / clauses) * 100) / 100 : null,
			conditional: row.conditional,
			shareConditional: compareRow?.shareConditional ?? null,
			targets: row.targets,
			instrumentClauses: row.instrumentClauses
		},
		row,
		chapters: wholeWhenUnheaded(chapterLevelRows(own, docId), doc.chapters),
		sectors: statementSectorRows(own, docId),
		text: { document, chapters: textPage.chapters, paragraphs: textPage.paragraphs }
	};
}

/** The title of the one chapter of a statement without chapter headings. */
export const WHOLE_TEXT = 'Whole statement';

/**
 * A statement without chapter headings is one chapter: chapter 0, which is otherwise the
 * preamble before the first heading, is then the whole text and named so.
 */
function wholeWhenUnheaded(rows: ChapterLevelRow[], headed: number): ChapterLevelRow[] {
	if (headed > 0) return rows;
	return rows.map((r) => ({ ...r, chapter: WHOLE_TEXT, chapterTitle: WHOLE_TEXT }));
}

/**
 * The corpus with this statement among it, for the charts that place it: the corpus's own row
 * of it replaced by the view's (a pasted statement is added), only this one in bold (`focus`),
 * ordered by commitments per 1,000 words, highest first (ties by label), so its rank reads off.
 */
export function placeAmongCorpus(
	row: CompareStatementRow,
	corpus: readonly CompareStatementRow[]
): CompareStatementRow[] {
	return [
		{ ...row, focus: true },
		...corpus.filter((r) => r.docId !== row.docId).map((r) => ({ ...r, focus: false }))
	].sort(
		(a, b) =>
			b.commitmentsPer1000Words - a.commitmentsPer1000Words || a.label.localeCompare(b.label, 'en')
	);
}
