/**
 * Pure steps of the benchmark: which reader clause answers a golden clause, and what the
 * reader's actor means in the golden vocabulary.
 */
import { PARTY_IDS } from './party-ids';
import type { ReaderClause } from './reader';

/**
 * How a golden clause found its reader clause: `contained` (a reader clause holds all its words;
 * the shortest is taken), `unsplit` (none does: the one overlapping it most), `missing` (the
 * reader has no clause in the sentence at all).
 */
export type AlignStatus = 'contained' | 'unsplit' | 'missing';

export interface Alignment {
	status: AlignStatus;
	reader: ReaderClause | null;
}

const overlap = (a: [number, number], c: ReaderClause) =>
	Math.max(0, Math.min(a[1], c.end) - Math.max(a[0], c.start));

/** The reader clause of the same sentence that holds the golden clause words (see AlignStatus). */
export function alignClause(
	readerClauses: readonly ReaderClause[],
	sentence: [number, number],
	clause: [number, number]
): Alignment {
	const inSentence = readerClauses.filter((c) => c.start < sentence[1] && c.end > sentence[0]);
	if (inSentence.length === 0) return { status: 'missing', reader: null };
	const holding = inSentence.filter((c) => c.start <= clause[0] && c.end >= clause[1]);
	if (holding.length > 0) {
		const shortest = holding.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
		return { status: 'contained', reader: shortest };
	}
	const best = inSentence.reduce((a, b) => (overlap(clause, b) > overlap(clause, a) ? b : a));
	return { status: 'unsplit', reader: best };
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Old reader codes that name a party of the Viet Nam–EU statement, never of another one. */
const OLD_CODES: Readonly<Record<string, string>> = { eu: 'European Union', vn: 'Viet Nam' };

/**
 * The reader's actor in the goldens' vocabulary for a statement with these parties: 'joint',
 * 'other', 'unspecified', one of `parties`, or `?<actor>` when it names no party of the
 * statement (an old 'eu'/'vn' code on a US statement, say) — which then matches no golden actor.
 */
export function readerActorToGolden(actor: string, parties: readonly string[]): string {
	const key = norm(actor);
	if (key === 'joint' || key === 'other' || key === 'unspecified') return key;
	const old = OLD_CODES[actor];
	if (old) return parties.includes(old) ? old : `?${actor}`;
	for (const party of parties) {
		const names = [party, ...(PARTY_IDS[party] ?? [])].map(norm);
		if (names.includes(key)) return party;
	}
	return `?${actor}`;
}
