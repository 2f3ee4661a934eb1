/**
 * Chapter titles for people. The statement prints headings in capitals and often starts them
 * with "STRENGTHENING …" or "ENHANCING …"; charts need a short sentence-case label, tables and
 * tooltips keep the full title.
 */
const LEADING_VERBS = /^(strengthening|enhancing|deepening|promoting|expanding)\s+/i;
const LEADING_COOPERATION_ON = /^cooperation (on|in)\s+/i;
/** Words that keep their capitals in sentence case. */
const KEEP_CASE = new Set([
	'EU',
	'ASEAN',
	'UN',
	'AI',
	'EVFTA',
	'EVIPA',
	'ODA',
	'Viet',
	'Nam',
	'Europe'
]);

function sentenceCase(title: string): string {
	const isShouting = title === title.toUpperCase();
	const words = title.split(/(\s+)/);
	return words
		.map((w, i) => {
			const bare = w.replace(/[^\p{L}]/gu, '');
			if (KEEP_CASE.has(bare)) return w;
			const upperKept = [...KEEP_CASE].find((k) => k.toUpperCase() === bare);
			if (upperKept && isShouting) return w.replace(bare, upperKept);
			const lower = isShouting ? w.toLowerCase() : w;
			return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
		})
		.join('');
}

/** Full title in sentence case ("" → "Preamble"). */
export function chapterTitle(raw: string, chapterNo: number): string {
	if (chapterNo === 0 || raw.trim() === '') return 'Preamble';
	return sentenceCase(raw.trim());
}

/** Short label for axes: no leading "Strengthening", at most `max` characters, ends with "…". */
export function shortChapterTitle(raw: string, chapterNo: number, max = 34): string {
	if (chapterNo === 0 || raw.trim() === '') return 'Preamble';
	const t = raw.trim().replace(LEADING_VERBS, '').replace(LEADING_COOPERATION_ON, '');
	return truncateLabel(sentenceCase(t), max);
}

/** "3 · Peace, defence and security" — the chapter number as printed order, then the label. */
export function chapterLabel(raw: string, chapterNo: number, max?: number): string {
	const short = shortChapterTitle(raw, chapterNo, max);
	return chapterNo === 0 ? short : `${chapterNo} · ${short}`;
}

/** Room for a chapter label on a phone-width axis ("3 · Peace, defence…"). */
export const COMPACT_CHAPTER_LABEL = 18;

/** Cuts a label to at most `max` characters at a word boundary, ending with "…". */
export function truncateLabel(label: string, max: number): string {
	if (label.length <= max) return label;
	const cut = label.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,&\s]+$/, '')}…`;
}

/** A chapter in a sentence: "the preamble", "chapter 3 (Peace, defence and security)". */
export function chapterPhrase(chapterNo: number, title: string): string {
	return chapterNo === 0 ? 'the preamble' : `chapter ${chapterNo} (${title})`;
}

/**
 * The chapter a URL's `chapter=` names, or `undefined` when the text has none by that number (a
 * hand-edited link): pages then say so instead of printing a missing title.
 */
export function findChapter<C extends { chapterNo: number }>(
	chapters: readonly C[],
	chapterParam: string | undefined
): C | undefined {
	if (chapterParam === undefined) return undefined;
	return chapters.find((c) => String(c.chapterNo) === chapterParam);
}

/** The chapter numbers of a text as a phrase: "the preamble and chapters 1–12". */
export function chapterRange(chapterNos: readonly number[]): string {
	const numbered = chapterNos.filter((n) => n > 0);
	const preamble = chapterNos.includes(0) ? 'the preamble and ' : '';
	if (numbered.length === 0) return chapterNos.includes(0) ? 'only a preamble' : 'no chapters';
	const [lo, hi] = [Math.min(...numbered), Math.max(...numbered)];
	return `${preamble}${lo === hi ? `chapter ${lo}` : `chapters ${lo}–${hi}`}`;
}
