import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	APPROXIMATE_NOTE,
	EVENT_WORD,
	EVENT_WORDS,
	extractEvents,
	mergeTimeline,
	normaliseTitle
} from './events';
import { splitSentences } from './sentences';
import type { ReferenceEvent, SentenceInput, TimelineEvent } from './types';

const STATEMENT = readFileSync('seeds/000_094e36a2e337436e.txt', 'utf8');
const ARTICLE = readFileSync('seeds/001_d8726251e0999ed0.txt', 'utf8');
const REFERENCE: ReferenceEvent[] = JSON.parse(
	readFileSync('seeds/reference/events.json', 'utf8')
) as ReferenceEvent[];

const STATEMENT_CONTEXT = { docYear: 2026, docDate: '2026-01-29' };
const ARTICLE_CONTEXT = { docYear: 2026, docDate: '2026-02-20' };

/** Every sentence of a text (each line split by the project's sentence splitter). */
function sentencesOf(docText: string): SentenceInput[] {
	const result: SentenceInput[] = [];
	let start = 0;
	for (const line of docText.split('\n')) {
		const span = { start, end: start + line.length };
		for (const s of splitSentences(docText, span)) result.push({ docText, ...s });
		start += line.length + 1;
	}
	return result;
}

const eventsOf = (docText: string, context: { docYear: number; docDate: string }) =>
	sentencesOf(docText).flatMap((s) => extractEvents(s, context));

const line = (e: TimelineEvent) => `${e.date} ${e.kind} ${e.title}`;

describe('extractEvents on the Joint Statement', () => {
	const events = eventsOf(STATEMENT, STATEMENT_CONTEXT);

	it('reads the dated events, targets and instruments, and nothing else', () => {
		expect(events.map(line)).toEqual([
			'1991 relations Viet Nam–EU relations established (about 35 years before 2026)',
			'1982 agreement 1982 UN Convention on the Law of the Sea',
			'2002 agreement 2002 Declaration on the Conduct of Parties in the South China Sea',
			'2030 target 2030 Agenda for Sustainable Development',
			'2030 target Stopping deforestation and restoring forests by 2030',
			'2050 target Net zero greenhouse gas emissions in Viet Nam and in the EU by 2050',
			"2050 target Viet Nam's net-zero commitment by 2050",
			'1993 agreement 1993 Hague Convention',
			'2045 target ASEAN Community Vision 2045',
			'2026-01-29 upgrade Joint Statement approved in Hanoi (Comprehensive Strategic Partnership)'
		]);
	});

	// Each row '<date> <precision> <quote>': an event that quotes these words of the statement.
	it.each([
		'2026-01-29 day This document is approved in Hanoi on 29 January 2026',
		'1991 year over the past 35 years',
		'2030 year stopping deforestation and restoring forests by 2030',
		'2045 year ASEAN Community Vision 2045'
	])('quotes: %s', (row) => {
		const [date, precision, ...words] = row.split(' ');
		const quote = words.join(' ');
		const event = events.find((e) => e.quote === quote);
		expect(
			event && [event.date, event.precision, STATEMENT.slice(event.start!, event.end!)]
		).toEqual([date, precision, quote]);
	});

	it('marks the "past 35 years" start as approximate', () => {
		const event = events.find((e) => e.kind === 'relations');
		expect(event?.note.startsWith(APPROXIMATE_NOTE)).toBe(true);
	});
});

describe('extractEvents on the article', () => {
	const events = eventsOf(ARTICLE, ARTICLE_CONTEXT);

	// Each row in the format of `line()`: '<date> <kind> <title>'.
	it.each([
		'2025-06 cultural Seminar “75 Years of Vietnam-Central and Eastern Europe Relations”',
		'2025-07 cultural Cultural and arts festival in Russia (July 2025)',
		'2025-11 cultural “Vietnam-EU Day”',
		'2025-12 cultural Workshop “50 Years of Vietnam-Germany Relations”',
		'2025-10 cultural Special concert by Germany’s Hessen Chamber Orchestra (October 2025)',
		'2025-11 cultural Austria’s Vienna concert series (November 2025)',
		'2025-11 cultural Russia’s Swan Lake ballet (November 2025)',
		'2025-11 cultural Art exhibition and gala concert by Poland’s OSP Nadarzyn Orchestra (November 2025)',
		'2025-12 cultural Bulgarian music night (December 2025)',
		'2025-07 route Direct air route to Milan, Italy (July 2025)',
		'2025-10 route Direct air route to Munich, Germany (October 2025)',
		'2025-12 route Direct air route to Copenhagen, Denmark (December 2025)',
		'2026-01-29 visit Talks at the Presidential Palace during Antonio Costa’s official visit to Viet Nam',
		'2026-01-28 visit Official visit to Viet Nam',
		'2025 agreement EVIPA ratified by Cyprus, Poland, and Germany',
		'2025 agreement Cooperation agreements signed with Russia, France, Sweden, Estonia, and Central Asian countries (2025)',
		'2020 agreement EVFTA in force (five years of implementation by 2025)',
		'2025 anniversary 35th anniversary of Viet Nam–EU relations',
		'2025 anniversary 50th anniversary of Viet Nam–Germany relations',
		'2025 anniversary 75th anniversary of Viet Nam–Russian Federation relations',
		'2025 anniversary 75th anniversary of Viet Nam–Central and Eastern European countries relations',
		'2025 anniversary 80th anniversary of the victory over fascism',
		'1990 relations Viet Nam–EU relations established (35th anniversary in 2025)',
		'1975 relations Viet Nam–Germany relations established (50th anniversary in 2025)',
		'1950 relations Viet Nam–Russian Federation relations established (75th anniversary in 2025)',
		'1991 relations Viet Nam–EU relations established (about 35 years before 2026)',
		'2050 target Net-zero emissions by 2050'
	])('%s', (expected) => {
		expect(events.map(line)).toContain(expected);
	});

	it('yields 28 events, each quoting its own words', () => {
		expect(events.length).toBe(28);
		for (const e of events) expect(ARTICLE.slice(e.start!, e.end!)).toBe(e.quote);
	});

	it('keeps the range of the visit and the reading of "during the year"', () => {
		const visit = events.find((e) => e.title === 'Official visit to Viet Nam');
		const evipa = events.find((e) => e.title.startsWith('EVIPA'));
		expect([visit?.note, evipa?.quote]).toEqual([
			'Until 29 January 2026.',
			'Cyprus, Poland, and Germany ratifying the agreement during the year'
		]);
	});

	it('follows the text: an edited anniversary moves the relations start', () => {
		const edited = ARTICLE.replace(
			'35th anniversary of Vietnam-EU',
			'36th anniversary of Vietnam-EU'
		);
		const titles = eventsOf(edited, ARTICLE_CONTEXT)
			.filter((e) => e.kind === 'relations')
			.map(line);
		expect(titles).toContain(
			'1989 relations Viet Nam–EU relations established (36th anniversary in 2025)'
		);
	});
});

describe('extractEvents on hand-made sentences', () => {
	const one = (text: string, docYear = 2026) =>
		extractEvents(
			{ docText: text, start: 0, end: text.length },
			{ docYear, docDate: `${docYear}-06-01` }
		).map(line);

	it.each([
		[
			'The festival “Spring Sounds: Music for All” was held in March 2024.',
			['2024-03 cultural Festival “Spring Sounds”']
		],
		[
			'Highlights included the May 2024 exhibition “Silk: Threads of Time.”',
			['2024-05 cultural Exhibition “Silk”']
		],
		[
			'New direct flights: Rome, Italy (May 2024); and Paris, France (June 2024).',
			[
				'2024-05 route Direct flight to Rome, Italy (May 2024)',
				'2024-06 route Direct flight to Paris, France (June 2024)'
			]
		],
		['They aim to achieve net zero by 2045.', ['2045 target Net zero by 2045']],
		[
			'The year 2024 marked the 30th anniversary of Viet Nam-Japan relations.',
			[
				'2024 anniversary 30th anniversary of Viet Nam–Japan relations',
				'1994 relations Viet Nam–Japan relations established (30th anniversary in 2024)'
			]
		],
		[
			'On 3 May 2024, the ministers held talks in Paris on trade.',
			['2024-05-03 visit Talks in Paris on trade']
		],
		['In 2025, Europe continued to present a mixed picture.', []],
		['Trade grew by 8% in the first ten months of 2025.', []],
		[
			'The parties will implement the 2040 Vision for Rivers.',
			['2040 target 2040 Vision for Rivers']
		]
	])('%j', (text, expected) => {
		expect(one(text)).toEqual(expected);
	});

	it('names the document for "This declaration is signed …"', () => {
		const head = 'Subject: Joint Declaration on elevating relations to a Strategic Partnership\n\n';
		const body = 'This declaration is signed in Paris on 3 May 2024.';
		const docText = head + body;
		const events = extractEvents(
			{ docText, start: head.length, end: docText.length },
			{ docYear: 2024, docDate: '2024-05-03' }
		);
		expect(events.map(line)).toEqual([
			'2024-05-03 upgrade Joint Declaration signed in Paris (Strategic Partnership)'
		]);
	});

	it('writes the country "Viet Nam" outside quoted names', () => {
		expect(normaliseTitle('Vietnam’s  visit to “Vietnam Day”')).toBe(
			'Viet Nam’s visit to “Vietnam Day”'
		);
	});
});

describe('mergeTimeline', () => {
	const text = (
		date: string,
		title: string,
		kind: TimelineEvent['kind'] = 'other',
		note = ''
	): TimelineEvent => ({
		date,
		precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
		title,
		kind,
		origin: 'text',
		quote: title,
		start: 0,
		end: title.length,
		sourceUrl: '',
		sourcePublisher: '',
		sourceTitle: '',
		note
	});
	const ref = (
		date: string,
		title: string,
		kind: TimelineEvent['kind'] = 'other'
	): ReferenceEvent => ({
		date,
		precision: date.length === 4 ? 'year' : 'day',
		title,
		kind,
		sourceUrl: 'https://example.org/',
		publisher: 'Example Publisher',
		sourceTitle: `Page on ${title}`,
		note: ''
	});
	const keys = (events: TimelineEvent[]) => events.map((e) => `${e.date} ${e.origin} ${e.title}`);

	it('sorts by date, then text before reference, then title', () => {
		const merged = mergeTimeline(
			[text('2025-07', 'B'), text('2025', 'Z'), text('2025-07', 'A')],
			[ref('2025-07-01', 'C'), ref('2025', 'A')]
		);
		expect(keys(merged)).toEqual([
			'2025 text Z',
			'2025 reference A',
			'2025-07 text A',
			'2025-07 text B',
			'2025-07-01 reference C'
		]);
	});

	it('keeps one event per date, kind and title, the text one', () => {
		const merged = mergeTimeline(
			[text('2020', 'X'), text('2020', 'X'), text('2020', 'X', 'agreement')],
			[ref('2020', 'X')]
		);
		// Same date, origin and title: the input order stands.
		expect(merged.map((e) => `${e.origin} ${e.kind} ${e.note}`)).toEqual([
			'text other Reference: X.',
			'text agreement '
		]);
		expect(merged.map((e) => e.sources.map((s) => s.origin))).toEqual([
			['text', 'reference'],
			['text']
		]);
		expect(merged[0]?.sourceUrl).toBe('https://example.org/');
		// The reference's publisher and title travel with its URL, to name the link.
		expect([merged[0]?.sourcePublisher, merged[0]?.sourceTitle]).toEqual([
			'Example Publisher',
			'Page on X'
		]);
		expect([merged[1]?.sourcePublisher, merged[1]?.sourceTitle]).toEqual(['', '']);
	});

	it('makes a text event and the reference fact of the same event one event with two sources', () => {
		const merged = mergeTimeline(
			[text('2025-10', 'Direct air route to Lyon, France (October 2025)', 'route')],
			[
				ref('2024-10', 'Flights to Lyon begin', 'route'),
				ref('2024-11', 'Flights to Nantes begin', 'route')
			],
			{ homeNames: ['Viet Nam', 'Vietnam'] }
		);
		expect(merged.map((e) => `${e.date} ${e.origin} ${e.sources.length}`)).toEqual([
			'2024-11 reference 1',
			'2025-10 text 2'
		]);
		expect(merged[1]?.note).toBe('Reference data dates it October 2024; the text’s date is shown.');
		expect(merged[1]?.sources[1]).toMatchObject({
			origin: 'reference',
			date: '2024-10',
			start: null
		});
	});

	it('makes one event of a target named in two paragraphs, and keeps other targets of its year apart', () => {
		const merged = mergeTimeline(
			[
				text('2050', 'Net zero emissions in Viet Nam and in the EU by 2050', 'target'),
				{ ...text('2050', 'Viet Nam’s net-zero commitment by 2050', 'target'), start: 40, end: 78 },
				text('2050', 'Carbon neutrality of the EU by 2050', 'target')
			],
			[],
			{ homeNames: ['Viet Nam'] }
		);
		expect(merged.map((e) => [e.title, e.sources.length])).toEqual([
			['Carbon neutrality of the EU by 2050', 1],
			['Net zero emissions in Viet Nam and in the EU by 2050', 2]
		]);
	});

	it('lets a duration-counted relations start give way to an anniversary within a year', () => {
		const approx = text(
			'1991',
			'A–B relations established (about 35 years before 2026)',
			'relations',
			`${APPROXIMATE_NOTE} x`
		);
		const pinned = text(
			'1990',
			'A–B relations established (35th anniversary in 2025)',
			'relations'
		);
		const far = text(
			'1980',
			'C–D relations established (about 45 years before 2025)',
			'relations',
			`${APPROXIMATE_NOTE} y`
		);
		const merged = mergeTimeline([approx, far, pinned], []);
		expect(merged.map((e) => `${e.date} ${e.note}`)).toEqual([
			`1980 ${APPROXIMATE_NOTE} y`,
			'1990 Also given as "A–B relations established (about 35 years before 2026)" (about 1991).'
		]);
	});

	it('does not change its inputs and gives the same result for any input order', () => {
		const input = [text('2021', 'b'), text('2020', 'a'), text('2021', 'a')];
		const before = JSON.stringify(input);
		const one = mergeTimeline(input, [ref('2020', 'r')]);
		const two = mergeTimeline([...input].reverse(), [ref('2020', 'r')]);
		expect([JSON.stringify(input), one]).toEqual([before, two]);
	});

	it('merges the seed events with the reference facts', () => {
		const all = [...eventsOf(STATEMENT, STATEMENT_CONTEXT), ...eventsOf(ARTICLE, ARTICLE_CONTEXT)];
		const merged = mergeTimeline(all, REFERENCE, { homeNames: ['Viet Nam', 'Vietnam'] });
		const relations = merged.filter((e) => e.kind === 'relations' && e.title.includes('EU'));
		expect(relations.map((e) => `${e.date} ${e.origin} ${e.title}`)).toEqual([
			'1990 text Viet Nam–EU relations established (35th anniversary in 2025)'
		]);
		// The 1990 start: the anniversary, both texts' approximate 1991, and the reference fact.
		expect(relations[0]?.sources.map((s) => `${s.origin} ${s.date}`)).toEqual([
			'text 1990',
			'text 1991',
			'text 1991',
			'reference 1990'
		]);
		// Six reference facts are events of the texts (1990, EVFTA in force, three routes, the
		// visit); the 2050 net-zero target is named three times.
		const shared = merged.filter(
			(e) => e.origin === 'text' && e.sources.some((s) => s.origin === 'reference')
		);
		expect(shared.map((e) => e.date)).toEqual([
			'1990',
			'2020',
			'2025-07',
			'2025-10',
			'2025-12',
			'2026-01-28'
		]);
		expect(merged.length).toBe(all.length - 2 - 2 + REFERENCE.length - 6);
	});
});

describe('seeds/reference/events.json', () => {
	it('holds every row of REFERENCE.md, sorted by date, each with a source', () => {
		expect(REFERENCE.map((e) => `${e.date} ${e.kind}`)).toEqual([
			'1990 relations',
			'1995-07 agreement',
			'1996-06-01 agreement',
			'2012-06-27 agreement',
			'2016-10-01 agreement',
			'2017-10-23 other',
			'2019-06-30 agreement',
			'2019-10-17 agreement',
			'2020-05-01 agreement',
			'2020-08-01 agreement',
			'2021-11-01 target',
			'2022-12-14 agreement',
			'2024-10 route',
			'2025-07-01 route',
			'2025-12-15 route',
			'2026-01-28 visit'
		]);
		const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
		for (const e of REFERENCE) {
			expect(e.date).toMatch(shape[e.precision]);
			expect(e.sourceUrl).toMatch(/^https:\/\//);
		}
	});

	it('keeps EVIPA entry into force as a note, not as a dated event', () => {
		const evipa = REFERENCE.filter((e) => e.title.includes('EVIPA'));
		expect(evipa.map((e) => [e.date, /pending/.test(e.note)])).toEqual([['2019-06-30', true]]);
	});
});

describe('the event-word pattern', () => {
	// Each word between its own word boundaries: the plain form of EVENT_WORD.
	const plain = new RegExp(EVENT_WORDS.map(([w]) => `\\b(${w})\\b`).join('|'), 'gi');
	const hits = (re: RegExp, text: string) =>
		[...text.matchAll(re)].map((m) => [m.index, m[0], m.findIndex((g, i) => i > 0 && g)]);

	it('finds the words and groups of each word between its own word boundaries', () => {
		const piece = fc.oneof(
			fc.constantFrom('visit', 'state visits', 'Talks', 'signed', 'signing', 'air links', 'gala'),
			fc.constantFrom('direct air routes', 'entry into force', 'ratify', 'ratification', 'events'),
			fc.constantFrom('concert series', 'launched', 'upgrade', 'ceremonies', 'working sessions'),
			fc.constantFrom(' ', '  ', '-', '_', 's', 'ed', 'é', '2', ',', '\n'),
			fc.string({ maxLength: 4 })
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				expect(hits(EVENT_WORD, text)).toEqual(hits(plain, text));
			}),
			{ numRuns: 2000 }
		);
	});
});
