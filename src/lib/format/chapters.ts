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

/** Cuts a label to at most `max` characters at a word boundary, ending with "…". */
export function truncateLabel(label: string, max: number): string {
	if (label.length <= max) return label;
	const cut = label.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,&\s]+$/, '')}…`;
}
