/**
 * The hand-levelled seed sentences already in src/lib/analysis/clauses.test.ts (SEED_CASES),
 * read from the test file's text so the benchmark can report how many still hold without
 * running the test suite. A case holds when the reader gives the same level for every clause
 * and the same actor for the first.
 */
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

const CASE = /prefix:\s*'((?:[^'\\]|\\.)*)',\s*levels:\s*\[([^\]]*)\],\s*actor:\s*'([a-z]+)'/g;

/** The cases in the test file's text, in order (none when its layout has changed). */
export function parseSeedCases(testSource: string): SeedCase[] {
	return [...testSource.matchAll(CASE)].map((m) => ({
		prefix: (m[1] ?? '').replace(/\\(.)/g, '$1'),
		levels: (m[2] ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean)
			.map(Number),
		actor: m[3] ?? ''
	}));
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
