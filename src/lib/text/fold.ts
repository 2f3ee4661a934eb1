/**
 * Search folding: a text lower-cased, without diacritics (NFD, marks stripped, đ → d), with
 * typographic quotes made plain and the spellings of one name made one ("Việt Nam", "Viet Nam"
 * and "Vietnam" all fold to "vietnam"). Every folded character remembers the original characters
 * it came from, so a match in the folded text maps back to exact offsets in the original.
 */

export interface FoldedText {
	/** The folded text, searched instead of the original. */
	text: string;
	/** `starts[i]`: offset in the original of the character folded character `i` came from. */
	starts: number[];
	/** `ends[i]`: offset in the original just after that character. */
	ends: number[];
}

/** Letters NFD does not split into a base and a mark. */
const LETTERS: Record<string, string> = {
	// đ Đ: Vietnamese d with stroke ("Đà Nẵng" → "da nang")
	đ: 'd',
	// ’ ‘: a typed apostrophe finds the typographic one ("Viet Nam’s")
	'’': "'",
	'‘': "'",
	// “ ”: likewise for double quotes
	'“': '"',
	'”': '"'
};

/**
 * Names written as one word or two (with a space or a hyphen): the gap is dropped, so every
 * spelling folds to the same letters. A row per name, its parts folded.
 */
export const JOINED_NAMES: readonly { parts: [string, string]; reason: string }[] = [
	// "Viet Nam", "Việt Nam", "Viet-Nam" → "vietnam", as "Vietnam"
	{ parts: ['viet', 'nam'], reason: 'the country is written as one word or two' }
];

/** Prefixes of `word` from its first letter: 'nam' → 'n', 'na', 'nam'. */
const prefixes = (word: string) => [...word].map((_, i) => word.slice(0, i + 1));

/** In a text: the gap between both whole parts. */
const TEXT_GAPS = JOINED_NAMES.map(
	({ parts: [a, b] }) => new RegExp(`(?<=\\b${a})[\\s-]+(?=${b}\\b)`, 'gu')
);

/** In a query, which may stop while the second part is being typed ("Viet N"). */
const QUERY_GAPS = JOINED_NAMES.map(
	({ parts: [a, b] }) =>
		new RegExp(`(?<=\\b${a})[\\s-]+(?=${b}\\b|(?:${prefixes(b).join('|')})$)`, 'gu')
);

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
	const lower = ch.toLowerCase();
	return LETTERS[lower] ?? lower.normalize('NFD').replace(MARKS, '');
}

/** Folds `text` (see the module comment); `starts`/`ends` index into `text`. */
export function foldText(text: string, gaps: readonly RegExp[] = TEXT_GAPS): FoldedText {
	let folded = '';
	let starts: number[] = [];
	let ends: number[] = [];
	let offset = 0;
	for (const ch of text) {
		const f = foldChar(ch);
		for (let k = 0; k < f.length; k++) {
			starts.push(offset);
			ends.push(offset + ch.length);
		}
		folded += f;
		offset += ch.length;
	}
	for (const gap of gaps) {
		const drop = new Set<number>();
		for (const m of folded.matchAll(gap)) {
			for (let i = m.index; i < m.index + m[0].length; i++) drop.add(i);
		}
		if (drop.size === 0) continue;
		const keep = (_: unknown, i: number) => !drop.has(i);
		folded = folded.split('').filter(keep).join('');
		starts = starts.filter(keep);
		ends = ends.filter(keep);
	}
	return { text: folded, starts, ends };
}

/** The folded form of a query: as a text, and a name cut short is joined as if whole. */
export function foldQuery(q: string): string {
	return foldText(q, QUERY_GAPS).text;
}
