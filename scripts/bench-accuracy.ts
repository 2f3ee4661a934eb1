/**
 * npm run bench:accuracy — the reader's levels and actors against the corpus goldens: clauses of
 * real joint statements levelled by hand from METHOD.md (tests/fixtures/corpus-goldens/). Each
 * golden clause is aligned to the reader's clause of the same sentence that holds its words, and
 * the report gives agreement per statement and overall, the level confusion matrix, the actor
 * confusions and how many seed cases of clauses.test.ts still hold. Statements whose goldens have
 * role "heldout" (levelled blind) are left out of that report and scored in a block of their own,
 * with the overall of both. A benchmark: it exits 0 whatever the figures.
 *
 *   --verbose     also print every disagreement (statement, golden → reader level, words, reason)
 *   --out FILE    write the disagreements to FILE (tab-separated)
 *   --goldens DIR, --corpus DIR   other goldens or texts (default: tests/fixtures/…)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignClause, readerActorToGolden } from './lib/accuracy/align';
import {
	formatDisagreements,
	formatHeldout,
	formatSeedCases,
	formatSummary
} from './lib/accuracy/format';
import { goldenSpan, loadGoldens } from './lib/accuracy/goldens';
import { createReader, createSeedSentenceReader } from './lib/accuracy/reader';
import type { Judged } from './lib/accuracy/score';
import { judgeSeedCases, seedCases } from './lib/accuracy/seed-cases';
import { loadReference } from './lib/load-inputs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			verbose: { type: 'boolean', default: false },
			out: { type: 'string' },
			goldens: { type: 'string', default: resolve(ROOT, 'tests/fixtures/corpus-goldens') },
			corpus: { type: 'string', default: resolve(ROOT, 'tests/fixtures/corpus') }
		},
		strict: true
	});
	const goldens = loadGoldens(values.goldens);
	const reference = await loadReference(resolve(ROOT, 'seeds/reference'));
	const read = createReader(reference);

	const byDoc = new Map<string, Judged[]>();
	const heldout = new Set<string>();
	for (const file of goldens) {
		const text = readFileSync(join(values.corpus, file.doc), 'utf8').replace(/^\uFEFF/, '');
		const readerClauses = read(file.doc, text, file.title);
		const judged: (Judged & { key: string })[] = file.clauses.map((golden) => {
			const span = goldenSpan(text, golden);
			if (!span) throw new Error(`${file.doc}: golden clause not in the text: “${golden.clause}”`);
			const { status, reader } = alignClause(readerClauses, span.sentence, span.clause);
			return {
				golden,
				status,
				readerLevel: reader ? reader.level : null,
				readerActor: reader ? readerActorToGolden(reader.actor, file.parties) : null,
				readerText: reader?.text ?? '',
				shared: false,
				key: reader ? `${reader.start}:${reader.end}` : ''
			};
		});
		const uses = new Map<string, number>();
		for (const j of judged) if (j.key) uses.set(j.key, (uses.get(j.key) ?? 0) + 1);
		const name = file.doc.replace(/\.txt$/, '');
		if (file.role === 'heldout') heldout.add(name);
		byDoc.set(
			name,
			judged.map(({ key, ...j }) => ({ ...j, shared: (uses.get(key) ?? 0) > 1 }))
		);
	}

	const inSample = new Map([...byDoc].filter(([doc]) => !heldout.has(doc)));
	const heldoutDocs = new Map([...byDoc].filter(([doc]) => heldout.has(doc)));
	const clauses = [...inSample.values()].reduce((n, rows) => n + rows.length, 0);
	console.log(
		`Corpus goldens: ${clauses} hand-levelled clauses in ${inSample.size} statements, against the reader of this tree.\n`
	);
	for (const line of formatSummary(inSample)) console.log(line);
	if (heldoutDocs.size > 0) {
		console.log('');
		for (const line of formatHeldout(heldoutDocs, inSample)) console.log(line);
	}

	const seedText = readFileSync(resolve(ROOT, 'seeds/000_094e36a2e337436e.txt'), 'utf8');
	console.log('');
	for (const line of formatSeedCases(
		judgeSeedCases(seedText, seedCases(), createSeedSentenceReader(reference))
	)) {
		console.log(line);
	}

	const disagreements = formatDisagreements(byDoc);
	console.log(`\n${disagreements.length} clauses disagree on level or actor.`);
	if (values.out) {
		const header = 'statement\tgolden → reader\tgolden clause\treader clause\treason';
		writeFileSync(values.out, [header, ...disagreements].join('\n') + '\n');
		console.log(`Written to ${values.out}.`);
	}
	if (values.verbose) for (const line of disagreements) console.log(line);
	else if (!values.out) console.log('--verbose lists them, --out FILE writes them.');
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
});
