/**
 * Rows behind the /compare charts: one per statement (the site's joint statement first, then
 * the comparison corpus newest first), and statement × sector cells. A reader's choice of
 * statements and their order (`?docs=a,b,c`) is applied by `chooseStatements`.
 */
import type { DashboardData } from '$lib/contract/tables';
import type { LevelCounts } from './commitment-rows';

export interface CompareStatementRow extends LevelCounts {
	docId: string;
	label: string;
	title: string;
	date: string;
	/** The statement the site is about (drawn apart on every chart). */
	focus: boolean;
	words: number;
	paragraphs: number;
	clauses: number;
	commitments: number;
	commitmentsRg: number;
	clausesPer1000Words: number;
	commitmentsPer1000Words: number;
	commitmentsRgPer1000Words: number;
	/** Each level's share of the clauses in percent, 1 decimal, summing to 100 (0 without clauses). */
	share0: number;
	share1: number;
	share2: number;
	share3: number;
	share4: number;
	conditional: number;
	/** Share of the clauses that carry a condition, in percent (1 decimal). */
	percentConditional: number;
	targets: number;
	targetsPer1000Words: number;
	instrumentClauses: number;
	instrumentClausesPer1000Words: number;
}

/**
 * Percentages of `counts` with one decimal that add up to exactly 100 (largest remainder), so a
 * 100 % bar is never a tenth short or over. All zero when the counts are.
 */
export function percentShares(counts: readonly number[]): number[] {
	const total = counts.reduce((n, c) => n + c, 0);
	if (total === 0) return counts.map(() => 0);
	const exact = counts.map((c) => (c / total) * 1000);
	const tenths = exact.map(Math.floor);
	let left = 1000 - tenths.reduce((n, t) => n + t, 0);
	const byRemainder = exact
		.map((e, i) => ({ i, r: e - Math.floor(e) }))
		.sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of byRemainder) {
		if (left-- <= 0) break;
		tenths[i] = (tenths[i] ?? 0) + 1;
	}
	return tenths.map((t) => t / 10);
}

export function compareStatementRows(data: Pick<DashboardData, 'compare'>): CompareStatementRow[] {
	const rows = data.compare.map((r): CompareStatementRow => {
		const levels = [r.level0, r.level1, r.level2, r.level3, r.level4];
		const shares = percentShares(levels);
		return {
			docId: r.docId,
			label: r.label,
			title: r.title,
			date: r.date,
			focus: r.focus,
			words: r.words,
			paragraphs: r.paragraphs,
			clauses: r.clauses,
			commitments: r.commitments,
			commitmentsRg: r.commitmentsRg,
			clausesPer1000Words: r.clausesPer1000Words,
			commitmentsPer1000Words: r.commitmentsPer1000Words,
			commitmentsRgPer1000Words: r.commitmentsRgPer1000Words,
			level0: r.level0,
			level1: r.level1,
			level2: r.level2,
			level3: r.level3,
			level4: r.level4,
			share0: shares[0] ?? 0,
			share1: shares[1] ?? 0,
			share2: shares[2] ?? 0,
			share3: shares[3] ?? 0,
			share4: shares[4] ?? 0,
			conditional: r.conditional,
			percentConditional: Math.round((r.shareConditional ?? 0) * 1000) / 10,
			targets: r.targets,
			targetsPer1000Words: r.targetsPer1000Words,
			instrumentClauses: r.instrumentClauses,
			instrumentClausesPer1000Words: r.instrumentClausesPer1000Words
		};
	});
	// The focus first, then newest first (ties by label, so the order is stable).
	return rows.sort(
		(a, b) =>
			Number(b.focus) - Number(a.focus) ||
			b.date.localeCompare(a.date) ||
			a.label.localeCompare(b.label, 'en')
	);
}

/**
 * The statements a reader chose, in the order chosen (ids it does not know are ignored); all of
 * them in the default order when the choice is empty or names none.
 */
export function chooseStatements<Row extends { docId: string }>(
	rows: readonly Row[],
	docIds: readonly string[]
): Row[] {
	const chosen = docIds
		.map((id) => rows.find((r) => r.docId === id))
		.filter((r, i, all): r is Row => r !== undefined && all.indexOf(r) === i);
	return chosen.length > 0 ? chosen : [...rows];
}

export interface CompareSectorCellRow {
	docId: string;
	label: string;
	/** The statement the site is about (its column label is bold). */
	focus: boolean;
	sector: string;
	sectorLabel: string;
	mentions: number;
	mentionsPer1000Words: number;
}

/**
 * Every statement × sector cell, statements in `compareStatementRows` order, sectors by their
 * mean rate over the statements, highest first (ties by label).
 */
export function compareSectorRows(data: DashboardData): CompareSectorCellRow[] {
	const statements = compareStatementRows(data);
	const rate = new Map<string, number>();
	for (const cell of data.compareSectors) {
		rate.set(cell.sector, (rate.get(cell.sector) ?? 0) + cell.mentionsPer1000Words);
	}
	const cells = new Map(data.compareSectors.map((c) => [`${c.docId}|${c.sector}`, c]));
	const sectors = [...new Map(data.compareSectors.map((c) => [c.sector, c.sectorLabel]))].sort(
		([a, la], [b, lb]) => (rate.get(b) ?? 0) - (rate.get(a) ?? 0) || la.localeCompare(lb, 'en')
	);
	const rows: CompareSectorCellRow[] = [];
	for (const [sector, sectorLabel] of sectors) {
		for (const s of statements) {
			const cell = cells.get(`${s.docId}|${sector}`);
			rows.push({
				docId: s.docId,
				label: s.label,
				focus: s.focus,
				sector,
				sectorLabel,
				mentions: cell?.mentions ?? 0,
				mentionsPer1000Words: cell?.mentionsPer1000Words ?? 0
			});
		}
	}
	return rows;
}

/** The median of the values (0 for none): where the other statements stand, in one number. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The heatmap's cells for the chosen statements, in their order (sectors keep theirs). */
export function chooseSectorCells(
	cells: readonly CompareSectorCellRow[],
	docIds: readonly string[]
): CompareSectorCellRow[] {
	const sectors = [...new Set(cells.map((c) => c.sector))];
	const byKey = new Map(cells.map((c) => [`${c.docId}|${c.sector}`, c]));
	return sectors.flatMap((sector) =>
		docIds.flatMap((docId) => byKey.get(`${docId}|${sector}`) ?? [])
	);
}
