/** Pure scoring of aligned golden clauses: agreement figures and the level confusion matrix. */
import type { AlignStatus } from './align';
import type { GoldenClause } from './goldens';

/** One golden clause beside the reader clause it was aligned to. */
export interface Judged {
	golden: GoldenClause;
	status: AlignStatus;
	/** null when the reader has no clause in the sentence. */
	readerLevel: number | null;
	/** The reader's actor mapped to the goldens' vocabulary (see readerActorToGolden). */
	readerActor: string | null;
	readerText: string;
	/** Another golden clause of the same sentence was aligned to the same reader clause. */
	shared: boolean;
}

export interface Agreement {
	n: number;
	/** Same level. */
	level: number;
	/** Level off by at most one. */
	withinOne: number;
	/** Both count it as a commitment (level ≥ 3) or both do not. */
	commitment: number;
	actor: number;
	/** Cohen's kappa of the levels over the clauses the reader has (chance-corrected agreement). */
	kappa: number;
	unsplit: number;
	missing: number;
	shared: number;
}

const LEVELS = [0, 1, 2, 3, 4] as const;

function cohenKappa(pairs: [number, number][]): number {
	const n = pairs.length;
	if (n === 0) return 0;
	const observed = pairs.filter(([a, b]) => a === b).length / n;
	const expected = LEVELS.reduce<number>((sum, level) => {
		const a = pairs.filter(([g]) => g === level).length / n;
		const b = pairs.filter(([, r]) => r === level).length / n;
		return sum + a * b;
	}, 0);
	return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

export function agreement(rows: readonly Judged[]): Agreement {
	const count = (test: (row: Judged) => boolean) => rows.filter(test).length;
	const pairs = rows
		.filter((row) => row.readerLevel !== null)
		.map((row): [number, number] => [row.golden.level, row.readerLevel as number]);
	return {
		n: rows.length,
		level: count((r) => r.readerLevel === r.golden.level),
		withinOne: count(
			(r) => r.readerLevel !== null && Math.abs(r.readerLevel - r.golden.level) <= 1
		),
		commitment: count((r) => r.readerLevel !== null && r.readerLevel >= 3 === r.golden.level >= 3),
		actor: count((r) => r.readerActor === r.golden.actor),
		kappa: cohenKappa(pairs),
		unsplit: count((r) => r.status === 'unsplit'),
		missing: count((r) => r.status === 'missing'),
		shared: count((r) => r.shared)
	};
}

/** Counts by golden level (rows 0–4) and reader level (columns 0–4, then 5 = no reader clause). */
export function confusion(rows: readonly Judged[]): number[][] {
	const matrix = LEVELS.map(() => [0, 0, 0, 0, 0, 0]);
	for (const row of rows) {
		const line = matrix[row.golden.level];
		if (line) line[row.readerLevel ?? 5]! += 1;
	}
	return matrix;
}

/** Golden actor → reader actor pairs that disagree, most frequent first. */
export function actorConfusions(rows: readonly Judged[]): { pair: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const row of rows) {
		if (row.readerActor === row.golden.actor) continue;
		const pair = `${row.golden.actor} → ${row.readerActor ?? '(none)'}`;
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return [...counts]
		.map(([pair, count]) => ({ pair, count }))
		.sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
}
