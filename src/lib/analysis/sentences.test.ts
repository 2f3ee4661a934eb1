import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { parseStructure } from './structure';

const STATEMENT = readFileSync('seeds/000_094e36a2e337436e.txt', 'utf8').replace(/^\uFEFF/, '');
const ARTICLE = readFileSync('seeds/001_d8726251e0999ed0.txt', 'utf8').replace(/^\uFEFF/, '');

/** The sentences of a whole string, as text. */
function split(text: string): string[] {
	return splitSentences(text, { start: 0, end: text.length }).map((s) =>
		text.slice(s.start, s.end)
	);
}

describe('splitSentences: where sentences end', () => {
	// Each row: [what the case shows, the text with each sentence marked ⟨…⟩].
	it.each([
		['period + capital', '⟨One thing.⟩ ⟨Another thing.⟩'],
		['question and exclamation', '⟨Is it?⟩ ⟨Yes!⟩ ⟨Good.⟩'],
		['ellipsis character', '⟨They waited…⟩ ⟨Then it came.⟩'],
		['three dots', '⟨They waited...⟩ ⟨Then it came.⟩'],
		['before a digit', '⟨Trade grew in 2025.⟩ ⟨2026 will be better.⟩'],
		['before an opening quote', '⟨They said it.⟩ ⟨“We agree.”⟩'],
		['before an opening bracket', '⟨It ends.⟩ ⟨(See the annex.)⟩'],
		['closing straight quote kept', '⟨He said "yes."⟩ ⟨Then he left.⟩'],
		['closing curly quote kept', '⟨A “new height.”⟩ ⟨Both agreed.⟩'],
		['closing bracket kept', '⟨(It was late.)⟩ ⟨Both left.⟩'],
		['end of span without punctuation', '⟨A caption without a period⟩'],
		['a line break is whitespace', '⟨First line.⟩\n⟨Second line.⟩'],
		['a blank line always ends one', '⟨no period here⟩\n\n⟨next block⟩'],
		['a blank line of lone CRs', '⟨block one⟩\r\r⟨block two⟩'],
		['a blank line with CRLF and spaces', '⟨block one⟩\r\n \t\r\n⟨block two⟩'],
		['after an acronym', '⟨They met the EU.⟩ ⟨The talks went well.⟩'],
		['after "etc." before a capital', '⟨Rice, tea, etc.⟩ ⟨Trade grew.⟩'],
		['after a bracket', '⟨It applies (1982 UNCLOS).⟩ ⟨Both agree.⟩'],
		['after a unit glued to a number', '⟨Limit it to 1.5°C.⟩ ⟨They agree.⟩']
	])('%s', (_name, marked) => {
		const text = marked.replace(/[⟨⟩]/g, '');
		const expected = [...marked.matchAll(/⟨([^⟩]*)⟩/g)].map((m) => m[1]);
		expect(split(text)).toEqual(expected);
	});
});

describe('splitSentences: where they do not end', () => {
	it.each([
		['semicolons', 'Both sides will act; and they will report.'],
		['lowercase after a period', 'It grew, i.e. fast, and etc. the rest.'],
		['U.S.', 'The U.S. President met the U.K. Prime Minister.'],
		['No.', 'See Decision No. 5 of the Council.'],
		['No. before a capital', 'See Regulation No. A/12 again.'],
		['lowercase no. before a digit', 'See resolution no. 12 again.'],
		['e.g. before a capital', 'Some partners, e.g. France, agreed.'],
		['i.e. before a capital', 'The bloc, i.e. The EU, agreed.'],
		['titles', 'Mr. Smith, Mrs. Lee, Dr. Tan and St. Paul met.'],
		['Jr. and vs.', 'John Smith Jr. argued Lee vs. Tan.'],
		['Art. and para.', 'Under Art. 5 and para. 3 of the treaty.'],
		['companies', 'Acme Corp. and Beta Inc. and Gamma Ltd. signed.'],
		['initials', 'The report by J. Smith and A. B. Jones was read.'],
		['decimals', 'Trade rose 8.4% to US$61.2 billion.'],
		['temperature', 'Warming held to 1.5°C above the levels.'],
		['currency', 'Trade reached nearly US$61 billion.'],
		['months', 'Signed on Jan. 29, 2026 in Hanoi.'],
		['comma inside quotes', 'To “rise to a new height,” both sides met.'],
		['a list marker', '12. Both sides will act.']
	])('%s', (_name, text) => {
		expect(split(text)).toEqual([text]);
	});
});

describe('splitSentences: spans', () => {
	it('returns absolute offsets inside the span only', () => {
		const text = 'Before. Inside one. Inside two. After.';
		const start = text.indexOf('Inside');
		const end = text.indexOf(' After');
		const spans = splitSentences(text, { start, end });
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Inside one.', 'Inside two.']);
		expect(spans[0]?.start).toBe(start);
	});

	it.each([
		['empty span', { start: 3, end: 3 }],
		['whitespace only', { start: 0, end: 3 }],
		['reversed span', { start: 5, end: 2 }],
		['out of bounds', { start: 100, end: 200 }]
	])('%s gives no sentence', (_name, span) => {
		expect(splitSentences('   abc. def', span)).toEqual([]);
	});

	it('clamps a span running past the text', () => {
		expect(splitSentences('Hi there. Bye.', { start: -4, end: 99 })).toEqual([
			{ start: 0, end: 9 },
			{ start: 10, end: 14 }
		]);
	});
});

describe('splitSentences on the seeds', () => {
	const statement = parseStructure(STATEMENT);
	const article = parseStructure(ARTICLE);
	const sentencesOf = (text: string, paragraphs: typeof statement.paragraphs) =>
		paragraphs.flatMap((p) => splitSentences(text, p).map((s) => text.slice(s.start, s.end)));

	it('counts the sentences of the 60 statement paragraphs and of the article', () => {
		expect(sentencesOf(STATEMENT, statement.paragraphs)).toHaveLength(108);
		// The article's two photo captions are no paragraphs.
		expect(sentencesOf(ARTICLE, article.paragraphs)).toHaveLength(50);
	});

	it.each([
		'Both sides reaffirm their interest in enhancing security cooperation.',
		'Both sides will explore and encourage all forms of safe and sustainable low-carbon energy.',
		'In the first ten months of 2025, two-way trade reached nearly US$61 billion, up 8.4% year-on-year.',
		'Vietnam Business Forum introduces the article by Deputy Minister of Foreign Affairs Le Thi Thu Hang entitled “Vietnam-Europe Cooperation in 2025: Rising to a New Height.”'
	])('keeps a seed sentence whole: %s', (sentence) => {
		const all = [
			...sentencesOf(STATEMENT, statement.paragraphs),
			...sentencesOf(ARTICLE, article.paragraphs)
		];
		expect(all).toContain(sentence);
	});

	it('never splits the 1.5°C sentence of paragraph 40', () => {
		const p40 = statement.paragraphs.find((p) => p.label === '40');
		const texts = p40
			? splitSentences(STATEMENT, p40).map((s) => STATEMENT.slice(s.start, s.end))
			: [];
		expect(texts).toHaveLength(2);
		expect(texts[1]).toMatch(/^Both sides will pursue efforts to limit .* to 1\.5°C above/);
	});

	it('ends a sentence at each blank line between continuation blocks (paragraph 20)', () => {
		const p20 = statement.paragraphs.find((p) => p.label === '20');
		const spans = p20 ? splitSentences(STATEMENT, p20) : [];
		const blockEnds = new Set(p20?.blocks.map((b) => b.end));
		expect(p20?.blocks).toHaveLength(6);
		expect(spans.filter((s) => blockEnds.has(s.end))).toHaveLength(6);
	});
});

describe('splitSentences: properties', () => {
	const alphabet = fc.constantFrom(
		...'aZ .!?…"”“()\n\r\t 0123456789UeSNo$%°;,'.split(''),
		'U.S.',
		'e.g.',
		'Mr.',
		'\n\n',
		'\r\n\r\n',
		'1.5'
	);
	const texts = fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''));

	it('gives trimmed, non-empty, ordered, non-overlapping sentences inside the span', () => {
		const check = () =>
			fc.assert(
				fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
					const start = Math.min(a, b) % (text.length + 1);
					const end = Math.max(start, Math.max(a, b) % (text.length + 1));
					let last = start;
					for (const s of splitSentences(text, { start, end })) {
						const body = text.slice(s.start, s.end);
						if (s.start < last || s.end > end || body.length === 0) return false;
						if (body.trim() !== body) return false;
						last = s.end;
					}
					return true;
				}),
				{ numRuns: 2000 }
			);
		expect(check).not.toThrow();
	});
});
