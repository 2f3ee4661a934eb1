import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from './fuzz.testing';
import { splitSentences } from './sentences';
import { STANDFIRST_CUES, lineNumberAt, parseStructure, type DocumentStructure } from './structure';
import type { Span } from './types';

const read = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
const STATEMENT = read('seeds/000_094e36a2e337436e.txt');
const ARTICLE = read('seeds/001_d8726251e0999ed0.txt');
const LAYOUTS = 'tests/fixtures/layouts';

/** A readable view of the structure: quotes instead of offsets, line ends as '\n' (for twins). */
function toView(text: string) {
	const s = parseStructure(text);
	const quote = (x: Span | null) =>
		x === null ? null : text.slice(x.start, x.end).replace(/\r\n?/g, '\n');
	return {
		title: s.title,
		titleBlock: quote(s.titleBlock),
		frontMatter: quote(s.frontMatter),
		chapters: s.chapters.map((c) => ({
			no: c.no,
			title: c.title,
			paragraphs: s.paragraphs
				.filter((p) => p.chapterNo === c.no)
				.map((p) => ({
					seq: p.seq,
					no: p.no,
					label: p.label,
					marker: p.marker,
					numbered: p.numbered,
					blocks: p.blocks.map(quote),
					sentences: splitSentences(text, p).map(quote)
				}))
		})),
		closing: quote(s.closing)
	};
}

/** Offsets, trimming and order that every structure must respect. */
function checkInvariants(text: string, s: DocumentStructure): string[] {
	const errors: string[] = [];
	const spanOk = (what: string, x: Span) => {
		const body = text.slice(x.start, x.end);
		if (x.start < 0 || x.end > text.length || x.start >= x.end) errors.push(`${what}: empty/out`);
		else if (body.trim() !== body) errors.push(`${what}: not trimmed`);
	};
	for (const [what, x] of [
		['titleBlock', s.titleBlock],
		['frontMatter', s.frontMatter],
		['closing', s.closing]
	] as const) {
		if (x !== null) spanOk(what, x);
	}
	s.chapters.forEach((c, i) => {
		spanOk(`chapter ${c.no}`, c);
		if (i > 0 && c.no !== (s.chapters[i - 1]?.no ?? -1) + 1) errors.push(`chapter ${c.no}: gap`);
		if (c.no > 0 && text.slice(c.titleStart, c.titleEnd).replace(/\*\*|__/g, '') !== c.title) {
			errors.push(`chapter ${c.no}: title is not its text`);
		}
	});
	let lastEnd = 0;
	s.paragraphs.forEach((p, i) => {
		spanOk(`paragraph ${p.seq}`, p);
		if (p.seq !== i + 1) errors.push(`paragraph ${p.seq}: seq`);
		if (p.start < lastEnd) errors.push(`paragraph ${p.seq}: overlaps`);
		if (!s.chapters.some((c) => c.no === p.chapterNo && c.start <= p.start && p.end <= c.end)) {
			errors.push(`paragraph ${p.seq}: outside its chapter`);
		}
		if (p.blocks[0]?.start !== p.start || p.blocks[p.blocks.length - 1]?.end !== p.end) {
			errors.push(`paragraph ${p.seq}: blocks do not cover it`);
		}
		p.blocks.forEach((b) => spanOk(`paragraph ${p.seq} block`, b));
		let sentenceEnd = p.start;
		for (const sentence of splitSentences(text, p)) {
			spanOk(`paragraph ${p.seq} sentence`, sentence);
			if (sentence.start < sentenceEnd || sentence.end > p.end) {
				errors.push(`paragraph ${p.seq}: sentence order`);
			}
			sentenceEnd = sentence.end;
		}
		lastEnd = p.end;
	});
	return errors;
}

describe('parseStructure on the layout fixtures (golden files)', () => {
	const names = readdirSync(LAYOUTS)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => f.slice(0, -'.txt'.length));

	it('has one golden file per layout, at least five layouts', () => {
		expect(names.length).toBeGreaterThanOrEqual(5);
		for (const name of names) expect(readdirSync(LAYOUTS)).toContain(`${name}.expected.json`);
	});

	it.each(names)('%s matches its golden file, with LF, CRLF and CR endings', (name) => {
		const text = read(`${LAYOUTS}/${name}.txt`).replace(/\r\n/g, '\n');
		const expected: unknown = JSON.parse(read(`${LAYOUTS}/${name}.expected.json`));
		for (const ending of ['\n', '\r\n', '\r']) {
			const twin = text.replace(/\n/g, ending);
			expect(toView(twin), JSON.stringify(ending)).toEqual(expected);
			expect(checkInvariants(twin, parseStructure(twin))).toEqual([]);
		}
	});
});

describe('parseStructure on an excerpt', () => {
	it('reads a text that starts at paragraph 24 (it found no paragraphs)', () => {
		const text = '24. Both sides will meet again.\n25. They agree.\n';
		const s = parseStructure(text);
		expect(s.paragraphs.map((p) => [p.no, p.numbered, text.slice(p.start, p.end)])).toEqual([
			[24, true, 'Both sides will meet again.'],
			[25, true, 'They agree.']
		]);
	});
});

describe('parseStructure on the Joint Statement', () => {
	const s = parseStructure(STATEMENT);
	const quote = (x: Span | null) => (x === null ? '' : STATEMENT.slice(x.start, x.end));

	it('reads the Council cover note as front matter', () => {
		const front = quote(s.frontMatter);
		expect(front).toMatch(/^Brussels, 29 January 2026/);
		for (const part of [
			'(OR. en)',
			'5819/26',
			'COASI 24',
			'PECHE 47',
			'**NOTE**',
			'To:\tDelegations'
		]) {
			expect(front).toContain(part);
		}
		expect(front).toMatch(/Subject:\tJoint Statement on upgrading .* Partnership$/);
	});

	it('reads the two headings before paragraph 1 as the title, not as a chapter', () => {
		expect(s.title).toBe(
			'JOINT STATEMENT — On upgrading relations between the Socialist Republic of Viet Nam and the European Union to a Comprehensive Strategic Partnership'
		);
		expect(quote(s.titleBlock)).toMatch(/^## \*\*JOINT STATEMENT\*\*\n\n### \*\*On upgrading/);
		expect(s.closing).toBeNull();
	});

	it('finds the preamble and the 12 chapters, in order, without markdown marks', () => {
		expect(s.chapters.map((c) => [c.no, c.title])).toEqual([
			[0, ''],
			[1, 'POLITICAL COOPERATION'],
			[2, 'STRENGTHENING ECONOMIC, TRADE AND INVESTMENT RELATIONS'],
			[3, 'STRENGTHENING COOPERATION ON PEACE, DEFENCE AND SECURITY'],
			[4, 'STRENGTHENING SCIENCE AND TECHNOLOGY COOPERATION AND PEOPLE-TO-PEOPLE CONNECTIONS'],
			[5, 'STRENGTHENING INCLUSIVE AND SUSTAINABLE DEVELOPMENT COOPERATION'],
			[
				6,
				'STRENGTHENING COOPERATION ON AGRICULTURE, BLUE ECONOMY, OCEAN CONSERVATION AND SUSTAINABLE USE'
			],
			[
				7,
				'STRENGTHENING ENVIRONMENTAL, SAFE AND SUSTAINABLE LOW-CARBON ENERGY TRANSITION AND CLIMATE COOPERATION'
			],
			[8, 'ENHANCING GOOD GOVERNANCE, RULE OF LAW, HUMAN RIGHTS AND JUDICIAL COOPERATION'],
			[9, 'STRENGTHENING DIGITAL, CONNECTIVITY AND SUSTAINABLE TRANSPORT COOPERATION'],
			[10, 'ENHANCING FINANCIAL AND LABOUR COOPERATION'],
			[11, 'STRENGTHENING HEALTHCARE COOPERATION'],
			[12, 'STRENGTHENING REGIONAL AND MULTILATERAL COOPERATION']
		]);
		expect(quote(s.chapters[1] ?? null)).toMatch(/^#### POLITICAL COOPERATION\n\n5\. Both/);
		const p7 = s.paragraphs.find((p) => p.label === '7');
		expect(s.chapters[1]?.end).toBe(p7?.end);
	});

	it('numbers the 60 paragraphs 1..60, with 1–4 in the preamble', () => {
		expect(s.paragraphs.map((p) => p.no)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
		expect(s.paragraphs.every((p) => p.numbered && p.label === String(p.no))).toBe(true);
		expect(s.paragraphs.filter((p) => p.chapterNo === 0).map((p) => p.no)).toEqual([1, 2, 3, 4]);
		expect(s.paragraphs.filter((p) => p.chapterNo === 3).map((p) => p.no)).toEqual([
			16, 17, 18, 19, 20
		]);
	});

	it.each([
		['9', 2, 'The EU recognises Viet Nam'],
		['10', 2, 'Both sides emphasise the importance of ILO standards'],
		['16', 2, 'Both sides will strengthen defence and security cooperation'],
		['20', 6, 'Both sides envisage cooperating on the prevention of sanctions'],
		['58', 2, 'Both sides will further enhance coordination'],
		['1', 1, 'The Socialist Republic of Viet Nam (Viet Nam)']
	])('paragraph %s owns %i block(s), the last starting "%s"', (label, count, lastStart) => {
		const p = s.paragraphs.find((x) => x.label === label);
		const last = p?.blocks[p.blocks.length - 1];
		expect(p?.blocks).toHaveLength(count);
		expect(last ? STATEMENT.slice(last.start, last.end) : '').toMatch(
			new RegExp(`^${lastStart.replace(/[()]/g, '\\$&')}`)
		);
	});

	it('starts paragraph content after the number and keeps the blank lines between blocks', () => {
		const p9 = s.paragraphs.find((p) => p.label === '9');
		expect(p9 ? STATEMENT.slice(p9.start - 3, p9.start) : '').toBe('9. ');
		expect(p9 ? STATEMENT.slice(p9.start, p9.end) : '').toMatch(/growth\.\n\nThe EU recognises/);
		expect(s.paragraphs.at(-1)?.end).toBe(STATEMENT.trimEnd().length);
	});

	it('follows an edited number in a copy of the text', () => {
		const edited = parseStructure(STATEMENT.replace(/^17\. /m, '71. '));
		expect(edited.paragraphs).toHaveLength(59);
		const chapter3 = edited.paragraphs.filter((p) => p.chapterNo === 3).map((p) => p.label);
		expect(chapter3).toEqual(['16', '18', '19', '20']);
	});

	it('gives line numbers of paragraphs', () => {
		const p5 = s.paragraphs.find((p) => p.label === '5');
		expect(p5 ? lineNumberAt(STATEMENT, p5.start) : 0).toBe(
			STATEMENT.split('\n').findIndex((l) => l.startsWith('5. ')) + 1
		);
	});

	it('keeps every offset trimmed, ordered and in bounds', () => {
		expect(checkInvariants(STATEMENT, s)).toEqual([]);
	});
});

describe('parseStructure on the article', () => {
	const s = parseStructure(ARTICLE);
	const quote = (x: Span | null) => (x === null ? '' : ARTICLE.slice(x.start, x.end));
	const paragraphTexts = s.paragraphs.map((p) => quote(p));

	it('reads the first line as the title and the dateline as front matter', () => {
		expect(s.title).toBe('Vietnam-Europe Cooperation: Rising to New Height');
		expect(quote(s.frontMatter)).toBe('12:51:42 PM | 2/20/2026');
	});

	it('reads the byline and source as the closing', () => {
		expect(quote(s.closing)).toBe('Duy Anh\n\nSource:\u00a0Vietnam Business Forum');
	});

	it('finds the short unpunctuated lines as chapter headings', () => {
		expect(s.chapters.map((c) => c.title)).toEqual([
			'',
			'Vietnam-Europe cooperation in 2025: rising to a new height',
			'Trade and investment continue to affirm their pillar role',
			'Science, technology, and innovation - A new direction',
			'Cultural exchange, tourism, and people-to-people diplomacy nurturing lasting friendship',
			'2026: toward a new stature in Vietnam-Europe relations',
			'Vietnam and EU elevate relations to a Comprehensive Strategic Partnership'
		]);
	});

	it('keeps the two photo captions apart, not as paragraphs', () => {
		const captions = s.captions.map((c) => ARTICLE.slice(c.start, c.end));
		expect(captions).toEqual([
			'State President Luong Cuong (R) receives President of the European Council Antonio Costa',
			'State President Luong Cuong at a working session with President of the European Council Antonio Costa during his official visit to Vietnam, January 28-29, 2026'
		]);
		for (const caption of captions) expect(paragraphTexts).not.toContain(caption);
	});

	it('numbers its unnumbered paragraphs sequentially', () => {
		expect(s.paragraphs).toHaveLength(22);
		expect(s.paragraphs.map((p) => p.no)).toEqual(s.paragraphs.map((p) => p.seq));
		expect(s.paragraphs.every((p) => !p.numbered && p.label === '')).toBe(true);
		expect(paragraphTexts[0]).toMatch(/^Vietnam identifies its European partners/);
		expect(paragraphTexts.at(-1)).toMatch(/^The two leaders agreed/);
	});

	it('keeps every offset trimmed, ordered and in bounds', () => {
		expect(checkInvariants(ARTICLE, s)).toEqual([]);
	});
});

describe('parseStructure: source lines and photo captions (hand-made)', () => {
	const captionsOf = (text: string) =>
		parseStructure(text).captions.map((c) => text.slice(c.start, c.end));
	const paragraphsOf = (text: string) =>
		parseStructure(text).paragraphs.map((p) => text.slice(p.start, p.end));

	it('reads a first "Source: <address>" line as metadata, not as text or front matter', () => {
		const text =
			'Source: https://example.org/statements/2024/joint-statement\n\nJoint Statement of A and B\n\nA and B met today. They agreed to cooperate.\n';
		const s = parseStructure(text);
		expect(s.source?.address).toBe('https://example.org/statements/2024/joint-statement');
		expect(s.frontMatter).toBeNull();
		expect(s.title).toBe('Joint Statement of A and B');
		expect(paragraphsOf(text)).toEqual(['A and B met today. They agreed to cooperate.']);
		// A closing "Source: Agency" is a byline, and a "Source:" line later is no metadata.
		expect(parseStructure('A met B. They talked.\n\nSource: News Agency\n').source).toBeNull();
	});

	it('reads a long line before the body as the title when it names the document', () => {
		const title =
			'Joint Statement from the Leaders of A and the Republic of B: Elevating Relations to a Comprehensive Strategic Partnership';
		const text = `Source: https://example.org/s\n\n${title}\n\nA and B met today. They agreed to cooperate.\n`;
		expect(parseStructure(text).title).toBe(title);
		// A long line that does not name the document is no title, nor is a long line in the body.
		const unnamed = text.replace('Joint Statement', 'Remarks');
		expect(parseStructure(unnamed).title).toBe('');
		const inBody = `A and B met today.\n\n${title}\n\nThey agreed to cooperate.\n`;
		expect(parseStructure(inBody).chapters.map((c) => c.title)).toEqual(['']);
	});

	it('takes a line after or before an image marker, without a full stop, as a caption', () => {
		const gap =
			'First paragraph ends here.\n\n\nThe minister (centre) at the opening\n\nSecond paragraph ends.\n';
		expect(captionsOf(gap)).toEqual(['The minister (centre) at the opening']);
		const image =
			'First paragraph ends here.\n\n![](pic.jpg)\nDelegates in front of the hall\n\nSecond paragraph ends.\n';
		expect(captionsOf(image)).toEqual(['Delegates in front of the hall']);
		expect(paragraphsOf(image)).toEqual(['First paragraph ends here.', 'Second paragraph ends.']);
		const removed =
			'First paragraph ends here.\n\n\nLeaders shake hands after the talks held at the presidential palace in the capital city\n\nSecond paragraph ends.\n';
		expect(captionsOf(removed)).toEqual([
			'Leaders shake hands after the talks held at the presidential palace in the capital city'
		]);
	});

	it('takes a photo credit or a closing date as a caption', () => {
		const credit = 'It rained.\n\nPhoto: News Agency\n\nIt stopped.\n';
		expect(captionsOf(credit)).toEqual(['Photo: News Agency']);
		const dated = 'It rained.\n\nThe minister visiting a wind farm, March 3, 2026\n\nIt stopped.\n';
		expect(captionsOf(dated)).toEqual(['The minister visiting a wind farm, March 3, 2026']);
	});

	it('leaves sentences, headings and unpunctuated lines that are none of these alone', () => {
		const text =
			'It rained.\n\n\nThe rain stopped at noon.\n\nTrade Keeps Growing\n\nTrade grew in 2025.\n\nThe two sides intend to keep working on the resources of the fund and other funds\n\nIt ended.\n';
		expect(captionsOf(text)).toEqual([]);
		expect(paragraphsOf(text)).toContain('The rain stopped at noon.');
	});
});

describe('the publisher’s introduction (standfirst)', () => {
	it.each(STANDFIRST_CUES.map((c) => [c.example, c] as const))(
		'reads “%s” as the publisher’s words',
		(example) => {
			const text = `A Title of the Piece\n\n${example}\n\nThe author writes here. And goes on.\n`;
			expect(parseStructure(text).paragraphs.map((p) => p.voice)).toEqual(['publisher', 'author']);
		}
	);

	it('gives the article’s introduction to the publisher and the rest to the author', () => {
		const s = parseStructure(ARTICLE);
		expect(s.paragraphs.map((p) => p.voice).filter((v) => v === 'publisher')).toHaveLength(1);
		expect(ARTICLE.slice(s.paragraphs[0]!.start, s.paragraphs[0]!.end)).toMatch(
			/Vietnam Business Forum introduces the article by Deputy Minister/
		);
		expect(s.paragraphs[0]?.voice).toBe('publisher');
		expect(parseStructure(STATEMENT).paragraphs.every((p) => p.voice === 'author')).toBe(true);
	});

	it('does not read an article that mentions an article later on as an introduction', () => {
		const text =
			'A Title of the Piece\n\nThe ministers met.\n\nThey agreed.\n\nThe newspaper introduces the article by the minister below.\n';
		expect(parseStructure(text).paragraphs.every((p) => p.voice === 'author')).toBe(true);
	});
});

describe('parseStructure: small layouts', () => {
	const labels = (text: string) =>
		parseStructure(text).paragraphs.map((p) => p.label || `#${p.seq}`);
	const titles = (text: string) => parseStructure(text).chapters.map((c) => c.title);

	it.each([
		['"12 " numbering', '1 First one.\n2 Second one.', ['1', '2']],
		['")" numbering', '1) First one.\n2) Second one.', ['1', '2']],
		['a year at a line start is no number', '1. We will act on the\n2030 Agenda now.', ['1']],
		['a 4-digit year after a blank line is text', '1. We act.\n\n2030 Agenda goals stay.', ['1']],
		['"1.5°C" at a line start is no number', '1. Limit warming to\n1.5°C above levels.', ['1']],
		[
			'a number out of sequence is text',
			'1. First.\n\n7 Member States agree.\n\n2. Second.',
			['1', '2']
		],
		[
			'a restart needs a heading',
			'1. First.\n2. Second:\n\n1. Sub item.\n\n3. Third.',
			['1', '2', '3']
		],
		['a restart after a heading', '1. First.\n\nPART TWO\n\n1. Again.', ['1', '1']],
		[
			'a confirmed jump (skipped number)',
			'1. First.\n2. Second.\n4. Fourth.\n5. Fifth.',
			['1', '2', '4', '5']
		],
		[
			'an unconfirmed jump stays text',
			'1. First.\n2. Second.\n4 Fourth.\n\n3. Third.',
			['1', '2', '3']
		],
		['lowercase after the number is text', '1. First.\n\n2 percent of trade.', ['1']],
		['a quote after the number', '1. First.\n2. "Both sides" means us.', ['1', '2']],
		['unnumbered prose', 'One block.\n\nTwo block.', ['#1', '#2']],
		[
			'bullets under a chapeau',
			'WE DECLARE:\n\n- One;\n• Two;\n(a) Three;\nb) Four.',
			['#1', '#2', '#3', '#4', '#5']
		]
	])('%s', (_name, text, expected) => {
		expect(labels(text)).toEqual(expected);
	});

	it.each([
		['markdown', '# Report\n\nIntro text.\n\n## Trade\n\nTrade grew.', ['', 'Trade']],
		['ALL CAPS', 'JOINT STATEMENT\n\n1. One.\n\nTRADE\n\n2. Two.', ['', 'TRADE']],
		[
			'lettered caps',
			'DECLARATION\n\nA. POLITICS\n\n1. One.\n\nB. TRADE\n\n1. Two.',
			['A. POLITICS', 'B. TRADE']
		],
		[
			'lettered sentence case',
			'Text one.\n\nB. Trade and investment\n\nText two.',
			['', 'B. Trade and investment']
		],
		[
			'Title Case line',
			'Opening text.\n\nA New Chapter Begins\n\nMore text here.',
			['', 'A New Chapter Begins']
		],
		[
			'a caps heading right before paragraph 1 is chapter 1',
			'POLITICS\n\n1. One.\n\nTRADE\n\n2. Two.',
			['POLITICS', 'TRADE']
		],
		[
			'emphasis removed',
			'1. One.\n\n## **Trade and __markets__**\n\n2. Two.',
			['', 'Trade and markets']
		],
		['closing hashes removed', 'Text.\n\n## Trade ##\n\nMore.', ['', 'Trade']],
		['a hash inside the title stays', 'Text.\n\n## Learning C#\n\nMore.', ['', 'Learning C#']]
	])('headings: %s', (_name, text, expected) => {
		expect(titles(text)).toEqual(expected);
	});

	it.each([
		[
			'a long caption',
			'Text one.\n\nThe minister (L) talks with the ambassador at the ministry today\n\nText two.'
		],
		[
			'a caption over 11 words',
			'Text one.\n\nThe Prime Minister receives the visiting delegation from the European Parliament in Hanoi\n\nText two.'
		],
		['a dateline', 'Text one.\n\nHanoi, 29 January 2026\n\nText two.'],
		[
			'a short line before another short line',
			'Text one.\n\nFor the Union\nFor the Republic\n\nText two.'
		],
		['a line ending in a colon', 'Text one.\n\nThe parties declare:\n\nText two.']
	])('not a heading: %s', (_name, text) => {
		expect(titles(text)).toEqual(['']);
	});

	it.each([
		['###', 'Text.\n\n###', '###'],
		['* * *', 'Text.\n\n* * *', '* * *'],
		[
			'a byline and source',
			'Text.\n\nJane Doe\n\nSource: Some Agency',
			'Jane Doe\n\nSource: Some Agency'
		],
		[
			'signature lines',
			'Text.\n\nDone at Hanoi, 29 January 2026\n\nFor the Union\nFor the Republic',
			'Done at Hanoi, 29 January 2026\n\nFor the Union\nFor the Republic'
		],
		['a final sentence is no closing', 'Text.\n\nDone at Hanoi on 29 January 2026.', null]
	])('closing: %s', (_name, text, expected) => {
		const s = parseStructure(text);
		expect(s.closing === null ? null : text.slice(s.closing.start, s.closing.end)).toBe(expected);
	});

	it.each([
		['empty text', ''],
		['blank lines', '\n\r\n  \n'],
		['headings only', '# Title\n\n## Part'],
		['a rule only', '---'],
		['front matter only', 'Brussels, 1 May 2026\n\n5819/26']
	])('no paragraphs: %s', (_name, text) => {
		expect(parseStructure(text).paragraphs).toEqual([]);
	});

	it('reads a title even when there are no paragraphs', () => {
		const s = parseStructure('Brussels, 1 May 2026\n\n# Joint Statement\n\n5819/26');
		expect(s.title).toBe('Joint Statement');
		expect(s.frontMatter).toEqual({ start: 0, end: 20 });
	});
});

describe('parseStructure: properties', () => {
	const fragments = pieces(
		'1. |2. |12 |# |## **|**|- |• |(a) |A. |---|###|* * *|Both sides will act.|TRADE|Trade Grows|Joint Statement|Source: X|U.S. |1.5°C|2030|“|”|\n|\n\n|\r\n|\r\n\r\n| |\t|.|a|Z'
	);
	const structured = fc.array(fragments, { maxLength: 60 }).map((p) => p.join(''));

	it('never throws, and keeps every span in bounds, non-empty, trimmed and ordered', () => {
		const run = () =>
			fc.assert(
				fc.property(
					fc.oneof(
						structured,
						fc.string({ maxLength: 200 }),
						fc.string({ unit: 'binary', maxLength: 200 })
					),
					(text) => {
						const errors = checkInvariants(text, parseStructure(text));
						if (errors.length > 0) throw new Error(`${JSON.stringify(text)}: ${errors.join('; ')}`);
					}
				),
				{ numRuns: 3000 }
			);
		expect(run).not.toThrow();
	});
});
