import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pieces, quotesSliceExactly } from './fuzz.testing';
import { itFindsNothingIn, sentenceStarting, whole } from './spans.testing';
import { createPlaceMatcher } from './places';
import type { Gazetteer, SentenceInput, Visit } from './types';
import { extractVisits } from './visits';

const gazetteer = JSON.parse(readFileSync('seeds/reference/gazetteer.json', 'utf8')) as Gazetteer;
const places = createPlaceMatcher(gazetteer);
const read = (file: string) => readFileSync(`seeds/${file}`, 'utf8').replace(/^\uFEFF/, '');
const ARTICLE = read('001_d8726251e0999ed0.txt');
const STATEMENT = read('000_094e36a2e337436e.txt');

const visits = (s: SentenceInput, year = '2025') => extractVisits(s, places, gazetteer, { year });
const brief = (v: Visit) => [v.direction, v.visitor, v.country, v.iso3, v.count, v.quote];

describe('extractVisits on the article', () => {
	it('reads the inbound list: seven named offices and one group of five', () => {
		const found = visits(sentenceStarting(ARTICLE, 'In particular, Vietnam hosted'));
		expect(found.map(brief)).toEqual([
			['inbound', 'King of Belgium', 'Belgium', 'BEL', 1, 'King of Belgium'],
			['inbound', 'President of France', 'France', 'FRA', 1, 'Presidents of France'],
			['inbound', 'President of Hungary', 'Hungary', 'HUN', 1, 'Hungary'],
			['inbound', 'President of Lithuania', 'Lithuania', 'LTU', 1, 'Lithuania'],
			['inbound', 'Prime Minister of Russia', 'Russia', 'RUS', 1, 'Prime Ministers of Russia'],
			['inbound', 'Prime Minister of Spain', 'Spain', 'ESP', 1, 'Spain'],
			['inbound', 'Prime Minister of Kyrgyzstan', 'Kyrgyzstan', 'KGZ', 1, 'Kyrgyzstan'],
			[
				'inbound',
				'Speaker of parliament',
				'',
				'',
				5,
				'Speakers of parliament from five partner countries'
			]
		]);
		// The counts add up to the text's "12 high-level European delegations".
		expect(found.reduce((sum, v) => sum + v.count, 0)).toBe(12);
		for (const v of found) {
			expect(ARTICLE.slice(v.start, v.end)).toBe(v.quote);
			expect([v.date, v.precision]).toEqual(['2025', 'year']);
		}
		expect(found[0]).toMatchObject({ lat: 50.85, lon: 4.35 });
		expect(found.at(-1)).toMatchObject({ lat: null, lon: null });
	});

	it('reads the outbound visits: six named countries, not the "seven" of the count', () => {
		const found = visits(sentenceStarting(ARTICLE, 'Vietnamese senior leaders also paid'));
		expect(found.map(brief)).toEqual([
			['outbound', 'Vietnamese leader', 'Estonia', 'EST', 1, 'Vietnamese leader to Estonia'],
			[
				'outbound',
				'Party General Secretary To Lam',
				'Russia',
				'RUS',
				1,
				'Party General Secretary To Lam to the Russian Federation'
			],
			['outbound', 'Vietnamese senior leaders', 'Belarus', 'BLR', 1, 'Belarus'],
			['outbound', 'Vietnamese senior leaders', 'Bulgaria', 'BGR', 1, 'Bulgaria'],
			['outbound', 'Vietnamese senior leaders', 'United Kingdom', 'GBR', 1, 'the UK'],
			['outbound', 'Vietnamese senior leaders', 'Finland', 'FIN', 1, 'Finland']
		]);
		for (const v of found) expect(ARTICLE.slice(v.start, v.end)).toBe(v.quote);
	});

	it('gives the European Council President’s visit the same key from caption and story', () => {
		const caption = visits(
			sentenceStarting(ARTICLE, 'State President Luong Cuong at a working session')
		);
		const story = visits(sentenceStarting(ARTICLE, 'On January 29, 2026, State President'));
		const key = (v: Visit) => [v.direction, v.visitor, v.country, v.iso3, v.date, v.precision];
		const expected = [
			'inbound',
			'President of the European Council',
			'European Union',
			'EUU',
			'2026-01',
			'month'
		];
		expect(caption.map(key)).toEqual([expected]);
		expect(story.map(key)).toEqual([expected]);
		expect(caption[0]?.quote).toBe('President of the European Council');
	});

	it('finds no visit where a caption only says "receives"', () => {
		expect(visits(sentenceStarting(ARTICLE, 'State President Luong Cuong (R) receives'))).toEqual(
			[]
		);
	});

	it('reads the same visits from a CRLF copy, with exact quotes', () => {
		// A line break inside a name, and CRLF line ends elsewhere.
		const crlf = ARTICLE.replace(/\n/g, '\r\n').replace(
			'the Russian Federation to attend',
			'the Russian\r\nFederation to attend'
		);
		const start = crlf.indexOf('Vietnamese senior leaders also paid');
		const end = crlf.indexOf('the UK and Finland.', start) + 'the UK and Finland.'.length;
		const lf = visits(sentenceStarting(ARTICLE, 'Vietnamese senior leaders also paid'));
		const found = visits({ docText: crlf, start, end });
		expect(found.map((v) => [v.visitor, v.iso3])).toEqual(lf.map((v) => [v.visitor, v.iso3]));
		expect(found[1]?.quote).toBe('Party General Secretary To Lam to the Russian\r\nFederation');
		for (const v of found) expect(crlf.slice(v.start, v.end)).toBe(v.quote);
	});

	it('follows the text when a number or a name is edited', () => {
		const edited = ARTICLE.replace('from five partner countries', 'from three partner countries')
			.replace('the King of Belgium', 'the King of Sweden')
			.replace('traditional friends Belarus', 'traditional friends Serbia');
		const inbound = visits(sentenceStarting(edited, 'In particular, Vietnam hosted'));
		expect(inbound.at(-1)?.count).toBe(3);
		expect(inbound[0]).toMatchObject({ visitor: 'King of Sweden', iso3: 'SWE' });
		const outbound = visits(sentenceStarting(edited, 'Vietnamese senior leaders also paid'));
		expect(outbound.map((v) => v.iso3)).toEqual(['EST', 'RUS', 'SRB', 'BGR', 'GBR', 'FIN']);
	});
});

describe('extractVisits: places that are not visits', () => {
	itFindsNothingIn(visits, [
		'Cooperation agreements signed in 2025 with Russia, France, Sweden, Estonia, and Central Asian countries reflected the timely response.',
		'Both sides will implement tripartite cooperation projects between Viet Nam - Laos/Cambodia - EU in the Mekong sub-region.',
		'This document is approved in Hanoi on 29 January 2026.',
		'The Russia-Ukraine conflict remained complex.',
		'Vietnamese audiences also experienced events hosted by European countries, including a special concert by Germany’s Hessen Chamber Orchestra.',
		'The EU welcomes Viet Nam’s efforts and the President of France noted the progress.',
		'These visits conveyed Vietnam’s consistent foreign policy.'
	]);

	it('returns [] for every sentence of the Joint Statement', () => {
		const lines = STATEMENT.split(/(?<=\.)\s+/);
		let offset = 0;
		const found: Visit[] = [];
		for (const line of lines) {
			const start = STATEMENT.indexOf(line, offset);
			offset = start + line.length;
			found.push(...visits({ docText: STATEMENT, start, end: offset }));
		}
		expect(lines.length).toBeGreaterThan(60);
		expect(found).toEqual([]);
	});
});

describe('extractVisits on hand-made sentences', () => {
	// Each visit as one line: '<direction> <iso3> <date> "<visitor>": <quote>'.
	it.each<[string, string[]]>([
		[
			'Viet Nam welcomed the Chancellor of Austria and the Prime Minister of Italy in 2024.',
			[
				'inbound AUT 2024 "Chancellor of Austria": Chancellor of Austria',
				'inbound ITA 2024 "Prime Minister of Italy": Prime Minister of Italy'
			]
		],
		[
			'Viet Nam received the Minister of Foreign Affairs of Hungary and the Queen of Denmark.',
			[
				'inbound HUN 2025 "Minister of Foreign Affairs of Hungary": Minister of Foreign Affairs of Hungary',
				'inbound DNK 2025 "Queen of Denmark": Queen of Denmark'
			]
		],
		[
			'The President of Finland paid a state visit to Viet Nam in March 2024.',
			['inbound FIN 2024-03 "President of Finland": President of Finland']
		],
		[
			'The Prime Minister visited France and Germany on 3 May 2023.',
			['outbound FRA 2023-05 "": France', 'outbound DEU 2023-05 "": Germany']
		],
		[
			'Vietnamese ministers made visits to Norway and Switzerland since 2019.',
			[
				'outbound NOR 2025 "Vietnamese ministers": Norway',
				'outbound CHE 2025 "Vietnamese ministers": Switzerland'
			]
		],
		[
			'An official visit by the Deputy Prime Minister to Moscow took place.',
			['outbound RUS 2025 "Deputy Prime Minister": Deputy Prime Minister to Moscow']
		],
		[
			'Hanoi hosted visits by the Kings of Belgium and the Netherlands.',
			[
				'inbound BEL 2025 "King of Belgium": Kings of Belgium',
				'inbound NLD 2025 "King of the Netherlands": the Netherlands'
			]
		]
	])('%j', (text, expected) => {
		const found = visits(whole(text));
		expect(
			found.map((v) => `${v.direction} ${v.iso3} ${v.date} "${v.visitor}": ${v.quote}`)
		).toEqual(expected);
		for (const v of found) expect(text.slice(v.start, v.end)).toBe(v.quote);
	});

	it('takes a city visited as its country, at the city’s coordinates', () => {
		const [visit] = visits(whole('Vietnamese leaders paid a visit to Moscow.'));
		expect(visit).toMatchObject({ country: 'Russia', iso3: 'RUS', lat: 55.76, lon: 37.62 });
	});

	it('does not take a foreign leader’s trip to a third country as Viet Nam’s', () => {
		expect(visits(whole('The state visit by the President of France to Laos.'))).toEqual([]);
	});

	it('never throws and quotes always slice exactly', () => {
		const words = pieces(
			'Viet Nam|Vietnam|hosted|welcomed|visits by|visit to|visited|the|Presidents of|King of|Speakers of parliament from|five|partner countries|France|the Russian Federation|Hungary|and|,|;|:|January 28-29, 2026|in 2024|since|to|\r\n'
		);
		// A fixed seed: whether 500 random runs reach a visit is chance, and this test is not
		// about chance (the property itself holds for any seed).
		const found = quotesSliceExactly(visits, words, {
			maxWords: 30,
			seed: 29012026,
			valid: (v) => v.count > 0
		});
		// The generator does reach the rules: some runs found visits.
		expect(found).toBeGreaterThan(0);
	});
});
