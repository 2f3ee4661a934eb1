/**
 * Rows behind the commitment charts, from the data package. Only the joint statement's
 * clauses count: the article reports on 2025 and commits no one (see /method).
 */
import { LEVEL_NAMES } from '$lib/analysis/levels';
import type { DashboardData } from '$lib/contract/tables';
import { PRIMARY_DOC_ID } from '$lib/links';
import { chapterLabel, chapterTitle } from '$lib/format/chapters';

export type LevelCounts = Record<'level0' | 'level1' | 'level2' | 'level3' | 'level4', number>;

export interface ChapterLevelRow extends LevelCounts {
	chapterNo: number;
	chapter: string;
	chapterTitle: string;
	clauses: number;
	commitments: number;
	/** null when the chapter has no clauses. */
	meanLevel: number | null;
	shareConditional: number | null;
}

export function chapterLevelRows(
	data: Pick<DashboardData, 'chapters'>,
	docId = PRIMARY_DOC_ID
): ChapterLevelRow[] {
	return data.chapters
		.filter((c) => c.docId === docId)
		.map((c) => ({
			chapterNo: c.chapterNo,
			chapter: chapterLabel(c.chapterTitle, c.chapterNo),
			chapterTitle: chapterTitle(c.chapterTitle, c.chapterNo),
			level0: c.level0,
			level1: c.level1,
			level2: c.level2,
			level3: c.level3,
			level4: c.level4,
			clauses: c.clauses,
			commitments: c.commitments,
			meanLevel: c.meanLevel,
			shareConditional: c.shareConditional
		}));
}

/** Labels of the actors that are not a party; a party is shown by its short name (parties.csv). */
const NON_PARTY_LABELS: Record<string, string> = {
	joint: 'Both sides',
	other: 'Another actor',
	unspecified: 'Not stated'
};

/** "Both sides", "EU", "Viet Nam", "Another actor": what a reader sees for an actor code. */
export function actorLabel(actor: string, parties: DashboardData['parties']): string {
	return NON_PARTY_LABELS[actor] ?? parties.find((p) => p.partyId === actor)?.shortName ?? actor;
}

/** Order in which actors are shown: the parties together, each party as listed, then the rest. */
function actorRank(actor: string, parties: DashboardData['parties']): number {
	if (actor === 'joint') return 0;
	const party = parties.findIndex((p) => p.partyId === actor);
	if (party >= 0) return 1 + party;
	return parties.length + (actor === 'other' ? 1 : 2);
}

export interface ActorLevelRow extends LevelCounts {
	actor: string;
	actorLabel: string;
	clauses: number;
	commitments: number;
}

export function actorLevelRows(data: DashboardData, docId = PRIMARY_DOC_ID): ActorLevelRow[] {
	const byActor = new Map<string, ActorLevelRow>();
	for (const c of data.clauses) {
		if (c.docId !== docId) continue;
		let row = byActor.get(c.actor);
		if (!row) {
			row = {
				actor: c.actor,
				actorLabel: actorLabel(c.actor, data.parties),
				level0: 0,
				level1: 0,
				level2: 0,
				level3: 0,
				level4: 0,
				clauses: 0,
				commitments: 0
			};
			byActor.set(c.actor, row);
		}
		row[`level${c.level}` as keyof LevelCounts] += 1;
		row.clauses += 1;
		if (c.level >= 3) row.commitments += 1;
	}
	return [...byActor.values()].sort(
		(a, b) => actorRank(a.actor, data.parties) - actorRank(b.actor, data.parties)
	);
}

export const LEVEL_KEYS = ['level0', 'level1', 'level2', 'level3', 'level4'] as const;

/** "3 · strong" — legend and series names. */
export function levelLabel(level: number): string {
	return `${level} · ${LEVEL_NAMES[level] ?? ''}`;
}
