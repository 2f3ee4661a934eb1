/**
 * Document structure: front matter, title, chapters (headings), paragraphs and closing marks,
 * read from plain text or light markdown by general layout rules (METHOD.md, "Units").
 *
 * The text is cut into units: runs of non-blank lines, where a numbered line, a bullet, a
 * markdown heading, an ALL-CAPS line or a rule line always starts a unit of its own. The first
 * unit that reads as body text (a number 1, a bullet, or a block ending in sentence punctuation)
 * starts the body; what comes before it holds the title and the front matter; trailing bylines,
 * sources and marks form the closing. Inside the body, headings open chapters, numbers that fit
 * the running sequence open numbered paragraphs, and unnumbered blocks join the numbered
 * paragraph before them (or stand alone when there is none).
 *
 * Not text of the document: a first "Source: <address>" line (where the text was copied from:
 * metadata), image markers, and photo captions. A caption is a single line without a closing
 * full stop (or other sentence punctuation) that sits directly after or before an image marker
 * (a markdown image, an "[Image]" placeholder, or two or more blank lines, which is what an
 * image leaves when a page is copied as text), that starts with a photo credit ("Photo:",
 * "Photo by …"), names a position in the picture ("(R)", "(second from left)") or ends with the
 * date it was taken after a comma ("… visiting a wind farm, March 3, 2026").
 * Captions are kept apart (`captions`), never read as paragraphs.
 */
import { isWhitespaceCode, splitLines, trimSpan } from './lines';
import { MONTH_NAMES, MONTH_PATTERN } from './months';
import type { Span } from './types';

export { lineNumberAt } from './lines';

export interface Chapter extends Span {
	/** 0 = preamble (title ''), then 1..N in order. */
	no: number;
	/** Heading text without markdown marks (`#`, outer `**`); inner emphasis marks removed. */
	title: string;
	/** The heading text inside the heading line (outer markdown marks excluded). */
	titleStart: number;
	titleEnd: number;
}

export interface Paragraph extends Span {
	/** The printed number when numbered, else `seq`. */
	no: number;
	/** 1..N position in the document, always unique. */
	seq: number;
	/** Printed number as text ("12"), '' if unnumbered (bullets included). */
	label: string;
	/** 0 = preamble. */
	chapterNo: number;
	numbered: boolean;
	/** The marker as printed before the content: "12.", "12", "-", "•", "(a)", or ''. */
	marker: string;
	/** Each block (text between blank lines) of this paragraph, trimmed; the first without marker. */
	blocks: Span[];
	/**
	 * Whose words: 'publisher' for an editor's introduction of the piece (a standfirst: "X
	 * introduces the article by Y"), 'author' for the document's own text.
	 */
	voice: 'author' | 'publisher';
}

export interface DocumentStructure {
	/** From the title block (its headings joined by ' — ') or the first line; '' if none. */
	title: string;
	/** The title block in the text (all its heading lines), or null. */
	titleBlock: Span | null;
	/** Cover-note material before the body that is neither title nor chapter heading. */
	frontMatter: Span | null;
	/** The preamble (no 0) is included only when it has at least one paragraph. */
	chapters: Chapter[];
	paragraphs: Paragraph[];
	/** Trailing closing marks, bylines, sources and signature lines. */
	closing: Span | null;
	/** A first "Source: <address>" line: where the text was copied from (metadata, not text). */
	source: (Span & { address: string }) | null;
	/** Photo captions in the body (not paragraphs). */
	captions: Span[];
}

type UnitKind = 'markdown' | 'rule' | 'image' | 'number' | 'bullet' | 'text';

/** A run of lines that belong together; offsets are trimmed to non-whitespace. */
interface Unit extends Span {
	kind: UnitKind;
	/** Start of the content after a number, bullet or markdown marker. */
	contentStart: number;
	/** The printed marker ("12.", "-", "(a)", "##"), '' for text and rules. */
	marker: string;
	/** The number of a numbered line (a candidate until it is checked against the sequence). */
	number: number;
	lineCount: number;
	/** Words of the longest line, for the closing test. */
	maxLineWords: number;
	/** Preceded by a blank line or the start of the text (so not a wrapped continuation). */
	afterBlank: boolean;
	/** The single line reads as an ALL-CAPS heading. */
	caps: boolean;
	/** Blank lines right before the unit (the start of the text counts as one). */
	blanksBefore: number;
}

/** How a heading is written; chapter headings of one document share a few styles. */
type HeadingStyle = string;

/** A heading with the span of its text. */
interface Heading extends Span {
	style: HeadingStyle;
	title: string;
	titleStart: number;
	titleEnd: number;
}

// Line patterns, compiled once. Each is applied to one trimmed line.
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(?=\S)/;
/** Rule and closing-mark lines: "---", "***", "* * *", "###", "___", "===". */
const RULE_LINE = /^(?:[-–—*_=~#•·][ \t]*){3,}$/;
/** A paragraph number: 1–3 digits, then '.' or ')' or a space, then an uppercase letter or quote. */
const NUMBER_MARKER = /^(\d{1,3})(?:[.)][ \t]*|[ \t]+)(?=["“‘'(\p{Lu}])/u;
/** Bullets: dashes and dots, or "(a)", "a)", "(iv)" followed by text. */
const BULLET_MARKER =
	/^(?:[-–—•●▪◦*·](?=[ \t]+\S)|\(?[a-z]{1,2}\)(?=[ \t]+\S)|\([ivxl]{1,6}\)(?=[ \t]+\S))/;
/** "A. ", "IV. ", "B) " before a heading text. */
const LETTERED_PREFIX = /^(?:[A-Z]|[IVXL]{1,6})[.)][ \t]+(?=\S)/;
/** Outer markdown emphasis around a whole line or heading text. */
const OUTER_EMPHASIS = /^(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1$/;
const INNER_EMPHASIS = /\*\*|__/g;
const LOWERCASE = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_UPPER_OR_DIGIT = /^["“‘']?[\p{Lu}\p{N}]/u;
const SENTENCE_PUNCTUATION = '.!?…:;';
const CLAUSE_PUNCTUATION = '.!?…:;,';
const CLOSING_QUOTES = '"”’\')]';
/** Photo captions name positions: "(R)", "(L)", "(second from left)". */
const CAPTION_MARKER =
	/\((?:[LRC]|left|right|cent(?:re|er)|(?:second|third|first) from (?:left|right)|front|back|L-R|from (?:left|right))\)/i;
/** Labels that introduce attributions rather than headings. */
const ATTRIBUTION =
	/^(?:sources?|photos?|photo credits?|credits?|images?|reporting by|written by|editing by|translated by|by)\b[ \t]*:?/i;
/** Where a copied text came from, on its first line: "Source: https://…", "Source: www.….com/…". */
const SOURCE_LINE = /^source[ \t]*:[ \t]*((?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*)$/i;
/** An image left in the text: a markdown image or a placeholder ("[Image]", "[Photo: …]"). */
const IMAGE_LINE =
	/^(?:!\[[^\]]*\]\([^)]*\)|\[(?:image|photo|picture|figure|illustration)\b[^\]]*\])$/i;
/** A photo credit opening a caption: "Photo:", "Photo by", "(Photo: VNA)", "Image credit:". */
const PHOTO_CREDIT =
	/^\(?(?:photos?|photo credits?|photograph|image|picture|credit)\b(?:[ \t]*:|[ \t]+by\b)/i;
const CAPTION_DATE_MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** A caption's closing date: ", March 3, 2026", ", January 28-29, 2026", ", 3 March 2026". */
const CAPTION_DATE = new RegExp(
	`,\\s*(?:${CAPTION_DATE_MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+\\d{4}|\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${CAPTION_DATE_MONTH}\\s+\\d{4})$`
);
/**
 * How a publisher introduces a piece it prints (a standfirst), as rows: a preamble paragraph
 * before the piece's own first words that says one of these is the publisher's, not the author's.
 */
export const STANDFIRST_CUES: { match: RegExp; reason: string; example: string }[] = [
	{
		match:
			/\b(?:introduces|presents|publishes|brings|shares|carries|reprints)\s+(?:readers\s+|you\s+)?(?:the|an|this|a)\s+(?:article|interview|op-ed|commentary|essay|piece|speech|contribution)\s+(?:by|of|with|from)\b/i,
		reason: 'The publisher names the piece and its author in the third person: an introduction.',
		example:
			'Vietnam Business Forum introduces the article by Deputy Minister Le Thi Thu Hang entitled “Rising to a New Height.”'
	},
	{
		match:
			/^(?:in\s+(?:an|this)\s+(?:article|interview|op-ed|commentary)\b|the\s+following\s+is\b)/i,
		reason:
			'An editor’s lead-in to the piece that follows ("The following is …", "In an article …").',
		example: 'The following is the speech by the Minister at the opening of the forum.'
	}
];

/** Blank lines that stand for an image removed when a page was copied as text. */
const IMAGE_GAP = 2;
/** Memo and e-mail header fields: "From:", "To:", "Subject:", "Date:". */
const METADATA = /^(?:from|to|cc|subject|date|ref(?:erence)?|our ref|your ref)[ \t]*:/i;
/** "Brussels, 29 January 2026", "Hanoi, January 29, 2026", "29 January 2026": a dateline. */
const DATELINE = new RegExp(
	`^(?:[^,]{1,40},\\s*)?(?:\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4}|${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4})$`,
	'i'
);
/** Headings that name the document itself, so they form the title block, not a chapter. */
const DOCUMENT_TITLE =
	/\b(?:statement|declaration|communiqu[eé]|joint vision|plan of action|action plan|memorandum|press release|roadmap|resolution|treaty|charter)\b/i;
/** Closing lines made of one word of this kind ("END", "ENDS"). */
const CLOSING_WORD = /^(?:-*\s*)?(?:end|ends|fin)(?:\s*-*)?$/i;

/** A short title or heading line has at most this many words (captions are longer). */
const HEADING_MAX_WORDS = 11;
/**
 * A line before the body that names the document may run longer than a heading: US and ASEAN
 * titles carry a subtitle ("Joint Statement from the Leaders of the United States and the
 * Republic of Indonesia: Elevating Relations to a Comprehensive Strategic Partnership", 22 words).
 */
const DOCUMENT_TITLE_MAX_WORDS = 32;
/** ALL-CAPS and lettered headings may run a little longer. */
const CAPS_HEADING_MAX_WORDS = 20;
/** A numbered line may skip at most this many numbers, and only when the next line confirms it. */
const MAX_NUMBER_GAP = 5;
/** Line word counts stop here: every limit above is smaller. */
const WORD_COUNT_CAP = CAPS_HEADING_MAX_WORDS + 1;
/** Closing lines (bylines, signatures) are at most this many words each. */
const CLOSING_MAX_WORDS = 8;

/**
 * Words in a line: whitespace-separated tokens holding a letter or a digit, and how many of them
 * hold a letter. Counting stops past `cap` words, as callers only compare with small limits.
 */
function tallyWords(line: string, cap = Number.MAX_SAFE_INTEGER): { words: number; wordy: number } {
	let words = 0;
	let wordy = 0;
	let inToken = false;
	let hasAlnum = false;
	let hasLetter = false;
	for (let i = 0; i <= line.length && words <= cap; i++) {
		const code = i < line.length ? line.charCodeAt(i) : 32;
		if (isWhitespaceCode(code)) {
			if (inToken && hasAlnum) words++;
			if (inToken && hasLetter) wordy++;
			inToken = hasAlnum = hasLetter = false;
			continue;
		}
		inToken = true;
		if (hasLetter) continue;
		const letter =
			(code >= 65 && code <= 90) ||
			(code >= 97 && code <= 122) ||
			(code > 127 && HAS_LETTER.test(line.charAt(i)));
		if (letter) hasLetter = hasAlnum = true;
		else if (
			(code >= 48 && code <= 57) ||
			(code > 127 && HAS_LETTER_OR_DIGIT.test(line.charAt(i)))
		) {
			hasAlnum = true;
		}
	}
	return { words, wordy };
}

function countWords(line: string, cap?: number): number {
	return tallyWords(line, cap).words;
}

/** Removes outer `**…**` / `__…__` / `*…*` from `[start, end)` and returns the inner span. */
function stripOuterEmphasis(text: string, start: number, end: number): Span {
	let s = start;
	let e = end;
	for (;;) {
		const first = text.charCodeAt(s);
		if (first !== 42 /* * */ && first !== 95 /* _ */) return { start: s, end: e };
		const m = OUTER_EMPHASIS.exec(text.slice(s, e));
		if (!m || m[1] === undefined) return { start: s, end: e };
		const inner = trimSpan(text, s + m[1].length, e - m[1].length);
		if (inner.end <= inner.start) return { start: s, end: e };
		s = inner.start;
		e = inner.end;
	}
}

/** Whether the last character of `line`, closing quotes and brackets skipped, is in `marks`. */
function endsWith(line: string, marks: string): boolean {
	let i = line.length - 1;
	while (i >= 0 && CLOSING_QUOTES.includes(line.charAt(i))) i--;
	return i >= 0 && marks.includes(line.charAt(i));
}

/** Any lowercase letter; ASCII is tested by code because most lines fail on their 2nd char. */
function hasLowercase(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code >= 97 && code <= 122) return true;
		if (code > 127 && LOWERCASE.test(line.charAt(i))) return true;
	}
	return false;
}

/** ALL-CAPS heading line: letters without lowercase, no closing punctuation, not too long. */
function isCapsLine(line: string): boolean {
	if (hasLowercase(line) || endsWith(line, CLAUSE_PUNCTUATION)) return false;
	const letters = line.match(LETTERS);
	if (!letters || letters.length < 3) return false;
	const words = countWords(line);
	return words >= 1 && words <= CAPS_HEADING_MAX_WORDS;
}

/**
 * A line that could be a title or heading written in sentence or Title Case: short, starts with
 * a capital or digit, no closing punctuation, mostly words, and not a caption, dateline or
 * attribution (which carry facts and stay paragraphs).
 */
function isTitleLine(line: string, maxWords = HEADING_MAX_WORDS): boolean {
	if (!STARTS_UPPER_OR_DIGIT.test(line) || endsWith(line, CLAUSE_PUNCTUATION)) return false;
	if (CAPTION_MARKER.test(line) || ATTRIBUTION.test(line) || METADATA.test(line)) return false;
	if (DATELINE.test(line)) return false;
	const { words, wordy } = tallyWords(line, maxWords);
	return words >= 1 && words <= maxWords && wordy * 2 >= words;
}

/** Cuts the text into units (see the module comment). */
function buildUnits(text: string): Unit[] {
	const units: Unit[] = [];
	let current: Unit | null = null;
	let afterBlank = true;
	let blanks = 1;
	for (const line of splitLines(text)) {
		if (line.contentStart === line.contentEnd) {
			current = null;
			afterBlank = true;
			blanks++;
			continue;
		}
		const content = text.slice(line.contentStart, line.contentEnd);
		const words = countWords(content, WORD_COUNT_CAP);
		const unit = classifyLine(text, line.contentStart, line.contentEnd, content, afterBlank);
		// A plain text line continues the unit above it unless that unit must stand alone.
		const continues =
			current !== null &&
			unit.kind === 'text' &&
			!unit.caps &&
			!current.caps &&
			current.kind !== 'markdown' &&
			current.kind !== 'rule' &&
			current.kind !== 'image';
		if (current !== null && continues) {
			current.end = line.contentEnd;
			current.lineCount++;
			current.maxLineWords = Math.max(current.maxLineWords, words);
		} else {
			unit.maxLineWords = words;
			unit.blanksBefore = blanks;
			units.push(unit);
			current = unit;
		}
		afterBlank = false;
		blanks = 0;
	}
	return units;
}

function classifyLine(
	text: string,
	start: number,
	end: number,
	content: string,
	afterBlank: boolean
): Unit {
	const unit: Unit = {
		kind: 'text',
		start,
		end,
		contentStart: start,
		marker: '',
		number: 0,
		lineCount: 1,
		maxLineWords: 0,
		afterBlank,
		caps: false,
		blanksBefore: 0
	};
	if (IMAGE_LINE.test(content)) {
		unit.kind = 'image';
		return unit;
	}
	const md = MARKDOWN_HEADING.exec(content);
	if (md && md[1] !== undefined) {
		unit.kind = 'markdown';
		unit.marker = md[1];
		unit.contentStart = start + md[0].length;
		return unit;
	}
	if (RULE_LINE.test(content)) {
		unit.kind = 'rule';
		return unit;
	}
	const bare = stripOuterEmphasis(text, start, end);
	const bareText = text.slice(bare.start, bare.end);
	// An ALL-CAPS line is a heading even when a number or letter precedes it ("1. INTRODUCTION").
	if (isCapsLine(bareText)) {
		unit.caps = true;
		return unit;
	}
	const num = NUMBER_MARKER.exec(content);
	if (num && num[1] !== undefined) {
		unit.kind = 'number';
		unit.number = Number(num[1]);
		unit.marker = content.slice(0, num[0].length).trimEnd();
		unit.contentStart = start + num[0].length;
		return unit;
	}
	const bullet = BULLET_MARKER.exec(content);
	if (bullet) {
		unit.kind = 'bullet';
		unit.marker = bullet[0];
		unit.contentStart = trimSpan(text, start + bullet[0].length, end).start;
	}
	return unit;
}

/** The heading written on a markdown, ALL-CAPS, lettered or title line unit, without context. */
function readHeading(text: string, unit: Unit): Heading | null {
	if (unit.kind === 'markdown') {
		const inner = stripOuterEmphasis(text, unit.contentStart, trimClosingHashes(text, unit));
		const bare = text.slice(inner.start, inner.end);
		const caps = isCapsLine(bare) ? 'caps' : 'mixed';
		return heading(text, `md${unit.marker.length}:${caps}`, inner);
	}
	if (unit.kind !== 'text' || unit.lineCount !== 1) return null;
	const inner = stripOuterEmphasis(text, unit.start, unit.end);
	const line = text.slice(inner.start, inner.end);
	const lettered = LETTERED_PREFIX.exec(line);
	if (unit.caps) return heading(text, lettered ? 'lettered:caps' : 'caps', inner);
	if (!unit.afterBlank) return null;
	if (lettered) {
		const rest = line.slice(lettered[0].length);
		const words = countWords(rest);
		if (
			words <= CAPS_HEADING_MAX_WORDS &&
			STARTS_UPPER_OR_DIGIT.test(rest) &&
			!endsWith(rest, CLAUSE_PUNCTUATION)
		) {
			return heading(text, 'lettered', inner);
		}
		return null;
	}
	return isTitleLine(line) ? heading(text, 'line', inner) : null;
}

/**
 * A title line too long for readHeading that names the document ("Joint Statement …: Elevating
 * Relations to …"). Only read before the body: there, the length tells a title from a heading.
 */
function readLongDocumentTitle(text: string, unit: Unit): Heading | null {
	if (unit.kind !== 'text' || unit.caps || unit.lineCount !== 1 || !unit.afterBlank) return null;
	const inner = stripOuterEmphasis(text, unit.start, unit.end);
	const line = text.slice(inner.start, inner.end);
	return DOCUMENT_TITLE.test(line) && isTitleLine(line, DOCUMENT_TITLE_MAX_WORDS)
		? heading(text, 'line', inner)
		: null;
}

/** End of a markdown heading's text without optional closing hashes ("## Trade ##", not "C#"). */
function trimClosingHashes(text: string, unit: Unit): number {
	let end = unit.end;
	while (end > unit.contentStart && text.charCodeAt(end - 1) === 35 /* # */) end--;
	if (end === unit.end || end === unit.contentStart) return unit.end;
	if (!isWhitespaceCode(text.charCodeAt(end - 1))) return unit.end;
	return trimSpan(text, unit.contentStart, end).end;
}

function heading(text: string, style: HeadingStyle, inner: Span): Heading {
	return {
		start: inner.start,
		end: inner.end,
		style,
		title: text.slice(inner.start, inner.end).replace(INNER_EMPHASIS, ''),
		titleStart: inner.start,
		titleEnd: inner.end
	};
}

/** Whether unit `i` is a photo caption (see the module comment). */
function isCaption(text: string, units: Unit[], i: number): boolean {
	const unit = units[i];
	if (unit === undefined || unit.kind !== 'text' || unit.lineCount > 1) return false;
	const line = text.slice(unit.start, unit.end);
	if (endsWith(line, SENTENCE_PUNCTUATION)) return false;
	if (PHOTO_CREDIT.test(line) || CAPTION_MARKER.test(line)) return true;
	// A description closed by the date the picture was taken: "…, March 3, 2026".
	if (CAPTION_DATE.test(line)) return true;
	const before = units[i - 1];
	const after = units[i + 1];
	const afterImage = before?.kind === 'image' || (i > 0 && unit.blanksBefore >= IMAGE_GAP);
	const beforeImage =
		after?.kind === 'image' ||
		(after !== undefined && after.blanksBefore >= IMAGE_GAP && after.kind !== 'text');
	return afterImage || beforeImage;
}

/** Ends in sentence punctuation, or is too long to be a heading: body text. */
function readsAsProse(text: string, unit: Unit): boolean {
	if (unit.kind === 'number' || unit.kind === 'bullet') return true;
	if (unit.kind !== 'text' || unit.caps) return false;
	return (
		endsWith(text.slice(unit.start, unit.end), SENTENCE_PUNCTUATION) ||
		unit.lineCount > 1 ||
		unit.maxLineWords > HEADING_MAX_WORDS
	);
}

/** Index of the first unit of the body, or -1 when the text has no body. */
function findBodyStart(text: string, units: Unit[]): number {
	const first = units.findIndex(
		(u) =>
			(u.kind === 'number' && u.number === 1) ||
			u.kind === 'bullet' ||
			(u.kind === 'text' && !u.caps && endsWith(text.slice(u.start, u.end), SENTENCE_PUNCTUATION))
	);
	if (first >= 0) return first;
	// No block ends in punctuation: take the first text long enough to be prose, not a code or
	// dateline of a cover note, or a numbered line of prose (an excerpt that starts at "24.").
	return units.findIndex(
		(u) =>
			(u.kind === 'text' && !u.caps && u.maxLineWords > HEADING_MAX_WORDS) ||
			(u.kind === 'number' &&
				(u.maxLineWords > HEADING_MAX_WORDS ||
					endsWith(text.slice(u.start, u.end), SENTENCE_PUNCTUATION)))
	);
}

/** Bylines, sources, signatures and marks that close a document. */
function isClosingUnit(text: string, unit: Unit): boolean {
	if (unit.kind === 'rule') return true;
	if (unit.kind !== 'text') return false;
	const body = text.slice(unit.start, unit.end);
	if (CLOSING_WORD.test(body)) return true;
	if (ATTRIBUTION.test(body) && countWords(body) <= 2 * CLOSING_MAX_WORDS) return true;
	return (
		!endsWith(body, SENTENCE_PUNCTUATION) &&
		unit.maxLineWords <= CLOSING_MAX_WORDS &&
		unit.lineCount <= 6
	);
}

/** Index of the first closing unit (units.length when there is none). */
function findClosingStart(text: string, units: Unit[], bodyStart: number): number {
	let i = units.length;
	while (i - 1 > bodyStart) {
		const unit = units[i - 1];
		if (unit === undefined || !isClosingUnit(text, unit)) break;
		i--;
	}
	return i;
}

/**
 * Heading of body unit `i` in context: a plain title line counts only when body text follows
 * it (so a list of short lines or a signature block is not read as headings).
 */
function bodyHeadingAt(text: string, units: Unit[], i: number, limit: number): Heading | null {
	const unit = units[i];
	if (unit === undefined) return null;
	const found = readHeading(text, unit);
	if (found === null || found.style !== 'line') return found;
	const next = i + 1 < limit ? units[i + 1] : undefined;
	return next !== undefined && readsAsProse(text, next) ? found : null;
}

interface Head {
	title: string;
	titleBlock: Span | null;
	frontMatter: Span | null;
	/** The heading that opens chapter 1 before the first body paragraph, with its line. */
	chapterOne: { heading: Heading; line: Span } | null;
}

/**
 * Reads the units before the body: the title block (a run of headings, one of which names the
 * document; else a heading on the first line), the heading that opens chapter 1 (the last other
 * heading, or the title block's last heading when it is written like the body's chapter
 * headings), and the front matter (the rest, before the title block when there is any).
 */
function readHead(text: string, units: Unit[], bodyStart: number, bodyStyles: Set<string>): Head {
	const headings: (Heading | null)[] = units
		.slice(0, bodyStart)
		.map((u) => readHeading(text, u) ?? readLongDocumentTitle(text, u));
	const isHeading = (i: number): boolean => headings[i] != null;
	let keyword = -1;
	for (let i = 0; i < bodyStart && keyword < 0; i++) {
		const h = headings[i];
		if (h != null && DOCUMENT_TITLE.test(h.title)) keyword = i;
	}
	let titleFrom = 0;
	let titleTo = -1; // inclusive; empty when titleTo < titleFrom
	if (keyword >= 0) {
		titleFrom = keyword;
		titleTo = keyword;
		while (titleFrom > 0 && isHeading(titleFrom - 1)) titleFrom--;
		while (titleTo + 1 < bodyStart && isHeading(titleTo + 1)) titleTo++;
	} else if (isHeading(0)) {
		titleTo = 0;
	}
	let chapterIdx = -1;
	for (let i = bodyStart - 1; i > titleTo; i--) {
		if (isHeading(i)) {
			chapterIdx = i;
			break;
		}
	}
	// A title-block heading right before the body, styled like the body's chapter headings and
	// not naming the document, is chapter 1 ("POLITICAL COOPERATION" then "1. …").
	const last = headings[titleTo];
	if (
		chapterIdx < 0 &&
		titleTo === bodyStart - 1 &&
		titleTo !== keyword &&
		last != null &&
		last.style !== 'line' &&
		bodyStyles.has(last.style)
	) {
		chapterIdx = titleTo;
		titleTo--;
	}
	const titleHeadings: Heading[] = [];
	for (let i = titleFrom; i <= titleTo; i++) {
		const h = headings[i];
		if (h != null) titleHeadings.push(h);
	}
	const firstTitle = units[titleFrom];
	const lastTitle = units[titleTo];
	const titleBlock =
		titleHeadings.length > 0 && firstTitle !== undefined && lastTitle !== undefined
			? { start: firstTitle.start, end: lastTitle.end }
			: null;
	const before: Unit[] = [];
	const after: Unit[] = [];
	for (let i = 0; i < bodyStart; i++) {
		const unit = units[i];
		if (unit === undefined || unit.kind === 'rule' || i === chapterIdx) continue;
		if (titleHeadings.length > 0 && i >= titleFrom && i <= titleTo) continue;
		(titleHeadings.length > 0 && i < titleFrom ? before : after).push(unit);
	}
	const front = before.length > 0 ? before : after;
	const chapterHeading = headings[chapterIdx];
	const chapterLine = units[chapterIdx];
	const firstFront = front[0];
	const lastFront = front[front.length - 1];
	return {
		title: titleHeadings.map((h) => h.title).join(' — '),
		titleBlock,
		frontMatter:
			firstFront !== undefined && lastFront !== undefined
				? { start: firstFront.start, end: lastFront.end }
				: null,
		chapterOne:
			chapterHeading && chapterLine ? { heading: chapterHeading, line: chapterLine } : null
	};
}

/** Builds chapters and paragraphs while walking the body. */
class BodyBuilder {
	readonly chapters: Chapter[] = [];
	readonly paragraphs: Paragraph[] = [];
	private chapter: Chapter;
	private chapterCount = 0;
	private chapterParagraphs = 0;
	private lastNumber = 0;
	private headingSinceNumber = true;
	/** The numbered paragraph that owns the next unnumbered block, if any. */
	private owner: Paragraph | null = null;
	/** The paragraph whose last block the previous unit was (for wrapped lines). */
	private previous: Paragraph | null = null;

	/** `first` is the heading of chapter 1 met before the body, with its line's span. */
	constructor(first: { heading: Heading; line: Span } | null, bodyStart: number) {
		this.chapter = first
			? this.newChapter(first.heading, first.line)
			: {
					no: 0,
					title: '',
					titleStart: bodyStart,
					titleEnd: bodyStart,
					start: bodyStart,
					end: bodyStart
				};
	}

	private newChapter(h: Heading, line: Span): Chapter {
		this.chapterCount++;
		return {
			no: this.chapterCount,
			title: h.title,
			titleStart: h.titleStart,
			titleEnd: h.titleEnd,
			start: line.start,
			end: line.end
		};
	}

	private closeChapter(): void {
		if (this.chapter.no > 0 || this.chapterParagraphs > 0) this.chapters.push(this.chapter);
		this.chapterParagraphs = 0;
	}

	heading(h: Heading, unit: Unit): void {
		this.closeChapter();
		this.chapter = this.newChapter(h, unit);
		this.headingSinceNumber = true;
		this.owner = null;
		this.previous = null;
	}

	rule(): void {
		this.owner = null;
		this.previous = null;
	}

	/**
	 * Whether a numbered line fits the running sequence: the next number, 1 after a heading, a
	 * small jump forward (a skipped or mistyped number) that the next numbered line confirms, or
	 * any number on the line that opens the body.
	 */
	fitsSequence(n: number, nextNumber: number): boolean {
		if (n === this.lastNumber + 1 || (n === 1 && this.headingSinceNumber)) return true;
		// The body opens on it (only an excerpt's does on another number than 1): it is numbered.
		if (this.paragraphs.length === 0 && this.lastNumber === 0) return true;
		return n > this.lastNumber && n <= this.lastNumber + MAX_NUMBER_GAP && nextNumber === n + 1;
	}

	numbered(unit: Unit): void {
		this.lastNumber = unit.number;
		this.headingSinceNumber = false;
		this.owner = this.open(unit, true, unit.contentStart);
	}

	bullet(unit: Unit): void {
		this.owner = null;
		this.open(unit, false, unit.contentStart);
	}

	text(unit: Unit): void {
		const wrapped = !unit.afterBlank ? this.previous : null;
		if (wrapped !== null) {
			// A line that only looked like a number ("12 Member States …") continues its block.
			const block = wrapped.blocks[wrapped.blocks.length - 1];
			if (block !== undefined) block.end = unit.end;
			this.extend(wrapped, unit.end);
			return;
		}
		if (this.owner !== null) {
			this.owner.blocks.push({ start: unit.start, end: unit.end });
			this.extend(this.owner, unit.end);
			this.previous = this.owner;
			return;
		}
		this.open(unit, false, unit.start);
	}

	private extend(p: Paragraph, end: number): void {
		p.end = end;
		this.chapter.end = Math.max(this.chapter.end, end);
	}

	/** Opens a paragraph whose content starts at `contentStart` (after its marker, if any). */
	private open(unit: Unit, numbered: boolean, contentStart: number): Paragraph {
		const seq = this.paragraphs.length + 1;
		const p: Paragraph = {
			no: numbered ? unit.number : seq,
			seq,
			label: numbered ? String(unit.number) : '',
			chapterNo: this.chapter.no,
			numbered,
			marker: contentStart === unit.contentStart ? unit.marker : '',
			start: contentStart,
			end: unit.end,
			blocks: [{ start: contentStart, end: unit.end }],
			voice: 'author'
		};
		if (this.chapterParagraphs === 0 && this.chapter.no === 0) {
			this.chapter.start = unit.start;
			this.chapter.titleStart = unit.start;
			this.chapter.titleEnd = unit.start;
		}
		this.paragraphs.push(p);
		this.chapterParagraphs++;
		this.chapter.end = Math.max(this.chapter.end, unit.end);
		this.previous = p;
		return p;
	}

	finish(): void {
		this.closeChapter();
	}
}

/** Reads the structure of a document; never throws, whatever the text. */
export function parseStructure(text: string): DocumentStructure {
	const all = buildUnits(text);
	const sourceMatch = all[0] ? SOURCE_LINE.exec(text.slice(all[0].start, all[0].end)) : null;
	const sourceUnit = sourceMatch && all[0]?.lineCount === 1 ? all[0] : undefined;
	const source =
		sourceUnit && sourceMatch?.[1]
			? { start: sourceUnit.start, end: sourceUnit.end, address: sourceMatch[1] }
			: null;
	// The source line is metadata and image markers are no text: neither is a unit of the document.
	const units = all.filter((u, i) => u.kind !== 'image' && !(i === 0 && source !== null));
	const captionUnits = new Set(all.filter((_, i) => isCaption(text, all, i)));
	const bodyStart = findBodyStart(text, units);
	const limit = bodyStart < 0 ? units.length : findClosingStart(text, units, bodyStart);
	const bodyHeadings: (Heading | null)[] = [];
	const bodyStyles = new Set<string>();
	for (let i = Math.max(0, bodyStart); bodyStart >= 0 && i < limit; i++) {
		const h = bodyHeadingAt(text, units, i, limit);
		bodyHeadings[i] = h;
		if (h !== null) bodyStyles.add(h.style);
	}
	const head = readHead(text, units, bodyStart < 0 ? units.length : bodyStart, bodyStyles);
	const first = units[bodyStart];
	if (bodyStart < 0 || first === undefined) {
		return {
			...headFields(head),
			chapters: [],
			paragraphs: [],
			closing: null,
			source,
			captions: []
		};
	}
	const captions: Span[] = [];
	const body = new BodyBuilder(head.chapterOne, first.start);
	// The number on the next numbered line after each unit, to confirm a jump in the sequence.
	const nextNumber: number[] = [];
	for (let i = limit - 1, next = -1; i >= bodyStart; i--) {
		nextNumber[i] = next;
		const unit = units[i];
		if (unit !== undefined && unit.kind === 'number') next = unit.number;
	}
	for (let i = bodyStart; i < limit; i++) {
		const unit = units[i];
		if (unit === undefined) continue;
		const h = bodyHeadings[i];
		if (h != null) body.heading(h, unit);
		else if (captionUnits.has(unit)) {
			captions.push({ start: unit.start, end: unit.end });
			body.rule();
		} else if (unit.kind === 'rule') body.rule();
		else if (unit.kind === 'number' && body.fitsSequence(unit.number, nextNumber[i] ?? -1)) {
			body.numbered(unit);
		} else if (unit.kind === 'bullet') body.bullet(unit);
		else body.text(unit);
	}
	body.finish();
	markStandfirst(text, body.paragraphs);
	const closingFirst = units[limit];
	const closingLast = units[units.length - 1];
	return {
		...headFields(head),
		chapters: body.chapters,
		paragraphs: body.paragraphs,
		closing:
			closingFirst !== undefined && closingLast !== undefined
				? { start: closingFirst.start, end: closingLast.end }
				: null,
		source,
		captions
	};
}

/**
 * The publisher's introduction: the preamble paragraphs up to and including the first one whose
 * words introduce the piece (STANDFIRST_CUES), when that is among the first two paragraphs.
 */
function markStandfirst(text: string, paragraphs: Paragraph[]): void {
	const lead = paragraphs.slice(0, 2).filter((p) => p.chapterNo === 0 && !p.numbered);
	const index = lead.findIndex((p) =>
		STANDFIRST_CUES.some((cue) => cue.match.test(text.slice(p.start, p.end)))
	);
	for (let i = 0; i <= index; i++) lead[i]!.voice = 'publisher';
}

function headFields(head: Head): Pick<DocumentStructure, 'title' | 'titleBlock' | 'frontMatter'> {
	return { title: head.title, titleBlock: head.titleBlock, frontMatter: head.frontMatter };
}
