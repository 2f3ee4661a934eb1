/** Rows behind the sector charts: mentions per sector and per chapter × sector. */
import type { DashboardData } from '$lib/contract/tables';
import { chapterLabel, chapterTitle } from '$lib/format/chapters';
import { PRIMARY_DOC_ID } from '$lib/links';
import { per1000Words } from '$lib/analysis/compare';

export interface SectorMentionRow {
	sector: string;
	sectorLabel: string;
	/** Mentions in the joint statement. */
	statement: number;
	/** Mentions in the other documents (the 2025 article). */
	article: number;
	total: number;
}

/** Sectors by total mentions, most mentioned first (ties by label, so the order is stable). */
export function sectorMentionRows(data: DashboardData): SectorMentionRow[] {
	const bySector = new Map<string, SectorMentionRow>();
	for (const term of data.sectorTerms) {
		if (!bySector.has(term.sector)) {
			bySector.set(term.sector, {
				sector: term.sector,
				sectorLabel: term.sectorLabel,
				statement: 0,
				article: 0,
				total: 0
			});
		}
	}
	for (const m of data.sectors) {
		const row = bySector.get(m.sector);
		if (!row) continue;
		if (m.docId === PRIMARY_DOC_ID) row.statement += 1;
		else row.article += 1;
		row.total += 1;
	}
	return [...bySector.values()].sort(
		(a, b) => b.total - a.total || a.sectorLabel.localeCompare(b.sectorLabel, 'en')
	);
}

export interface SectorCellRow {
	chapterNo: number;
	chapter: string;
	chapterTitle: string;
	sector: string;
	sectorLabel: string;
	mentions: number;
}

/** Every chapter × sector cell of the joint statement, zeros included (a full grid). */
export function sectorChapterRows(data: DashboardData, docId = PRIMARY_DOC_ID): SectorCellRow[] {
	const sectors = sectorMentionRows(data);
	const chapters = data.chapters.filter((c) => c.docId === docId);
	const counts = new Map<string, number>();
	for (const m of data.sectors) {
		if (m.docId !== docId) continue;
		const key = `${m.chapterNo}|${m.sector}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const rows: SectorCellRow[] = [];
	for (const s of sectors) {
		for (const c of chapters) {
			rows.push({
				chapterNo: c.chapterNo,
				chapter: chapterLabel(c.chapterTitle, c.chapterNo),
				chapterTitle: chapterTitle(c.chapterTitle, c.chapterNo),
				sector: s.sector,
				sectorLabel: s.sectorLabel,
				mentions: counts.get(`${c.chapterNo}|${s.sector}`) ?? 0
			});
		}
	}
	return rows;
}

export interface StatementSectorRow {
	sector: string;
	sectorLabel: string;
	mentions: number;
	mentionsPer1000Words: number;
}

/**
 * The sectors one statement names, most mentioned first (ties by label), with their rate per
 * 1,000 words of the statement; sectors it never names are left out.
 */
export function statementSectorRows(
	data: Pick<DashboardData, 'documents' | 'sectors'>,
	docId = PRIMARY_DOC_ID
): StatementSectorRow[] {
	const words = data.documents.find((d) => d.docId === docId)?.words ?? 0;
	const bySector = new Map<string, StatementSectorRow>();
	for (const m of data.sectors) {
		if (m.docId !== docId) continue;
		const row = bySector.get(m.sector) ?? {
			sector: m.sector,
			sectorLabel: m.sectorLabel,
			mentions: 0,
			mentionsPer1000Words: 0
		};
		row.mentions += 1;
		bySector.set(m.sector, row);
	}
	return [...bySector.values()]
		.map((row) => ({ ...row, mentionsPer1000Words: per1000Words(row.mentions, words) }))
		.sort((a, b) => b.mentions - a.mentions || a.sectorLabel.localeCompare(b.sectorLabel, 'en'));
}
