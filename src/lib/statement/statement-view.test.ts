import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus, type ReferenceData } from '$lib/analysis/analyse-corpus';
import type { CompareStatementRow } from '$lib/charts/rows/compare-rows';
import { parseDashboard } from '$lib/data-package/dashboard-json';
import { loadDocuments, loadReference } from '../../../scripts/lib/load-inputs';
import { WHOLE_TEXT, placeAmongCorpus, statementView } from './statement-view';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = 'us-indonesia-csp-2023';

let reference: ReferenceData;
beforeAll(async () => {
	reference = await loadReference(join(ROOT, 'seeds/reference'));
});

describe('statementView on a seed of the corpus', () => {
	it('reports the statement as data/compare.csv does, chapter by chapter and sector by sector', async () => {
		const [doc] = await loadDocuments([join(ROOT, `seeds/corpus/${SEED}.txt`)]);
		const view = statementView(analyseCorpus([doc!], reference), doc!.text, SEED);
		const data = parseDashboard(readFileSync(join(ROOT, 'data/dashboard.json'), 'utf8'));
		const row = data.compare.find((r) => r.docId === SEED)!;

		expect(view).toMatchObject({
			title: row.title,
			date: row.date,
			url: row.url,
			label: row.label
		});
		expect(view.parties.map((p) => p.id).join('; ')).toBe(row.parties);
		// Its figures against the package's: corpus-statements.test.ts, for every statement.
		expect(view.row).toMatchObject({ words: row.words, commitments: row.commitments });
		// The chapters partition the clauses; the sectors are the compare table's, ranked.
		const sum = (pick: (c: (typeof view.chapters)[number]) => number) =>
			view.chapters.reduce((n, c) => n + pick(c), 0);
		expect(sum((c) => c.clauses)).toBe(view.figures.clauses);
		expect(sum((c) => c.commitments)).toBe(view.figures.commitments);
		expect(view.chapters).toHaveLength(view.figures.headedChapters + 1);
		const named = data.compareSectors
			.filter((s) => s.docId === SEED && s.mentions > 0)
			.map((s) => [s.sector, s.mentions] as const);
		expect(new Map(view.sectors.map((s) => [s.sector, s.mentions]))).toEqual(new Map(named));
		const mentions = view.sectors.map((s) => s.mentions);
		expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
		// Every paragraph is in the annotated text, each clause's level with it.
		expect(view.text.paragraphs).toHaveLength(row.paragraphs);
		expect(view.text.paragraphs.flatMap((p) => p.clauseLevels)).toHaveLength(row.clauses);
	});

	it('refuses a text the rows were not read from', async () => {
		const [doc] = await loadDocuments([join(ROOT, `seeds/corpus/${SEED}.txt`)]);
		const tables = analyseCorpus([doc!], reference);
		expect(() => statementView(tables, `x${doc!.text}`, SEED)).toThrow(/offsets/);
		expect(() => statementView(tables, doc!.text, 'another')).toThrow(/No document another/);
	});
});

describe('statementView on a hand-made statement', () => {
	const TEXT =
		'1. Both sides will establish a dialogue on trade by 2030.\n\n2. The two sides may explore cooperation in health.\n';
	const tiny = () =>
		analyseCorpus(
			[
				{
					meta: {
						docId: 'tiny',
						title: 'Tiny statement',
						date: '2024-05-01',
						kind: 'joint-statement',
						publisher: 'Nobody',
						author: '',
						language: 'en',
						file: 'tiny.txt',
						url: '',
						parties: []
					},
					text: TEXT
				}
			],
			reference
		);

	it('is one chapter when the text has no chapter headings', () => {
		const view = statementView(tiny(), TEXT, 'tiny');
		expect(view.chapters).toHaveLength(1);
		expect(view.chapters[0]).toMatchObject({
			chapter: WHOLE_TEXT,
			clauses: 2,
			level1: 1,
			level3: 1,
			commitments: 1
		});
	});

	it('counts what the text says: words, paragraphs, levels, mean strength, sectors', () => {
		const view = statementView(tiny(), TEXT, 'tiny');
		expect(view.figures).toMatchObject({
			// 10 + 8: the paragraph numbers are not words, "2030" is.
			words: 18,
			paragraphs: 2,
			headedChapters: 0,
			clauses: 2,
			commitments: 1,
			meanLevel: 2,
			conditional: 0,
			shareConditional: 0
		});
		expect(view.row.commitmentsPer1000Words).toBeCloseTo(1000 / 18, 1);
		expect(view.sectors.map((s) => [s.sectorLabel, s.mentions])).toEqual([
			['Health', 1],
			['Trade & investment', 1]
		]);
		// "will establish" is the level-3 chain of paragraph 1; "may explore" the level-1 one of 2.
		const [first, second] = view.text.paragraphs;
		const cues = (p: typeof first) =>
			p!.spans.flatMap((s) => (s.kind === 'cue' ? [[TEXT.slice(s.start, s.end), s.level]] : []));
		expect(cues(first)).toEqual([
			['will', 3],
			['establish', 3]
		]);
		expect(cues(second)).toEqual([
			['may', 1],
			['explore', 1]
		]);
	});
});

describe('placeAmongCorpus', () => {
	const row = (docId: string, rate: number, focus = false) =>
		({ docId, label: docId, commitmentsPer1000Words: rate, focus }) as CompareStatementRow;

	it('puts the statement among the others by commitments per 1,000 words, only it in bold', () => {
		const placed = placeAmongCorpus(row('b', 5), [row('a', 9, true), row('b', 5), row('c', 2)]);
		expect(placed.map((r) => [r.docId, r.focus])).toEqual([
			['a', false],
			['b', true],
			['c', false]
		]);
	});

	it('adds a statement the corpus does not hold (a pasted one)', () => {
		const placed = placeAmongCorpus(row('new', 20), [row('a', 9, true)]);
		expect(placed.map((r) => r.docId)).toEqual(['new', 'a']);
	});
});
