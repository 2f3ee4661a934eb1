import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type DashboardData } from '../contract/tables';
import {
	DashboardFormatError,
	dashboardJson,
	dashboardKeys,
	dashboardRowGroups,
	dashboardTextLines,
	jsonValue,
	decodeDashboard,
	parseDashboard,
	quotedField
} from './dashboard-json';
import { joinContents, packageFiles } from './serialize';

const TEXT = 'Both sides “welcome” the upgrade.\nViệt Nam\u2028and the EU will cooperate.';

const DOCUMENT = {
	docId: 'doc-a',
	title: 'A',
	date: '',
	kind: 'joint-statement',
	publisher: '',
	author: '',
	language: 'en',
	file: 'a.txt',
	url: '',
	chapters: 0,
	paragraphs: 1,
	sentences: 2,
	words: 12,
	parties: '',
	commitmentsRg: 0
};

/** One document, and no rows but in the tables a test fills. */
const empty = (): DashboardData => ({
	...(Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as DashboardData),
	documents: [DOCUMENT]
});

const sentence = (start: number, end: number, sentenceNo = 1) => ({
	docId: 'doc-a',
	chapterNo: 0,
	paragraphNo: 1,
	sentenceNo,
	text: TEXT.slice(start, end),
	start,
	end
});

const written = (data: DashboardData, texts = new Map([['doc-a', TEXT]])) =>
	joinContents(packageFiles(data, texts).get('dashboard.json') ?? '');

describe('the tables that quote the text', () => {
	it.each([
		['paragraphs', 'text'],
		['clauses', 'text'],
		['sectors', 'quote'],
		['events', 'quote'],
		['documents', undefined],
		['sectorTerms', undefined]
	] as const)('%s: the words are in %s (only tables with offsets quote)', (table, field) => {
		expect(quotedField(table)).toBe(field);
	});

	it('leave the words out of dashboard.json and keep every other column in contract order', () => {
		expect(dashboardKeys('sentences')).toEqual([
			'docId',
			'chapterNo',
			'paragraphNo',
			'sentenceNo',
			'start',
			'end'
		]);
		expect(dashboardKeys('documents')).toContain('title');
	});
});

describe('dashboard.json texts', () => {
	const entries: [string, string][] = [
		['doc-a', TEXT],
		['doc-b', 'B "quoted"'],
		['doc-c', 'C']
	];
	const head = (texts: Iterable<string | Uint8Array>) => joinContents(dashboardJson(texts, []));

	it('are the same bytes in one group or in several, as batches write them', () => {
		const whole = head([dashboardTextLines(entries)]);
		const encoded = new TextEncoder().encode(dashboardTextLines(entries.slice(1)));
		expect(head([dashboardTextLines(entries.slice(0, 1)), encoded])).toBe(whole);
		expect(head(['', ...entries.map((e) => dashboardTextLines([e])), ''])).toBe(whole);
		expect(whole).toContain('\t"texts": {\n\t\t"doc-a": ');
		expect(JSON.parse(whole).texts).toEqual(Object.fromEntries(entries));
	});

	it('are an empty object without documents', () => {
		expect(head([])).toBe(head([dashboardTextLines([]), '']));
		expect(JSON.parse(head([])).texts).toEqual({});
	});
});

describe('dashboard.json', () => {
	it('reads back as the same rows, the quoted words taken from the text by their offsets', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc
						.tuple(fc.nat(TEXT.length), fc.nat(TEXT.length))
						.map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
					{ maxLength: 1200 }
				),
				(spans) => {
					const data = empty();
					data.sentences = spans.map(([start, end], i) => sentence(start ?? 0, end ?? 0, i + 1));
					const json = written(data);
					expect(decodeDashboard(JSON.parse(json)).sentences).toEqual(data.sentences);
				}
			),
			{ numRuns: 50 }
		);
	});

	it('writes one row per line, and reference rows without offsets quote nothing', () => {
		const data = empty();
		data.sentences = [sentence(0, 4), sentence(5, 10, 2)];
		data.events = [
			{
				eventId: '1990-relations',
				date: '1990',
				precision: 'year',
				title: 'Relations established',
				kind: 'relations',
				docId: '',
				paragraphNo: null,
				quote: '',
				start: null,
				end: null,
				origin: 'reference',
				sourceUrl: 'https://example.org/',
				note: '',
				sources: 1,
				sourcePublisher: 'Example Publisher',
				sourceTitle: 'Relations established'
			}
		];
		const json = written(data);
		expect(json).toContain('\n\t\t\t\t["doc-a",0,1,1,0,4],\n\t\t\t\t["doc-a",0,1,2,5,10]\n');
		expect(json).not.toContain('"Both"');
		const read = parseDashboard(json);
		expect(read.events[0]?.quote).toBe('');
		expect(read.sentences.map((s) => s.text)).toEqual(['Both', 'sides']);
		expect(JSON.parse(json).texts).toEqual({ 'doc-a': TEXT });
	});

	it('is the same bytes from the same data, empty tables included', () => {
		const data = empty();
		expect(written(data)).toBe(written(empty()));
		expect(written({ ...data, documents: [] }, new Map())).toMatch(/^{\n\t"texts": {},\n/);
		expect(JSON.parse(written(data)).tables.clauses).toEqual({
			columns: dashboardKeys('clauses'),
			rows: []
		});
	});

	it('names the place that does not fit the format or the contract', () => {
		expect(() => decodeDashboard({ tables: {} })).toThrow(DashboardFormatError);
		const data = empty();
		data.sentences = [sentence(0, 4)];
		const noText = JSON.parse(written({ ...data, documents: [] }));
		expect(() => decodeDashboard(noText)).toThrow(/tables\.sentences\.rows\.0: no text for doc-a/);
		const broken = JSON.parse(written(data));
		broken.tables.sentences.rows[0][3] = 'one';
		expect(() => parseDashboard(JSON.stringify(broken))).toThrow(/sentences\.0\.sentenceNo/);
	});
});

describe('dashboard.json values', () => {
	const tricky: unknown[] = [
		'plain words',
		'',
		'“curly” quotes – and a dash',
		'a "quoted" word',
		'back\\slash',
		'line\nbreak\ttab\r',
		'\u0000\u001f',
		'\u2028\u2029',
		'a pair 😀',
		'lone \ud800 high',
		'lone \udfff low',
		'\udfff\ud800',
		0,
		-0,
		1,
		-42,
		3.14,
		1e21,
		5e-7,
		Number.MAX_SAFE_INTEGER,
		Number.NaN,
		Number.POSITIVE_INFINITY,
		true,
		false,
		null,
		undefined
	];

	it('are written as JSON.stringify writes them in an array', () => {
		for (const value of tricky) {
			expect(jsonValue(value)).toBe(JSON.stringify([value]).slice(1, -1));
		}
	});

	it('are written as JSON.stringify writes them, for any string or number', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean()),
				(value) => {
					expect(jsonValue(value)).toBe(JSON.stringify([value]).slice(1, -1));
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('make each row line the JSON array of its values, missing ones null', () => {
		const rows = [
			{ text: 'a "b"', n: 1.5, flag: true, gone: null },
			{ text: 'lone \ud800', n: -3, flag: false, gone: null }
		];
		const keys = ['text', 'n', 'flag', 'gone', 'missing'];
		const expected = rows
			.map((row) => `\t\t\t\t${JSON.stringify([row.text, row.n, row.flag, null, null])}`)
			.join(',\n');
		expect([...dashboardRowGroups(rows, keys)].join(',\n')).toBe(expected);
	});
});
