/** Per-chapter aggregates of clauses (METHOD.md: "Aggregates per chapter"). */
import type { ChapterRow, ClauseRow } from '../contract/tables';

/** Roles that make a clause "have a modality cue" for the exploratory share. */
const MODALITY_ROLES = new Set(['modal', 'verb', 'hedge', 'carrier']);

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export interface ChapterShell {
	docId: string;
	chapterNo: number;
	chapterTitle: string;
	paragraphs: number;
	start: number;
	end: number;
}

export function hasModalityCue(cueRoles: readonly string[]): boolean {
	return cueRoles.some((role) => MODALITY_ROLES.has(role));
}

/**
 * `clauseCueRoles` gives, for each clause id, the roles of its cues (to decide which clauses
 * carry a modality cue); `partyIds` the document's parties, for the unilateral counts.
 */
export function aggregateChapter(
	shell: ChapterShell,
	clauses: readonly ClauseRow[],
	clauseCueRoles: ReadonlyMap<string, readonly string[]>,
	partyIds: readonly string[]
): ChapterRow {
	const levels = [0, 0, 0, 0, 0];
	let sum = 0;
	let cued = 0;
	let exploratory = 0;
	let conditional = 0;
	let commitmentsRg = 0;
	const unilateral = new Map(partyIds.map((id) => [id, 0]));
	for (const clause of clauses) {
		levels[clause.level] = (levels[clause.level] ?? 0) + 1;
		sum += clause.level;
		if (hasModalityCue(clauseCueRoles.get(clause.clauseId) ?? [])) {
			cued++;
			if (clause.level <= 1) exploratory++;
		}
		if (clause.conditional) conditional++;
		if (clause.researchGroupCommitment) commitmentsRg++;
		const own = unilateral.get(clause.actor);
		if (own !== undefined) unilateral.set(clause.actor, own + 1);
	}
	const n = clauses.length;
	return {
		docId: shell.docId,
		chapterNo: shell.chapterNo,
		chapterTitle: shell.chapterTitle,
		paragraphs: shell.paragraphs,
		clauses: n,
		commitments: (levels[3] ?? 0) + (levels[4] ?? 0),
		level0: levels[0] ?? 0,
		level1: levels[1] ?? 0,
		level2: levels[2] ?? 0,
		level3: levels[3] ?? 0,
		level4: levels[4] ?? 0,
		meanLevel: n === 0 ? null : round(sum / n, 2),
		shareExploratory: cued === 0 ? null : round(exploratory / cued, 3),
		shareConditional: n === 0 ? null : round(conditional / n, 3),
		unilateral: [...unilateral.values()].reduce((a, b) => a + b, 0),
		unilateralByParty: [...unilateral].map(([id, n]) => `${id}:${n}`).join('; '),
		commitmentsRg,
		start: shell.start,
		end: shell.end
	};
}
