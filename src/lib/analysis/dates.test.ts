import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from './fuzz.testing';
import { itEachRow } from './rows.testing';
import { bracketed, whole } from './spans.testing';
import {
	addressDate,
	extractDates,
	firstDayDate,
	formatDate,
	parseCount,
	type ExtractedDate
} from './dates';
import type { SentenceInput } from './types';

const STATEMENT = readFileSync('seeds/000_094e36a2e337436e.txt', 'utf8');
const ARTICLE = readFileSync('seeds/001_d8726251e0999ed0.txt', 'utf8');

/** The sentence `words` where it stands in `docText` (first occurrence). */
function at(docText: string, words: string): SentenceInput {
	const start = docText.indexOf(words);
	if (start < 0) throw new Error(`not in the text: ${words}`);
	return { docText, start, end: start + words.length };
}

/** The fields a reader checks, in text order: '<quote> = <date> <precision> <relation>; …'. */
const brief = (dates: ExtractedDate[]) =>
	dates.map((d) => `${d.quote} = ${d.date} ${d.precision} ${d.relation}`).join('; ');

describe('extractDates on hand-made sentences', () => {
	/** Each case one line: '<text> → <what brief() prints of its dates>'. */
	const cases: Record<number, string[]> = {
		2026: [
			'Brussels, 29 January 2026 → 29 January 2026 = 2026-01-29 day absolute',
			'On January 29, 2026, they met. → January 29, 2026 = 2026-01-29 day absolute',
			'the 3rd of nothing, March 3rd, 2024 → March 3rd, 2024 = 2024-03-03 day absolute',
			'a concert (October 2025) and more → October 2025 = 2025-10 month absolute',
			'held in November 2025. → November 2025 = 2025-11 month absolute',
			'Sept. 2024 and Dec 2023 → Sept. 2024 = 2024-09 month absolute; Dec 2023 = 2023-12 month absolute',
			'In 2025, Europe continued → 2025 = 2025 year absolute',
			'The year 2025 featured → 2025 = 2025 year absolute',
			'2026: toward a new stature → 2026 = 2026 year absolute',
			'stopping deforestation by 2030. → by 2030 = 2030 year deadline',
			'net zero by 2050 and no later than 2060 → by 2050 = 2050 year deadline; no later than 2060 = 2060 year deadline',
			'by the end of 2027 → by the end of 2027 = 2027 year deadline',
			'over the past 35 years → over the past 35 years = 1991 year derived',
			'the 35th anniversary of X in 2025 → 35th anniversary = 1990 year derived; 2025 = 2025 year absolute',
			'The year 2024 marked the fiftieth anniversary → 2024 = 2024 year absolute; fiftieth anniversary = 1974 year derived',
			'the 1982 UN Convention (1982 UNCLOS) → 1982 = 1982 year absolute; 1982 = 1982 year absolute',
			'the 2002 Declaration → 2002 = 2002 year absolute',
			'12:51:42 PM | 2/20/2026 → 2/20/2026 = 2026-02-20 day absolute',
			'25/12/2024 in European order → 25/12/2024 = 2024-12-25 day absolute',
			'31 February 2026 is no day → February 2026 = 2026-02 month absolute',
			'Both sides may 2026 consider → 2026 = 2026 year absolute'
		],
		2020: ['in the last twenty-five years → in the last twenty-five years = 1995 year derived'],
		2025: [
			'its thirty-fifth anniversary → thirty-fifth anniversary = 1990 year derived',
			'After five years of implementation, it works. → After five years = 2020 year derived'
		]
	};
	describe.each(Object.entries(cases))('in a document of %s', (year, rows) => {
		itEachRow(rows, (text, expected) => {
			expect(brief(extractDates(whole(text), { docYear: Number(year) }))).toBe(expected);
		});
	});

	const notDates = [
		'5819/26',
		'12:51:42 PM',
		'COMPET 125 and 3000 units',
		'in 1850 and 2150',
		'US$2025 million',
		'2,025 visitors and 2025.5',
		'2030 tonnes of rice',
		'over the past years',
		'after five years',
		'anniversary celebrations'
	];
	it.each(notDates)('no date in %j', (text) => {
		expect(extractDates(whole(text), { docYear: 2026 })).toEqual([]);
	});

	it('keeps the end of a day range', () => {
		const [d28] = extractDates(whole('28–29 January 2026'), { docYear: 2026 });
		const [jan] = extractDates(whole('January 28-29, 2026'), { docYear: 2026 });
		expect([d28?.date, d28?.rangeEnd, jan?.date, jan?.rangeEnd]).toEqual([
			'2026-01-28',
			'2026-01-29',
			'2026-01-28',
			'2026-01-29'
		]);
	});

	it('tells how a derived date was counted', () => {
		const [d] = extractDates(whole('the 35th anniversary of X in 2025'), { docYear: 2026 });
		expect(d?.derivation).toEqual({
			basis: 'anniversary',
			years: 35,
			words: '35th',
			anchorYear: 2025
		});
	});
});

describe('anchor year of derived dates', () => {
	// Each case one line: '<text, the sentence read in brackets> → <its dates>', in a document of 2026.
	itEachRow(
		[
			'In 2025, much happened. [The 80th anniversary of the victory was marked.] → 1945',
			'Exchanges doubled compared with 2024. [The 80th anniversary was marked.] → 1946',
			'[After five years of implementation, X grew.] In the first ten months of 2025, Y. → 2020',
			'In 2025, a.\r\n[The 10th anniversary of B.] → 2016',
			'[Over the past 10 years we grew.] In 2019 we changed. → 2016'
		],
		(text, expected) => {
			const found = extractDates(bracketed(text), { docYear: 2026 });
			expect(found.map((d) => d.date).join(', ')).toBe(expected);
		}
	);

	it('needs a year when the document year is unknown', () => {
		expect(extractDates(whole('over the past 35 years'), { docYear: 0 })).toEqual([]);
		expect(brief(extractDates(whole('In 2025, the 35th anniversary'), { docYear: 0 }))).toBe(
			'2025 = 2025 year absolute; 35th anniversary = 1990 year derived'
		);
	});
});

describe('extractDates on the seed texts', () => {
	const lines = (docText: string): SentenceInput[] => {
		const spans: SentenceInput[] = [];
		let start = 0;
		for (const line of docText.split('\n')) {
			spans.push({ docText, start, end: start + line.length });
			start += line.length + 1;
		}
		return spans;
	};
	const all = (docText: string, docYear: number) =>
		lines(docText).flatMap((s) => extractDates(s, { docYear }).map((d) => `${d.quote}→${d.date}`));

	it('reads every date of the Joint Statement, and nothing else', () => {
		expect(all(STATEMENT, 2026)).toEqual([
			'29 January 2026→2026-01-29',
			'over the past 35 years→1991',
			'1982→1982',
			'1982→1982',
			'1982→1982',
			'2002→2002',
			'1982→1982',
			'2030→2030',
			'by 2030→2030',
			'2023→2023',
			'by 2050→2050',
			'by 2050→2050',
			'1993→1993',
			'2045→2045',
			'29 January 2026→2026-01-29'
		]);
	});

	/** The sentence from `opening` to the next ". " before a capital, or to the line's end. */
	const sentenceAt = (docText: string, opening: string): SentenceInput => {
		const start = docText.indexOf(opening);
		const end = docText.indexOf('\n', start);
		const stop = /\.\s+(?=[A-Z“])/g;
		stop.lastIndex = start;
		const m = stop.exec(docText);
		return { docText, start, end: m && m.index < end ? m.index + 1 : end };
	};

	// Each case one line: '<opening of a sentence> …: <quote>→<date>, …', read with docYear 2026.
	describe.each([
		[
			'the article',
			ARTICLE,
			[
				'12:51:42 PM | 2/20/2026 …: 2/20/2026→2026-02-20',
				'during his official visit to Vietnam, January 28-29, 2026 …: January 28-29, 2026→2026-01-28',
				'After five years of implementation, the EU-Vietnam Free Trade Agreement …: After five years→2020',
				'The year 2025 featured many major cultural exchange …: 2025→2025, 75th anniversary→1950, 50th anniversary→1975, 35th anniversary→1990',
				'Vietnamese senior leaders also paid seven visits to Europe …: 80th anniversary→1945',
				'Speaking to the press after the talks …: after 35 years→1991'
			]
		],
		[
			'the statement',
			STATEMENT,
			['This document is approved in Hanoi on 29 January 2026 …: 29 January 2026→2026-01-29']
		]
	])('in %s', (_name, docText, rows) => {
		itEachRow(
			rows,
			(opening, expected) => {
				const found = extractDates(sentenceAt(docText, opening), { docYear: 2026 });
				expect(found.map((d) => `${d.quote}→${d.date}`).join(', ')).toBe(expected);
			},
			' …: '
		);
	});

	it('changes with the text: an edited anniversary moves the derived year', () => {
		const edited = ARTICLE.replace(
			'35th anniversary of Vietnam-EU',
			'36th anniversary of Vietnam-EU'
		);
		const found = extractDates(at(edited, 'the 36th anniversary of Vietnam-EU relations'), {
			docYear: 2025
		});
		expect(found.map((d) => d.date)).toEqual(['1989']);
	});
});

describe('helpers', () => {
	it.each([
		['35', 35],
		['35th', 35],
		['five', 5],
		['thirty-five', 35],
		['thirty fifth', 35],
		['fiftieth', 50],
		['a hundred', 100],
		['umpteen', NaN]
	] as const)('parseCount(%j) = %d', (words, value) => {
		expect(parseCount(words)).toBe(value);
	});

	it.each([
		['2026-01-29', '29 January 2026'],
		['2025-07', 'July 2025'],
		['2025', '2025']
	])('formatDate(%j) = %j', (date, label) => {
		expect(formatDate(date)).toBe(label);
	});
});

describe('extractDates properties', () => {
	const fragment = pieces(
		'29 January 2026|January 28-29, 2026|(October 2025)|by 2050|over the past 35 years|the 35th anniversary|after five years of|5819/26|12:51:42|2/20/2026|1982 UNCLOS|may 2020|\r\n| |, '
	);
	const sentence = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 12 });

	it('never throws, and every quote is the slice it points to', () => {
		fc.assert(
			fc.property(
				sentence,
				fc.string({ maxLength: 6 }),
				fc.integer({ min: -1, max: 2100 }),
				(parts, pad, docYear) => {
					const body = parts.join('');
					const docText = `${pad}${body}${pad}`;
					const input = { docText, start: pad.length, end: pad.length + body.length };
					for (const d of extractDates(input, { docYear })) {
						expect(docText.slice(d.start, d.end)).toBe(d.quote);
						expect(d.start).toBeGreaterThanOrEqual(input.start);
						expect(d.end).toBeLessThanOrEqual(input.end);
						const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
						expect(d.date).toMatch(shape[d.precision]);
					}
				}
			)
		);
	});
});

describe('firstDayDate', () => {
	const full = (text: string) =>
		extractDates(whole(text), { docYear: 0 }).find(
			(d) => d.relation === 'absolute' && d.precision === 'day'
		)?.date;

	it('finds the first date written to the day, as a scan of the whole text would', () => {
		expect(firstDayDate(ARTICLE)).toBe(full(ARTICLE));
		expect(firstDayDate(STATEMENT)).toBe('2026-01-29');
		expect(firstDayDate('In 2025, the 35th anniversary; on 2 May 2024 and 3 June 2025.')).toBe(
			'2024-05-02'
		);
		expect(firstDayDate('No day here: July 2025, 2030, 31 February 2026.')).toBeUndefined();
	});

	it('agrees with extractDates on any text', () => {
		const part = pieces(
			'29 January 2026|January 28-29, 2026|31 February 2026|may 2 2020|(October 2025)|the 35th anniversary|2/20/2026|In 2025| |\n'
		);
		fc.assert(
			fc.property(
				fc.array(fc.oneof(part, fc.string({ maxLength: 6 })), { maxLength: 10 }),
				(parts) => {
					const text = parts.join('');
					expect(firstDayDate(text)).toBe(full(text));
				}
			)
		);
	});
});

describe('addressDate', () => {
	it('reads the day a site files its page under', () => {
		expect(
			addressDate(
				'https://example.gov/briefing-room/statements-releases/2023/11/13/joint-statement-of-the-leaders/'
			)
		).toBe('2023-11-13');
		expect(addressDate('www.example.org/news/2024-03-05-leaders-meet.html')).toBe('2024-03-05');
		expect(addressDate('https://example.org/2024/3/5/')).toBe('2024-03-05');
	});

	it('takes no month alone, no mixed separators and no day that is not in the calendar', () => {
		expect(addressDate('https://example.gov/briefings-statements/2025/10/joint-statement/')).toBe(
			undefined
		);
		expect(addressDate('https://example.org/2023/11-13/x')).toBeUndefined();
		expect(addressDate('https://example.org/2023/02/30/x')).toBeUndefined();
		expect(addressDate('https://example.org/2023/11/131/x')).toBeUndefined();
		expect(addressDate('https://example.org/article-20231113.html')).toBeUndefined();
	});
});
