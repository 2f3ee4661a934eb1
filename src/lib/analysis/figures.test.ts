import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnyString, checkInsideDocument, pieces } from './fuzz.testing';
import { extractFigures } from './figures';
import type { Figure, SentenceInput } from './types';

const readSeed = (name: string): string =>
	readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8').replace(
		/^\uFEFF/,
		''
	);

const STATEMENT = readSeed('000_094e36a2e337436e');
const ARTICLE = readSeed('001_d8726251e0999ed0');

/** Test-only sentence spans: one per line, cut after . ! ? when a capital or digit follows. */
function sentences(doc: string): SentenceInput[] {
	const spans: SentenceInput[] = [];
	for (const line of doc.matchAll(/[^\n]+/g)) {
		let from = line.index;
		const cut = /[.!?]["”’)]?(?=\s+["“(]?[\p{Lu}\d])/gu;
		for (const m of line[0].matchAll(cut)) {
			const to = line.index + m.index + m[0].length;
			spans.push({ docText: doc, start: from, end: to });
			from = to;
		}
		spans.push({ docText: doc, start: from, end: line.index + line[0].length });
	}
	return spans;
}

const figuresOf = (doc: string): Figure[] => sentences(doc).flatMap((s) => extractFigures(s));

/** The figures of the one sentence that holds `snippet`. */
function figuresIn(doc: string, snippet: string): Figure[] {
	const at = doc.indexOf(snippet);
	expect(at, `snippet not in the text: ${snippet}`).toBeGreaterThanOrEqual(0);
	const sentence = sentences(doc).find((s) => s.start <= at && at < s.end);
	if (!sentence) throw new Error(`no sentence holds ${snippet}`);
	return extractFigures(sentence);
}

/** Figures of a hand-made sentence standing alone. */
const figuresOfText = (text: string): Figure[] =>
	extractFigures({ docText: text, start: 0, end: text.length });

type Expected = Pick<
	Figure,
	'kind' | 'value' | 'unit' | 'qualifier' | 'label' | 'period' | 'quote'
>;

const pick = (f: Figure): Expected => ({
	kind: f.kind,
	value: f.value,
	unit: f.unit,
	qualifier: f.qualifier,
	label: f.label,
	period: f.period,
	quote: f.quote
});

const ARTICLE_FIGURES: Expected[] = [
	{
		kind: 'percent',
		value: 1.4,
		unit: '%',
		qualifier: '',
		label: 'EU growth',
		period: '',
		quote: '1.4%'
	},
	{
		kind: 'percent',
		value: 100,
		unit: '%',
		qualifier: 'nearly',
		label: 'delegation exchanges, change',
		period: 'compared with 2024',
		quote: 'nearly doubling compared with 2024'
	},
	{
		kind: 'count',
		value: 12,
		unit: 'count',
		qualifier: '',
		label: 'high-level European delegations',
		period: '',
		quote: '12 high-level European delegations'
	},
	{
		kind: 'count',
		value: 5,
		unit: 'count',
		qualifier: '',
		label: 'partner countries (Speakers of parliament)',
		period: '',
		quote: 'five partner countries'
	},
	{
		kind: 'count',
		value: 7,
		unit: 'count',
		qualifier: '',
		label: 'visits to Europe',
		period: '',
		quote: 'seven visits to Europe'
	},
	{
		kind: 'anniversary',
		value: 80,
		unit: 'year',
		qualifier: '',
		label: 'anniversary of the victory over fascism',
		period: '',
		quote: '80th anniversary of the victory over fascism'
	},
	{
		kind: 'count',
		value: 9,
		unit: 'count',
		qualifier: '',
		label: 'countries (relations upgraded)',
		period: '',
		quote: 'nine countries'
	},
	{
		kind: 'count',
		value: 5,
		unit: 'count',
		qualifier: '',
		label: 'European political parties',
		period: '',
		quote: 'five European political parties'
	},
	{
		kind: 'duration',
		value: 5,
		unit: 'year',
		qualifier: '',
		label: 'EVFTA implementation',
		period: '',
		quote: 'five years of implementation'
	},
	{
		kind: 'rank',
		value: 1,
		unit: 'rank',
		qualifier: '',
		label: 'EU’s goods trading partners in ASEAN (Vietnam)',
		period: '',
		quote: 'largest goods trading partner in ASEAN'
	},
	{
		kind: 'rank',
		value: 4,
		unit: 'rank',
		qualifier: '',
		label: 'Vietnam’s trading partners (EU)',
		period: '',
		quote: 'fourth-largest trading partner'
	},
	{
		kind: 'money',
		value: 61e9,
		unit: 'USD',
		qualifier: 'nearly',
		label: 'two-way trade',
		period: 'first ten months of 2025',
		quote: 'nearly US$61 billion'
	},
	{
		kind: 'percent',
		value: 8.4,
		unit: '%',
		qualifier: '',
		label: 'two-way trade, change year-on-year',
		period: 'first ten months of 2025',
		quote: 'up 8.4% year-on-year'
	},
	{
		kind: 'anniversary',
		value: 75,
		unit: 'year',
		qualifier: '',
		label:
			'anniversary of diplomatic relations between Vietnam and the Russian Federation and between Vietnam and Central and Eastern European countries',
		period: '2025',
		quote:
			'75th anniversary of diplomatic relations between Vietnam and the Russian Federation and between Vietnam and Central and Eastern European countries'
	},
	{
		kind: 'anniversary',
		value: 50,
		unit: 'year',
		qualifier: '',
		label: 'anniversary of Vietnam-Germany relations',
		period: '2025',
		quote: '50th anniversary of Vietnam-Germany relations'
	},
	{
		kind: 'anniversary',
		value: 35,
		unit: 'year',
		qualifier: '',
		label: 'anniversary of Vietnam-EU relations',
		period: '2025',
		quote: '35th anniversary of Vietnam-EU relations'
	},
	{
		kind: 'anniversary',
		value: 75,
		unit: 'year',
		qualifier: '',
		label: 'anniversary of Vietnam-Central and Eastern Europe Relations',
		period: 'June 2025',
		quote: '75 Years of Vietnam-Central and Eastern Europe Relations'
	},
	{
		kind: 'anniversary',
		value: 50,
		unit: 'year',
		qualifier: '',
		label: 'anniversary of Vietnam-Germany Relations',
		period: 'December 2025',
		quote: '50 Years of Vietnam-Germany Relations'
	},
	{
		kind: 'count',
		value: 20e6,
		unit: 'count',
		qualifier: 'over',
		label: 'visitors',
		period: '2025',
		quote: 'over 20 million visitors'
	},
	{
		kind: 'duration',
		value: 35,
		unit: 'year',
		qualifier: '',
		label: 'diplomatic relations',
		period: '',
		quote: '35 years of diplomatic relations'
	}
];

const STATEMENT_FIGURES: Expected[] = [
	{
		kind: 'duration',
		value: 35,
		unit: 'year',
		qualifier: '',
		label: 'bilateral relations',
		period: '',
		quote: 'past 35 years'
	},
	{
		kind: 'temperature',
		value: 1.5,
		unit: '°C',
		qualifier: '',
		label: 'limit on the increase in the global average temperature',
		period: '',
		quote: '1.5°C'
	}
];

describe('extractFigures on the seed texts', () => {
	it.each(ARTICLE_FIGURES.map((f) => [f.quote, f] as const))('article: %s', (quote, expected) => {
		const found = figuresIn(ARTICLE, quote).find((f) => f.quote === quote);
		expect(found && pick(found)).toEqual(expected);
	});

	it.each(STATEMENT_FIGURES.map((f) => [f.quote, f] as const))(
		'statement: %s',
		(quote, expected) => {
			const found = figuresIn(STATEMENT, quote).find((f) => f.quote === quote);
			expect(found && pick(found)).toEqual(expected);
		}
	);

	it('finds exactly these figures in the article, in text order, and nothing else', () => {
		expect(figuresOf(ARTICLE).map(pick)).toEqual(ARTICLE_FIGURES);
	});

	it('finds exactly these figures in the joint statement (years, codes, dates are skipped)', () => {
		expect(figuresOf(STATEMENT).map(pick)).toEqual(STATEMENT_FIGURES);
	});

	it.each([
		['article', ARTICLE],
		['statement', STATEMENT]
	])('every %s figure quotes the document exactly at its offsets', (_name, doc) => {
		const figures = figuresOf(doc);
		expect(figures.length).toBeGreaterThan(0);
		for (const f of figures) expect(doc.slice(f.start, f.end)).toBe(f.quote);
	});

	it('follows the numbers when the text changes (no seed number is hard-coded)', () => {
		const edited = ARTICLE.replace('US$61 billion', 'US$62 billion').replace(
			'seven visits',
			'eight visits'
		);
		const figures = figuresOf(edited);
		const money = figures.find((f) => f.kind === 'money');
		const visits = figures.find((f) => f.label === 'visits to Europe');
		expect(money?.value).toBe(62e9);
		expect(money?.quote).toBe('nearly US$62 billion');
		expect(visits?.value).toBe(8);
		expect(visits?.quote).toBe('eight visits to Europe');
	});

	it('reads the same figures from a CRLF copy, with offsets into that copy', () => {
		const crlf = ARTICLE.replace(/\n/g, '\r\n');
		const figures = figuresOf(crlf);
		expect(figures.map((f) => [f.kind, f.value, f.label, f.period])).toEqual(
			ARTICLE_FIGURES.map((f) => [f.kind, f.value, f.label, f.period])
		);
		for (const f of figures) expect(crlf.slice(f.start, f.end)).toBe(f.quote);
	});

	it('reads the same figures from a CR-only copy (old Mac line ends)', () => {
		const cr = ARTICLE.replace(/\n/g, '\r');
		const figures = extractFigures({ docText: cr, start: 0, end: cr.length });
		const lf = extractFigures({ docText: ARTICLE, start: 0, end: ARTICLE.length });
		expect(figures.map((f) => [f.kind, f.value, f.start, f.end])).toEqual(
			lf.map((f) => [f.kind, f.value, f.start, f.end])
		);
	});

	it('takes no period from outside its sentence: the pipeline fills it from context', () => {
		const [growth] = figuresIn(ARTICLE, 'EU growth reaching');
		expect(growth?.period).toBe('');
	});
});

describe('extractFigures on hand-made sentences', () => {
	it.each<[string, Partial<Expected>[]]>([
		[
			'Exports rose 12% to EUR 3.5 bn in 2024.',
			[
				{ kind: 'percent', value: 12, label: 'Exports, change', period: '2024', quote: '12%' },
				{ kind: 'money', value: 3.5e9, unit: 'EUR', label: 'Exports', period: '2024' }
			]
		],
		[
			'The university hosted some 300 students.',
			[
				{
					kind: 'count',
					value: 300,
					qualifier: 'some',
					label: 'students',
					quote: 'some 300 students'
				}
			]
		],
		['Two thousand students arrived.', [{ kind: 'count', value: 2000, label: 'students' }]],
		[
			'The EU provided EUR 1.2 million for flood relief.',
			[
				{
					kind: 'money',
					value: 1.2e6,
					unit: 'EUR',
					label: 'flood relief',
					quote: 'EUR 1.2 million'
				}
			]
		],
		[
			'Investment totalled €3.5bn in 2023.',
			[
				{
					kind: 'money',
					value: 3.5e9,
					unit: 'EUR',
					label: 'Investment',
					period: '2023',
					quote: '€3.5bn'
				}
			]
		],
		[
			'The fund stood at $5 million.',
			[{ kind: 'money', value: 5e6, unit: 'USD', label: 'fund', quote: '$5 million' }]
		],
		[
			'A budget of USD 20 million was approved.',
			[{ kind: 'money', value: 20e6, unit: 'USD', label: 'budget', quote: 'USD 20 million' }]
		],
		[
			'Grants reached 1.5 million euros.',
			[{ kind: 'money', value: 1.5e6, unit: 'EUR', label: 'Grants', quote: '1.5 million euros' }]
		],
		[
			'Women make up more than 40% of the workforce.',
			[{ kind: 'percent', value: 40, qualifier: 'more than', label: 'share of the workforce' }]
		],
		[
			'Sales fell by 3.5 per cent in the first quarter of 2024.',
			[
				{
					kind: 'percent',
					value: 3.5,
					label: 'Sales, change',
					period: 'first quarter of 2024',
					quote: '3.5 per cent'
				}
			]
		],
		[
			'Germany is the EU’s second-largest export market.',
			[{ kind: 'rank', value: 2, label: 'EU’s export markets (Germany)' }]
		],
		[
			'The agreement marks 30 years of diplomatic relations.',
			[{ kind: 'anniversary', value: 30, label: 'anniversary of diplomatic relations' }]
		],
		[
			// "and" before a gerund opens a second predicate: it is no part of the anniversary.
			'On the cusp of 75 years of diplomatic relations and recognizing their shared values, they met.',
			[{ kind: 'anniversary', value: 75, quote: '75 years of diplomatic relations' }]
		],
		[
			'They celebrated the twenty-fifth anniversary of the treaty.',
			[{ kind: 'anniversary', value: 25, label: 'anniversary of the treaty' }]
		],
		[
			'Cooperation lasted for two decades.',
			[{ kind: 'duration', value: 20, unit: 'year', quote: 'two decades' }]
		],
		[
			'The project will run for 18 months.',
			[{ kind: 'duration', value: 18, unit: 'month', quote: '18 months' }]
		],
		[
			'They agreed to hold warming to 2 degrees Celsius.',
			[{ kind: 'temperature', value: 2, unit: '°C', label: 'limit on warming' }]
		],
		[
			'Imports have more than doubled.',
			[{ kind: 'percent', value: 100, qualifier: 'more than', label: 'Imports, change' }]
		],
		[
			'The city welcomed 1,250,000 tourists and 35 cruise ships.',
			[
				{ kind: 'count', value: 1250000, label: 'tourists' },
				{ kind: 'count', value: 35, label: 'cruise ships' }
			]
		],
		[
			'Three million people live there.',
			[{ kind: 'count', value: 3e6, label: 'people', quote: 'Three million people' }]
		],
		[
			'The EU signed agreements with twenty-seven partners.',
			[{ kind: 'count', value: 27, label: 'partners (agreements signed)' }]
		]
	])('%s', (sentence, expected) => {
		const found = figuresOfText(sentence);
		expect(found).toHaveLength(expected.length);
		expected.forEach((e, k) => expect(found[k]).toMatchObject(e));
	});

	it.each([
		'nearly',
		'almost',
		'over',
		'more than',
		'about',
		'around',
		'approximately',
		'some',
		'at least',
		'up to',
		'close to',
		'under',
		'less than'
	])('keeps the hedge "%s" as the qualifier', (hedge) => {
		const [figure] = figuresOfText(`The programme trained ${hedge} 40 teachers.`);
		expect(figure).toMatchObject({ qualifier: hedge, value: 40, quote: `${hedge} 40 teachers` });
	});

	it('keeps the hedge in lower case whatever the text’s case', () => {
		const [figure] = figuresOfText('Nearly 40 teachers came.');
		expect(figure?.qualifier).toBe('nearly');
		expect(figure?.quote).toBe('Nearly 40 teachers');
	});

	it('reads every scale word', () => {
		const values = ['thousand', 'million', 'billion', 'trillion'].map(
			(scale) => figuresOfText(`Trade reached US$2 ${scale}.`)[0]?.value
		);
		expect(values).toEqual([2e3, 2e6, 2e9, 2e12]);
	});

	it('reads "bn" and "m" only with a currency', () => {
		expect(figuresOfText('Trade reached US$4 m.')[0]?.value).toBe(4e6);
		expect(figuresOfText('The wall is 4 m high.')).toEqual([]);
	});

	it.each([
		// years and dates
		'In 2025, Europe continued to grow.',
		'Both sides reaffirm that 1982 UNCLOS sets out the legal framework.',
		'Both sides will implement the 2030 Agenda for Sustainable Development.',
		'This document is approved in Hanoi on 29 January 2026.',
		'He visited Vietnam on January 28-29, 2026.',
		'On January 29, 2026, the leaders held talks.',
		// times and codes
		'12:51:42 PM | 2/20/2026',
		'5819/26',
		'COASI 24',
		'Cooperation may include exchanges on 5G and satellite connectivity.',
		'Initiatives such as ESIWA+ and CRIMARIO II continue.',
		'See Article 5 of the agreement.',
		// ordinals inside names, and ordinals that count nothing
		'The revised 8th Power Development Plan will help.',
		'It is the first year of the 14th National Party Congress term.',
		'It was the first official visit by a Vietnamese leader to Estonia.',
		'Vietnam Day was held for the first time at Red Square.',
		'First, sustained delegation exchanges were needed.',
		// "one", anaphoric and vague numbers
		'The Socialist Republic of Viet Nam, on the one part, and the EU, on the other part.',
		'The two sides will strengthen cooperation.',
		'It attracted record attendance of millions of visitors.',
		'A third of the budget went to training.',
		'No one is left behind.'
	])('reports nothing in: %s', (sentence) => {
		expect(figuresOfText(sentence)).toEqual([]);
	});

	it('reads no figure from a number too large to hold (a 400-digit amount is Infinity)', () => {
		const huge = '9'.repeat(400);
		expect(figuresOfText(`Trade reached US$${huge} billion in 2025.`)).toEqual([]);
		expect(figuresOfText(`Some ${huge} visitors came, and 12 visits were paid.`)).toEqual([
			expect.objectContaining({ value: 12 })
		]);
	});

	it('skips a paragraph number at the start of its line', () => {
		expect(figuresOfText('Intro.\r12 Both sides will aim to mobilise investments.')).toEqual([]);
		expect(figuresOfText('12 Both sides will aim to mobilise investments.')).toEqual([]);
		expect(figuresOfText('12. Both sides will aim to mobilise investments.')).toEqual([]);
	});

	it('gives absolute offsets for a sentence inside a longer text', () => {
		const doc = 'Intro line.\r\nTrade reached nearly US$61 billion in 2025.';
		const start = doc.indexOf('Trade');
		const [figure] = extractFigures({ docText: doc, start, end: doc.length });
		expect(figure).toMatchObject({ quote: 'nearly US$61 billion', start: doc.indexOf('nearly') });
		expect(doc.slice(figure?.start, figure?.end)).toBe(figure?.quote);
	});

	it('reads only inside its sentence span', () => {
		const doc = 'Trade reached US$61 billion. Seven visits were paid.';
		const end = doc.indexOf(' Seven');
		expect(extractFigures({ docText: doc, start: 0, end }).map((f) => f.value)).toEqual([61e9]);
	});
});

describe('extractFigures properties', () => {
	const vocabulary = pieces(
		'nearly|over|up|to|US$|$|€|EUR|61|1.5|2025|seven|thirty-five|35th|fourth-largest|largest|billion|million|%|°C|years|of|anniversary|relations|the|EU’s|partner|visits|in|first|months|,|.|;|(|)|\n|\r\n|reached|rose|doubling|compared|with|year-on-year|-|/|:|“|”'
	);
	const sentenceLike = fc
		.array(vocabulary, { maxLength: 40 })
		.chain((words) =>
			fc
				.array(fc.constantFrom(' ', '', '  '), { minLength: words.length, maxLength: words.length })
				.map((gaps) => words.map((w, k) => `${w}${gaps[k] ?? ' '}`).join(''))
		);

	/** Every figure quotes its offsets exactly, lies in the span, has a finite value, in order. */
	const checkSpan = (doc: string, start: number, end: number): void => {
		const figures = extractFigures({ docText: doc, start, end });
		const problems = figures.flatMap((f, k) => {
			const found: string[] = [];
			if (doc.slice(f.start, f.end) !== f.quote) found.push(`quote ${k} does not slice`);
			if (f.start < start || f.end > end) found.push(`figure ${k} leaves the span`);
			if (!Number.isFinite(f.value)) found.push(`value ${k} is not finite`);
			if (k > 0 && f.start < (figures[k - 1]?.start ?? 0)) found.push(`figure ${k} out of order`);
			return found;
		});
		expect(problems).toEqual([]);
	};

	it('never throws on any string, and every quote slices exactly', () => {
		checkAnyString(checkSpan);
	});

	it('never throws on figure-like word salad, and every quote slices exactly', () => {
		checkInsideDocument(
			checkSpan,
			{ before: sentenceLike, text: sentenceLike, after: sentenceLike },
			{ numRuns: 500 }
		);
	});

	it('never throws on any span of the seed texts', () => {
		fc.assert(
			fc.property(fc.nat(ARTICLE.length), fc.nat(400), (start, length) => {
				checkSpan(ARTICLE, start, Math.min(ARTICLE.length, start + length));
			})
		);
	});
});
