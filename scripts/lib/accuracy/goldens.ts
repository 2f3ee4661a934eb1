/**
 * The corpus goldens: clauses of real joint statements levelled by hand from METHOD.md
 * (tests/fixtures/corpus-goldens/, one file per statement). This module reads and checks their
 * shape; whether each quote is in its document is checked by tests/unit/corpus-goldens.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Actors that are not a party's name. */
export const SHARED_ACTORS = ['joint', 'other', 'unspecified'] as const;

export const goldenClause = z.object({
	doc: z.string().min(1).describe('File name of the statement in the corpus.'),
	sentence: z.string().min(1).describe('The exact sentence, as in the file.'),
	clause: z.string().min(1).describe("Exact, contiguous words of the clause's governing part."),
	level: z.number().int().min(0).max(4).describe('Modality level 0–4 decided by hand.'),
	actor: z.string().min(1).describe('joint, a party name from `parties`, other or unspecified.'),
	reason: z.string().min(1).describe('The METHOD rule or cue behind the level, in one line.')
});
export type GoldenClause = z.infer<typeof goldenClause>;

/**
 * What a goldens file is for: `dev` and `compare` statements were levelled while the reader was
 * developed (in-sample); `heldout` ones were levelled blind and committed before the reader was
 * run on them, and the bench scores them apart.
 */
export const GOLDEN_ROLES = ['dev', 'compare', 'heldout'] as const;
export type GoldenRole = (typeof GOLDEN_ROLES)[number];

export const goldenFile = z.object({
	doc: z.string().min(1),
	title: z.string().min(1),
	role: z.enum(GOLDEN_ROLES),
	parties: z.array(z.string().min(1)).min(2),
	sampling: z.string().min(1).describe('How the sentences of this statement were chosen.'),
	clauses: z.array(goldenClause).min(1)
});
export type GoldenFile = z.infer<typeof goldenFile>;

/** Every goldens file in `dir`, in name order; throws naming the file when one is malformed. */
export function loadGoldens(dir: string): GoldenFile[] {
	const names = readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort();
	return names.map((name) => {
		const parsed = goldenFile.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
		if (!parsed.success) throw new Error(`${join(dir, name)}: ${parsed.error.message}`);
		return parsed.data;
	});
}

/** Where the golden `clause` words sit in the document: [start, end) offsets, or null. */
export function goldenSpan(
	text: string,
	golden: Pick<GoldenClause, 'sentence' | 'clause'>
): { sentence: [number, number]; clause: [number, number] } | null {
	const s = text.indexOf(golden.sentence);
	const c = golden.sentence.indexOf(golden.clause);
	if (s < 0 || c < 0) return null;
	return {
		sentence: [s, s + golden.sentence.length],
		clause: [s + c, s + c + golden.clause.length]
	};
}
