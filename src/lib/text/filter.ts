/**
 * Filtering and search on the /text page: which paragraphs to show, where the search hits are,
 * and how the shown paragraphs group under their documents and chapters.
 */
import type { Span } from './annotate';
import { foldQuery, foldText, type FoldedText } from './fold';
import type { TextChapter, TextDocument, TextParagraph } from './paragraphs';

export interface TextFilters {
	/** Document id, '' for both. */
	doc: string;
	/** `<docId>:<chapterNo>` (see `chapterKey`), '' for all. */
	chapter: string;
	/** Show paragraphs with at least one clause at this level; null for any. */
	level: number | null;
	/** Sector id, '' for all. */
	sector: string;
	/** Free-text search, '' for none. */
	q: string;
}

export const NO_FILTERS: TextFilters = { doc: '', chapter: '', level: null, sector: '', q: '' };

/** Shorter queries would mark most of the text and tell nothing. */
export const MIN_QUERY_LENGTH = 2;

export function chapterKey(docId: string, chapterNo: number): string {
	return `${docId}:${chapterNo}`;
}

export function hasFilters(f: TextFilters): boolean {
	return f.doc !== '' || f.chapter !== '' || f.level !== null || f.sector !== '' || searchable(f.q);
}

function searchable(q: string): boolean {
	return q.trim().length >= MIN_QUERY_LENGTH;
}

function queryPattern(q: string): RegExp | null {
	if (!searchable(q)) return null;
	const words = foldQuery(q.trim()).split(/\s+/u);
	const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	// Any run of white space matches any other: continuation blocks are joined by blank lines.
	return new RegExp(escaped.join('\\s+'), 'giu');
}

const foldedTexts = new WeakMap<object, FoldedText>();

/**
 * The folded text of a paragraph, computed on first use and kept for the paragraph's life, so a
 * keystroke in the search box folds only the query.
 */
export function foldedParagraph(p: Pick<TextParagraph, 'text'>): FoldedText {
	let folded = foldedTexts.get(p);
	if (!folded) {
		folded = foldText(p.text);
		foldedTexts.set(p, folded);
	}
	return folded;
}

/**
 * Where `q` occurs in `text`, as absolute spans (the text starts at `textStart`), in order and
 * without overlap. Case, diacritics and the spellings of Viet Nam do not matter (see `foldText`);
 * the spans cover the original words. Empty for a query under two characters. Pass the text
 * already folded (`foldedParagraph`) to search it many times.
 */
export function findHits(text: string | FoldedText, textStart: number, q: string): Span[] {
	const pattern = queryPattern(q);
	return pattern
		? hitsOf(typeof text === 'string' ? foldText(text) : text, textStart, pattern)
		: [];
}

/**
 * `findHits` in a paragraph, whose text is folded (once, `foldedParagraph`) only when there is a
 * query: the /text page draws 80-odd paragraphs as it starts, with none (measured: folding them
 * all took 63 ms of the page's start on a 4× slowed CPU).
 */
export function paragraphHits(p: Pick<TextParagraph, 'text' | 'start'>, q: string): Span[] {
	const pattern = queryPattern(q);
	return pattern ? hitsOf(foldedParagraph(p), p.start, pattern) : [];
}

function hitsOf(folded: FoldedText, textStart: number, pattern: RegExp): Span[] {
	return [...folded.text.matchAll(pattern)]
		.filter((m) => m[0].length > 0)
		.map((m) => ({
			start: textStart + (folded.starts[m.index] ?? 0),
			end: textStart + (folded.ends[m.index + m[0].length - 1] ?? 0)
		}));
}

export function filterParagraphs<P extends TextParagraph>(
	paragraphs: readonly P[],
	f: TextFilters
): P[] {
	const pattern = queryPattern(f.q);
	return paragraphs.filter(
		(p) =>
			(f.doc === '' || p.docId === f.doc) &&
			(f.chapter === '' || chapterKey(p.docId, p.chapterNo) === f.chapter) &&
			(f.level === null || p.clauseLevels.includes(f.level)) &&
			(f.sector === '' || p.sectors.some((s) => s.id === f.sector)) &&
			(pattern === null || foldedParagraph(p).text.search(pattern) >= 0)
	);
}

export interface ChapterGroup<P> {
	chapter: TextChapter;
	paragraphs: P[];
}

export interface DocumentGroup<P> {
	document: TextDocument;
	chapters: ChapterGroup<P>[];
}

/**
 * The shown paragraphs under their document and chapter, in document order; documents and
 * chapters with nothing to show are left out so headings never stand over an empty space.
 */
export function groupParagraphs<P extends Pick<TextParagraph, 'docId' | 'chapterNo'>>(
	documents: readonly TextDocument[],
	chapters: readonly TextChapter[],
	paragraphs: readonly P[]
): DocumentGroup<P>[] {
	return documents
		.map((document) => ({
			document,
			chapters: chapters
				.filter((c) => c.docId === document.docId)
				.map((chapter) => ({
					chapter,
					paragraphs: paragraphs.filter(
						(p) => p.docId === chapter.docId && p.chapterNo === chapter.chapterNo
					)
				}))
				.filter((g) => g.paragraphs.length > 0)
		}))
		.filter((g) => g.chapters.length > 0);
}

/**
 * The filters to apply when the page opens on `#anchor`: a link from another page must land on
 * its paragraph, so filters that would hide it are dropped.
 */
export function filtersShowing<P extends TextParagraph>(
	paragraphs: readonly P[],
	f: TextFilters,
	anchor: string
): TextFilters {
	if (!paragraphs.some((p) => p.anchor === anchor)) return f;
	return filterParagraphs(paragraphs, f).some((p) => p.anchor === anchor) ? f : NO_FILTERS;
}
