/**
 * The pipeline on the real seeds: what the issue says the texts must yield, each with its exact
 * quote; invariants (offsets, counts that add up, determinism); and proof that nothing is
 * hard-coded (a number changed in a copy of the text changes the output).
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	analyseCorpus,
	type ReferenceData,
	type SourceDocument
} from '../../src/lib/analysis/analyse-corpus';
import { provenanceErrors } from '../../src/lib/analysis/verify-provenance';
import { dashboardData, type DashboardData } from '../../src/lib/contract/tables';
import {
	joinContents,
	packageFileNames,
	packageFiles,
	packageFromTables,
	serializePackage
} from '../../src/lib/data-package/serialize';
import { parseDashboard } from '../../src/lib/data-package/dashboard-json';
import { InputError } from '../../src/lib/analysis/errors';
import { analyseInThreads, contractError } from '../../scripts/lib/analyse-in-threads';
import { whereFrom } from '../../scripts/lib/analyse-batch';
import { loadDocuments, loadReference } from '../../scripts/lib/load-inputs';

const ROOT = resolve(import.meta.dirname, '../..');
const STATEMENT = 'joint-statement-2026';
const ARTICLE = 'article-2026-02';

let documents: SourceDocument[];
let reference: ReferenceData;
let data: DashboardData;

beforeAll(async () => {
	documents = await loadDocuments([join(ROOT, 'seeds')]);
	reference = await loadReference(join(ROOT, 'seeds/reference'));
	data = analyseCorpus(documents, reference);
});

const textOf = (docId: string) => documents.find((d) => d.meta.docId === docId)?.text ?? '';
const figure = (docId: string, quote: RegExp) => {
	const found = data.figures.filter((f) => f.docId === docId && quote.test(f.quote));
	expect(found, `one figure quoting ${quote}`).toHaveLength(1);
	return found[0]!;
};

describe('structure of the Joint Statement', () => {
	it('has 60 numbered paragraphs in 12 chapters plus a preamble', () => {
		const paragraphs = data.paragraphs.filter((p) => p.docId === STATEMENT);
		expect(paragraphs.map((p) => p.paragraphNo)).toEqual(
			Array.from({ length: 60 }, (_, i) => i + 1)
		);
		expect(paragraphs.every((p) => p.numbered)).toBe(true);
		const chapters = data.chapters.filter((c) => c.docId === STATEMENT);
		expect(chapters.map((c) => c.chapterNo)).toEqual(Array.from({ length: 13 }, (_, i) => i));
		expect(chapters[0]).toMatchObject({ chapterTitle: '', paragraphs: 4 });
		expect(chapters[1]?.chapterTitle).toBe('POLITICAL COOPERATION');
		expect(chapters[12]?.chapterTitle).toBe('STRENGTHENING REGIONAL AND MULTILATERAL COOPERATION');
		expect(data.documents.find((d) => d.docId === STATEMENT)).toMatchObject({
			chapters: 12,
			paragraphs: 60
		});
	});

	it('keeps continuation paragraphs with the numbered paragraph before them', () => {
		const p9 = data.paragraphs.find((p) => p.docId === STATEMENT && p.paragraphNo === 9);
		expect(p9?.text).toMatch(/^Both sides emphasise the benefits/);
		expect(p9?.text).toMatch(
			/confirms its readiness to engage constructively with Viet Nam in its transition towards a more advanced economy\.$/
		);
	});
});

describe('figures of the article, with their qualifiers and periods', () => {
	it('two-way trade: nearly US$61 billion in the first ten months of 2025, up 8.4%', () => {
		const trade = figure(ARTICLE, /US\$61 billion/);
		expect(trade).toMatchObject({
			kind: 'money',
			value: 61e9,
			unit: 'USD',
			qualifier: 'nearly',
			period: 'first ten months of 2025'
		});
		expect(trade.label).toMatch(/two-way trade/);
		const growth = figure(ARTICLE, /8\.4%/);
		expect(growth).toMatchObject({ kind: 'percent', value: 8.4, unit: '%' });
		expect(growth.label).toMatch(/two-way trade/);
	});

	it.each([
		[/1\.4%/, 'percent', 1.4, /EU growth/],
		[/^12 high-level European delegations/, 'count', 12, /delegations/],
		[/^seven visits/, 'count', 7, /visits/],
		[/nine countries/, 'count', 9, /countries/],
		[/20 million visitors/, 'count', 20e6, /visitors/],
		[/fourth-largest trading partner/, 'rank', 4, /trading partner/],
		[/35th anniversary of Vietnam-EU relations/, 'anniversary', 35, /Vietnam-EU relations/],
		[/50th anniversary/, 'anniversary', 50, /Germany/],
		[/75th anniversary/, 'anniversary', 75, /Russian Federation/]
	])('%s → %s %d', (quote, kind, value, label) => {
		const found = figure(ARTICLE, quote);
		expect(found).toMatchObject({ kind, value });
		expect(found.label).toMatch(label);
	});

	it('keeps "over" on the 20 million visitors', () => {
		expect(figure(ARTICLE, /20 million visitors/).qualifier).toBe('over');
	});

	it('reads 1.5°C from the statement', () => {
		expect(figure(STATEMENT, /1\.5°C/)).toMatchObject({
			kind: 'temperature',
			value: 1.5,
			unit: '°C'
		});
	});
});

describe('visits and routes', () => {
	it('12 delegations hosted in 2025: the named ones plus the five Speakers add up to the text’s count', () => {
		const inbound = data.visits.filter((v) => v.direction === 'inbound' && v.date === '2025');
		expect(inbound.reduce((sum, v) => sum + v.count, 0)).toBe(
			figure(ARTICLE, /^12 high-level/).value
		);
		expect(
			inbound
				.map((v) => v.country)
				.filter(Boolean)
				.sort()
		).toEqual(
			['Belgium', 'France', 'Hungary', 'Kyrgyzstan', 'Lithuania', 'Russia', 'Spain'].sort()
		);
	});

	it('seven visits to Europe, six places named: both numbers are in the data', () => {
		const outbound = data.visits.filter((v) => v.direction === 'outbound');
		expect(outbound.map((v) => v.country).sort()).toEqual(
			['Belarus', 'Bulgaria', 'Estonia', 'Finland', 'Russia', 'United Kingdom'].sort()
		);
		expect(figure(ARTICLE, /^seven visits/).value).toBe(7);
	});

	it('three new direct routes with their month from the text and origin from reference data', () => {
		const routes = data.routes.map((r) => [r.destination, r.launched, r.originOfFact]);
		expect(routes).toEqual([
			['Milan', '2025-07', 'reference'],
			['Munich', '2025-10', 'reference'],
			['Copenhagen', '2025-12', 'reference']
		]);
		expect(data.routes.find((r) => r.destination === 'Munich')?.note).toMatch(/2024/);
	});
});

describe('timeline', () => {
	const event = (date: string, kind: string) =>
		data.events.filter((e) => e.date === date && e.kind === kind && e.origin === 'text');

	it('from the start of relations (35 years) to the 2030, 2045 and 2050 targets', () => {
		expect(event('1990', 'relations').length).toBeGreaterThan(0);
		expect(event('2026-01-29', 'upgrade').length).toBeGreaterThan(0);
		for (const year of ['2030', '2045', '2050'])
			expect(event(year, 'target').length).toBeGreaterThan(0);
	});

	it('keeps reference facts apart, with a source URL each', () => {
		const reference = data.events.filter((e) => e.origin === 'reference');
		expect(reference.length).toBe(11);
		for (const e of reference) expect(e.sourceUrl).toMatch(/^https:\/\//);
		const records = data.eventSources.filter((s) => s.origin === 'reference');
		expect(records.length).toBe(16);
		for (const s of records) expect(s.sourceUrl).toMatch(/^https:\/\//);
	});

	it('is one event with several sources where the texts and the reference name the same event', () => {
		expect(data.events.length).toBe(44);
		const sourcesOf = (title: RegExp) => {
			const event = data.events.find((e) => title.test(e.title))!;
			const rows = data.eventSources.filter((s) => s.eventId === event.eventId);
			expect(rows.length).toBe(event.sources);
			return { event, rows };
		};
		const munich = sourcesOf(/Munich/);
		expect([munich.event.date, munich.event.origin]).toEqual(['2025-10', 'text']);
		expect(munich.event.note).toMatch(
			/^Reference data dates it October 2024; the text’s date is shown\./
		);
		expect(munich.rows.map((s) => [s.origin, s.date, s.quote])).toEqual([
			['text', '2025-10', 'Munich, Germany (October 2025)'],
			['reference', '2024-10', '']
		]);
		const netZero = sourcesOf(/^Net zero greenhouse gas/);
		expect(netZero.rows.map((s) => `${s.docId} ¶${s.paragraphNo}`)).toEqual([
			'joint-statement-2026 ¶40',
			'article-2026-02 ¶7',
			'joint-statement-2026 ¶41'
		]);
		expect(data.events.filter((e) => /net.zero/i.test(e.title) && e.date === '2050')).toHaveLength(
			1
		);
		const texts = new Map(documents.map((d) => [d.meta.docId, d.text]));
		for (const s of data.eventSources) {
			if (s.start !== null) expect(texts.get(s.docId)!.slice(s.start, s.end!)).toBe(s.quote);
		}
	});

	it('EVIPA ratified by Cyprus, Poland and Germany in 2025', () => {
		const evipa = data.events.find(
			(e) => e.origin === 'text' && /EVIPA/.test(e.quote + e.title) && e.date === '2025'
		);
		expect(evipa?.quote ?? evipa?.title).toBeTruthy();
		const sentence = data.sentences.find(
			(s) => s.docId === ARTICLE && /Cyprus, Poland, and Germany ratifying/.test(s.text)
		);
		expect(sentence).toBeDefined();
	});
});

describe('event places (map layers)', () => {
	const placesOf = (title: RegExp) => {
		const event = data.events.find((e) => e.origin === 'text' && title.test(e.title));
		expect(event, `an event titled ${title}`).toBeDefined();
		return data.eventPlaces.filter((p) => p.eventId === event?.eventId);
	};

	it('EVIPA ratified in 2025: Cyprus, Poland and Germany, from the sentence that says so', () => {
		const places = placesOf(/^EVIPA ratified/);
		expect(places.map((p) => [p.place, p.iso3, p.placeKind])).toEqual([
			['Cyprus', 'CYP', 'country'],
			['Poland', 'POL', 'country'],
			['Germany', 'DEU', 'country']
		]);
		const text = textOf(ARTICLE);
		for (const p of places) {
			expect(p.docId).toBe(ARTICLE);
			expect(text.slice(p.start, p.end)).toBe(p.quote);
			const sentence = data.sentences.find(
				(s) =>
					s.docId === p.docId && s.paragraphNo === p.paragraphNo && s.sentenceNo === p.sentenceNo
			);
			expect(sentence?.text).toMatch(/ratifying the agreement during the year/);
		}
		const germany = reference.gazetteer.countries.find((c) => c.iso3 === 'DEU');
		expect([places[2]?.lat, places[2]?.lon]).toEqual([germany?.lat, germany?.lon]);
	});

	it('cooperation agreements signed in 2025: four countries and a region kept without a code', () => {
		const places = placesOf(/^Cooperation agreements signed/);
		expect(places.map((p) => [p.place, p.iso3, p.placeKind])).toEqual([
			['Russia', 'RUS', 'country'],
			['France', 'FRA', 'country'],
			['Sweden', 'SWE', 'country'],
			['Estonia', 'EST', 'country'],
			['Central Asian countries', '', 'region']
		]);
		const region = places[4];
		expect([region?.lat, region?.lon]).toEqual([null, null]);
		expect(region?.note).toMatch(/does not list/);
		const sentence = data.sentences.find(
			(s) =>
				s.docId === ARTICLE &&
				s.paragraphNo === region?.paragraphNo &&
				s.sentenceNo === region?.sentenceNo
		);
		expect(sentence?.text).toMatch(/^Cooperation agreements signed in 2025 with Russia/);
	});

	it('reads only text events, and follows the text: a country renamed in a copy moves', () => {
		const textEvents = new Set(
			data.events.filter((e) => e.origin === 'text').map((e) => e.eventId)
		);
		expect(data.eventPlaces.every((p) => textEvents.has(p.eventId))).toBe(true);
		const edited = documents.map((doc) => ({
			...doc,
			text: doc.text.replace(
				'Cyprus, Poland, and Germany ratifying',
				'Malta, Poland, and Germany ratifying'
			)
		}));
		const out = analyseCorpus(edited, reference);
		const evipa = out.events.find((e) => e.origin === 'text' && /^EVIPA ratified/.test(e.title));
		expect(out.eventPlaces.filter((p) => p.eventId === evipa?.eventId).map((p) => p.iso3)).toEqual([
			'MLT',
			'POL',
			'DEU'
		]);
	});
});

describe('invariants', () => {
	it('matches the data contract', () => {
		expect(dashboardData.safeParse(data).success).toBe(true);
	});

	it('every quote is exactly text.slice(start, end)', () => {
		const texts = new Map(documents.map((d) => [d.meta.docId, d.text]));
		expect(provenanceErrors(data, texts)).toEqual([]);
	});

	it('per-chapter counts add up to the totals', () => {
		for (const doc of data.documents) {
			const chapters = data.chapters.filter((c) => c.docId === doc.docId);
			const clauses = data.clauses.filter((c) => c.docId === doc.docId);
			const sum = (key: 'clauses' | 'commitments' | 'paragraphs') =>
				chapters.reduce((s, c) => s + c[key], 0);
			expect(sum('paragraphs')).toBe(doc.paragraphs);
			expect(sum('clauses')).toBe(clauses.length);
			expect(sum('commitments')).toBe(clauses.filter((c) => c.level >= 3).length);
			for (const c of chapters)
				expect(c.level0 + c.level1 + c.level2 + c.level3 + c.level4).toBe(c.clauses);
		}
	});

	it('names its files before it has them (the CLI checks --out with the names)', () => {
		const texts = new Map(documents.map((d) => [d.meta.docId, d.text]));
		expect(packageFileNames()).toEqual([...packageFiles(data, texts).keys()]);
	});

	it('is deterministic: two runs serialise to the same bytes', () => {
		const texts = new Map(documents.map((d) => [d.meta.docId, d.text]));
		const again = serializePackage(analyseCorpus(documents, reference), texts);
		expect([...again]).toEqual([...serializePackage(data, texts)]);
		// dashboard.json is written in pieces without the quoted words: read back, it is the data.
		expect(parseDashboard(again.get('dashboard.json') ?? '')).toEqual(data);
	});

	it('derives its numbers from the text: edited numbers in a copy change the output', () => {
		const edited = documents.map((doc) => ({
			...doc,
			text: doc.text
				.replace('US$61 billion', 'US$62 billion')
				.replace('seven visits to Europe', 'eight visits to Europe')
				.replace('1.5°C', '2°C')
		}));
		const out = analyseCorpus(edited, reference);
		const values = out.figures.map((f) => `${f.unit}:${f.value}`);
		expect(values).toContain('USD:62000000000');
		expect(values).not.toContain('USD:61000000000');
		expect(out.figures.find((f) => /visits to Europe/.test(f.label))?.value).toBe(8);
		expect(out.figures.find((f) => f.unit === '°C')?.value).toBe(2);
		expect(textOf(ARTICLE)).toContain('US$61 billion');
	});
});

describe('statements the seeds do not cover', () => {
	const statement = (text: string, date = ''): SourceDocument => ({
		meta: { ...documents[0]!.meta, docId: 'other', file: 'other.txt', date },
		text
	});

	it('leaves out a visit or route no date reaches (the contract needs one), keeps dated ones', async () => {
		const text =
			'1. The President of France visited Viet Nam and held talks.\n' +
			'2. Vietnam Airlines launched a direct route from Hanoi to Munich.\n';
		const undated = await analyseInThreads([statement(text)], reference, 1);
		expect([undated.tables.visits.rows, undated.tables.routes.rows]).toEqual([0, 0]);
		const dated = analyseCorpus([statement(text, '2025-03-01')], reference);
		expect(dated.visits.map((v) => [v.country, v.date])).toEqual([['France', '2025']]);
	});

	it('dates an undated text by the day its source address files it under, before its first date', () => {
		const body =
			'1. The leaders recalled the summit of 11 November 2023 and agreed to meet again.\n';
		const source = 'Source: https://example.gov/statements/2023/11/13/leaders-statement/\n\n';
		const undeclared = (text: string): SourceDocument => {
			const doc = statement(text);
			return { ...doc, meta: { ...doc.meta, url: '' } };
		};
		const dateOf = (text: string) =>
			analyseCorpus([undeclared(text)], reference).documents[0]?.date;
		expect(dateOf(source + body)).toBe('2023-11-13');
		expect(dateOf(body)).toBe('2023-11-11');
		expect(
			analyseCorpus([statement(source + body, '2023-11-14')], reference).documents[0]?.date
		).toBe('2023-11-14');
	});

	it('reads no figure from a 400-digit amount (its value is not a finite number)', async () => {
		const text = `1. Trade reached US$${'9'.repeat(400)} billion in 2025, and 12 visits were paid.\n`;
		const corpus = await analyseInThreads([statement(text)], reference, 1);
		expect(corpus.tables.figures.rows).toBe(1);
	});

	it('reports a row that still breaks the contract as its input’s error, with file and line', () => {
		const error = contractError({
			table: 'figures',
			index: 3,
			path: ['value'],
			message: 'Invalid input: expected number, received Infinity',
			...whereFrom({ docId: 'other', start: 9 }, [statement('one\ntwo\nthree')])
		});
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).format()).toBe(
			'other.txt:3: what this line says does not fit the data package (figures value: Invalid input: expected number, received Infinity); please report it'
		);
	});

	it('reads a text with CR line ends (old Mac files) as its LF twin, offsets into the CR text', () => {
		const lf = textOf(STATEMENT);
		const cr = lf.replace(/\n/g, '\r');
		const rows = (text: string) => {
			const out = analyseCorpus([statement(text, '2026-01-29')], reference);
			expect(provenanceErrors(out, new Map([['other', text]]))).toEqual([]);
			return JSON.stringify(out).replace(/\\r/g, '\\n');
		};
		expect(rows(cr)).toBe(rows(lf));
	});
});

describe('the analysis spread over threads', () => {
	/** The seeds three times over, with ids of their own. */
	const copies = () =>
		[1, 2, 3].flatMap((n) =>
			documents.map((doc) => ({ ...doc, meta: { ...doc.meta, docId: `${doc.meta.docId}-${n}` } }))
		);
	const bytes = (files: Map<string, unknown>) =>
		[...files].map(([name, contents]) => [name, joinContents(contents as string)]);

	it('writes the same package, byte for byte, on one thread and on three', async () => {
		const docs = copies();
		const texts = new Map(docs.map((d) => [d.meta.docId, d.text]));
		const whole = bytes(packageFiles(analyseCorpus(docs, reference), texts));
		for (const threads of [1, 3]) {
			const corpus = await analyseInThreads(docs, reference, threads);
			expect(corpus.threads).toBe(threads);
			expect(bytes(packageFromTables(corpus.tables, corpus.documents, corpus.textLines))).toEqual(
				whole
			);
			expect(corpus.counts.map((c) => c.docId)).toEqual(docs.map((d) => d.meta.docId));
		}
		// The visit named in every copy is counted once, as in one run over the corpus.
		const once = analyseCorpus(docs, reference).visits.length;
		expect(once).toBe(data.visits.length);
	});

	it('reports the first document it cannot analyse, in document order', async () => {
		const docs = copies();
		const headingsOnly = (i: number) => ({
			meta: { ...docs[i]!.meta, file: `bad-${i}.txt`, docId: `bad-${i}` },
			text: '# ONE\n\n# TWO\n'
		});
		docs.splice(4, 0, headingsOnly(4));
		docs.splice(2, 0, headingsOnly(2));
		const failure = await analyseInThreads(docs, reference, 3).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(InputError);
		expect((failure as InputError).format()).toMatch(/^bad-2\.txt: no paragraphs found/);
	});
});
