/**
 * Generated statements through the CLI's own code path, in process: bytes decoded as the CLI
 * reads a file (read-text.ts), analysed, checked against the data contract and the offsets
 * (analyse-in-threads.ts runs both, as the CLI does before writing), and the package's
 * dashboard.json read back as the site reads it. Each statement either gives a valid package
 * whose every quote is its slice of the text, or one InputError naming its file.
 *
 * Statements are drawn from the sentences of seeds/*.txt and, when it is there, of the corpus
 * of real statements (../shared/corpus, or its copy in tests/fixtures/corpus), with headings,
 * numbered paragraphs, bullets, noise, odd line ends (LF, CRLF, CR, mixed), huge numbers and
 * missing dates. The seed is fixed in CI and
 * random otherwise; fast-check prints it with any counterexample, to replay with FC_SEED=….
 * FC_RUNS=n runs n statements instead of 1,000 (and prints how many gave a package).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseInThreads } from '../../scripts/lib/analyse-in-threads';
import { loadReference } from '../../scripts/lib/load-inputs';
import { decodeText, metaFromFileName } from '../../src/lib/analysis/input';
import type { ReferenceData, SourceDocument } from '../../src/lib/analysis/analyse-corpus';
import { InputError } from '../../src/lib/analysis/errors';
import { provenanceErrors } from '../../src/lib/analysis/verify-provenance';
import { parseDashboard } from '../../src/lib/data-package/dashboard-json';
import { joinContents, packageFromTables } from '../../src/lib/data-package/serialize';

const ROOT = resolve(import.meta.dirname, '../..');
/** The real statements: the shared corpus beside the project, or its copy in the fixtures. */
const CORPORA = [resolve(ROOT, '../shared/corpus'), join(ROOT, 'tests/fixtures/corpus')];
const RUNS = Number(process.env.FC_RUNS) || 1000;
const SEED = process.env.FC_SEED
	? Number(process.env.FC_SEED)
	: process.env.CI
		? 29012026
		: undefined;

/** The sentences of every .txt file in a folder (none when the folder is absent). */
function sentencesIn(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.flatMap((name) =>
			readFileSync(join(dir, name), 'utf8')
				.split(/\r\n?|\n/)
				.flatMap((line) => line.split(/(?<=[.!?;])\s+(?=["“(\p{Lu}\d])/u))
				.map((sentence) => sentence.trim())
				.filter((sentence) => sentence.length > 0)
		);
}

const SEED_SENTENCES = sentencesIn(join(ROOT, 'seeds'));
const CORPUS_SENTENCES = [...new Set(CORPORA.flatMap(sentencesIn))];
const SENTENCES = [...SEED_SENTENCES, ...CORPUS_SENTENCES];

/** Sentences that test what broke the contract before: undated visits, numbers out of range. */
const HOSTILE_SENTENCES = [
	'The President of France visited Viet Nam and held talks with the General Secretary.',
	'The Prime Minister paid an official visit to Germany, Belgium and the European Union.',
	'Vietnam Airlines launched a direct route from Hanoi to Munich.',
	`Two-way trade reached US$${'9'.repeat(400)} billion, up ${'9'.repeat(330)}%.`,
	`Some ${'1'.repeat(40)} visitors came, and ${'0.'.padEnd(350, '0')}1% left.`,
	'Investment reached EUR 1e400 million in 99999999999999999999 projects.',
	'Both sides hosted 0 delegations and -3 visits in the year 0000.',
	'On 31 February 2025, 29 February 2023 and 2025-13-45, both sides met.'
];

const NOISE = fc.constantFrom(
	'\t',
	'\u00a0',
	'\u2028',
	'\u200b',
	'\uFEFF',
	'\u0007',
	'\uFFFD',
	'🇻🇳',
	'ệ',
	'́',
	'“',
	'”',
	'*',
	'#',
	'-',
	'•',
	'(',
	')',
	'.',
	'12.',
	'$',
	'%'
);

/** A sentence from the texts, sometimes with noise, its years or its numbers changed. */
const sentence = fc
	.tuple(
		fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
			{ weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SENTENCES) }
		),
		fc.array(fc.tuple(fc.nat(), NOISE), { maxLength: 3 }),
		fc.constantFrom('keep', 'keep', 'keep', 'no-years', 'huge-numbers')
	)
	.map(([text, noise, change]) => {
		let out = text;
		if (change === 'no-years') out = out.replace(/\b(?:1[89]|2[01])\d\d\b/g, '');
		if (change === 'huge-numbers') out = out.replace(/\d+/g, (d) => d.repeat(60));
		for (const [at, mark] of noise) {
			const i = at % (out.length + 1);
			out = out.slice(0, i) + mark + out.slice(i);
		}
		return out;
	});

const words = fc
	.array(fc.constantFrom(...SENTENCES.flatMap((s) => s.split(/\s+/)).slice(0, 2000)), {
		minLength: 1,
		maxLength: 6
	})
	.map((w) => w.join(' '));

/** One block of a statement: a heading, a paragraph (numbered or not), bullets or a stray line. */
const block = fc.oneof(
	{ weight: 1, arbitrary: words.map((w) => w.toUpperCase()) },
	{ weight: 1, arbitrary: words.map((w) => `## ${w}`) },
	{
		weight: 1,
		arbitrary: fc.tuple(fc.constantFrom('A', 'B', 'IV'), words).map(([l, w]) => `${l}. ${w}`)
	},
	{
		weight: 6,
		arbitrary: fc
			.tuple(
				fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
				fc.constantFrom('. ', ' ', ') '),
				fc.array(sentence, { minLength: 1, maxLength: 4 })
			)
			.map(([n, mark, s]) => (n === undefined ? '' : `${n}${mark}`) + s.join(' '))
	},
	{
		weight: 1,
		arbitrary: fc
			.array(sentence, { minLength: 1, maxLength: 3 })
			.map((s) => s.map((x) => `- ${x}`).join('\n'))
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 40 }) }
);

/** A statement: blocks with blank lines or not between them, every line end LF, CRLF or CR. */
const statement = fc
	.tuple(
		fc.array(block, { minLength: 1, maxLength: 12 }),
		fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
		fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 7 }),
		fc.boolean(),
		fc.boolean(),
		fc.nat(99)
	)
	.map(([blocks, ending, mixed, blank, bom, nul]) => {
		let n = 0;
		let text = blocks.join(blank ? '\n\n' : '\n').replace(/\r\n|\r|\n/g, () => {
			n++;
			return ending === 'mixed' ? (mixed[n % mixed.length] ?? '\n') : ending;
		});
		// One statement in fifty holds a NUL: a binary file, refused (more would test little else).
		if (nul < 2) text = `${text.slice(0, nul * 7)}\u0000${text.slice(nul * 7)}`;
		return `${bom ? '\uFEFF' : ''}${text}\n`;
	});

let reference: ReferenceData;
beforeAll(async () => {
	reference = await loadReference(join(ROOT, 'seeds/reference'));
});

/** What the CLI does with a file of these bytes, short of writing it; throws what it reports. */
async function preprocessInProcess(file: string, bytes: Uint8Array) {
	const text = decodeText(file, bytes);
	const document: SourceDocument = {
		// As the CLI reads a file's meta, under a fixed id and the path as given.
		meta: { ...metaFromFileName(file), docId: 'statement', file },
		text
	};
	// Analysis, the data contract and the offsets, on one thread: as the CLI runs a statement.
	const corpus = await analyseInThreads([document], reference, 1);
	const files = packageFromTables(corpus.tables, corpus.documents, corpus.textLines);
	const data = parseDashboard(joinContents(files.get('dashboard.json') ?? ''));
	return { text, data };
}

describe('generated statements through the CLI’s code path', () => {
	it('reads sentences from the seeds, and from the corpus when it is there', () => {
		expect(SEED_SENTENCES.length).toBeGreaterThan(100);
		if (CORPORA.some((dir) => existsSync(dir)))
			expect(CORPUS_SENTENCES.length).toBeGreaterThan(100);
	});

	it(`give a valid package whose quotes are their slices, or one InputError naming the file (${RUNS} statements)`, async () => {
		let packages = 0;
		let refusals = 0;
		await fc.assert(
			fc.asyncProperty(statement, async (text) => {
				const file = 'generated-statement.txt';
				let result;
				try {
					result = await preprocessInProcess(file, new TextEncoder().encode(text));
				} catch (error) {
					// The only other outcome: the input's fault, one line naming the file.
					if (!(error instanceof InputError)) throw error;
					expect(error.file).toBe(file);
					expect(error.format()).not.toMatch(/\n/);
					// Not the fallback for rows that break the contract: the analysis must not make them.
					expect(error.message).not.toMatch(/does not fit the data package/);
					refusals++;
					return;
				}
				const texts = new Map([['statement', result.text]]);
				expect(provenanceErrors(result.data, texts)).toEqual([]);
				expect(result.data.paragraphs.length).toBeGreaterThan(0);
				packages++;
			}),
			{ numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) }
		);
		if (process.env.FC_RUNS) console.log({ packages, refusals });
		expect(packages + refusals).toBe(RUNS);
		// Most statements are statements: the property is not met by refusing them all.
		expect(packages).toBeGreaterThan(RUNS / 2);
	}, 180_000);
});
