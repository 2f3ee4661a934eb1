/**
 * The corpus goldens themselves (tests/fixtures/corpus-goldens/): every quote is in its document,
 * levels and actors are in range, every clause has its reason, and there are enough of them.
 * How well the reader agrees with them is `npm run bench:accuracy`, never asserted here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldens, SHARED_ACTORS } from '../../scripts/lib/accuracy/goldens';
import { PARTY_IDS } from '../../scripts/lib/accuracy/party-ids';

const GOLDENS = new URL('../fixtures/corpus-goldens/', import.meta.url);
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const files = loadGoldens(fileURLToPath(GOLDENS));
const textOf = (doc: string) => readFileSync(new URL(doc, CORPUS), 'utf8');

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('corpus goldens', () => {
	it('hold at least 150 clauses over at least 8 statements', () => {
		const clauses = files.reduce((n, file) => n + file.clauses.length, 0);
		expect(files.length).toBeGreaterThanOrEqual(8);
		expect(clauses).toBeGreaterThanOrEqual(150);
	});

	it.each(files.map((file) => [file.doc, file] as const))('%s', (doc, file) => {
		const text = textOf(doc);
		const actors = new Set<string>([...SHARED_ACTORS, ...file.parties]);
		for (const party of file.parties) expect(PARTY_IDS, party).toHaveProperty([party]);
		const seen = new Set<string>();
		for (const golden of file.clauses) {
			const where = `${doc}: “${golden.clause}”`;
			expect(golden.doc, where).toBe(doc);
			expect(occurrences(text, golden.sentence), `${where}: sentence once in the text`).toBe(1);
			expect(occurrences(golden.sentence, golden.clause), `${where}: once in its sentence`).toBe(1);
			expect(golden.clause.trim(), where).toBe(golden.clause);
			expect([0, 1, 2, 3, 4], where).toContain(golden.level);
			expect([...actors], where).toContain(golden.actor);
			expect(golden.reason.trim().length, `${where}: reason`).toBeGreaterThan(10);
			const key = `${golden.sentence}\u0000${golden.clause}`;
			expect(seen.has(key), `${where}: listed twice`).toBe(false);
			seen.add(key);
		}
	});
});
