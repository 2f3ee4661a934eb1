/**
 * The hand-levelled seed sentences clauses.test.ts checks (SEED_CASES, one list in
 * src/lib/analysis/seed-cases.testing.ts), re-run so the benchmark can report how many still
 * hold without running the test suite. A case holds when the reader gives the same level for every clause
 * and the same actor for the first.
 */
import { SEED_CASES, seedCase } from '../../../src/lib/analysis/seed-cases.testing';
import type { SentenceReader } from './reader';

export interface SeedCase {
	prefix: string;
	levels: number[];
	actor: string;
}

export interface SeedResult extends SeedCase {
	readerLevels: number[];
	readerActor: string;
	holds: boolean;
}

/** The cases clauses.test.ts checks (src/lib/analysis/seed-cases.testing.ts), in order. */
export function seedCases(): SeedCase[] {
	return SEED_CASES.map(seedCase);
}

/** The sentence that starts with `prefix`, up to its full stop (as the test's seedSentence). */
function seedSentenceSpan(seed: string, prefix: string): [number, number] | null {
	const start = seed.indexOf(prefix);
	if (start < 0) return null;
	const stop = /\.(?=\s|$)/g;
	stop.lastIndex = start + prefix.length;
	const end = stop.exec(seed)?.index ?? seed.length;
	return [start, end + 1];
}

export function judgeSeedCases(
	seed: string,
	cases: readonly SeedCase[],
	readSentence: SentenceReader
): SeedResult[] {
	return cases.map((c) => {
		const span = seedSentenceSpan(seed, c.prefix);
		const clauses = span ? readSentence(seed, span[0], span[1]) : [];
		const readerLevels = clauses.map((clause) => clause.level);
		const readerActor = clauses[0]?.actor ?? '';
		const holds =
			readerActor === c.actor &&
			readerLevels.length === c.levels.length &&
			readerLevels.every((level, i) => level === c.levels[i]);
		return { ...c, readerLevels, readerActor, holds };
	});
}
