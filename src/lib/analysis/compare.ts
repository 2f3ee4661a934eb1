/**
 * The comparison tables (/compare): statements analysed one by one (`analyseDocument`) put side
 * by side on the same scales. Counts come from the statements' own rows; rates are per 1,000
 * words so a long statement and a short one can be read against each other. Pure, no I/O.
 */
import type {
	CompareClauseRow,
	CompareMentionRow,
	CompareRow,
	CompareSectorRow,
	DashboardData
} from '../contract/tables';
import type { DocumentAnalysis } from './analyse-corpus';
import { COMMITMENT_LEVEL } from './levels';
import type { PartyDefinition } from './parties';
import type { SectorDefinition } from './types';

/** One statement to compare: its rows, and whether it is the statement the site is about. */
export interface ComparedStatement {
	analysis: Pick<DocumentAnalysis, 'documents' | 'clauses' | 'cues' | 'sentences' | 'sectors'>;
	focus: boolean;
}

export type CompareTables = Pick<
	DashboardData,
	'compare' | 'compareSectors' | 'compareClauses' | 'compareMentions'
>;

/** A count per 1,000 words, 2 decimals (0 for a statement without words). */
export function per1000Words(count: number, words: number): number {
	return words > 0 ? Math.round((count / words) * 100_000) / 100 : 0;
}

/** "Viet Nam–EU 2026": the parties' short names in the statement's order, and its year. */
export function statementLabel(
	partyIds: readonly string[],
	date: string,
	parties: readonly Pick<PartyDefinition, 'id' | 'shortName'>[],
	fallback: string
): string {
	const names = partyIds.map((id) => parties.find((p) => p.id === id)?.shortName ?? id);
	const year = date.slice(0, 4);
	const who = names.length > 0 ? names.join('–') : fallback;
	return year ? `${who} ${year}` : who;
}

export function compareTables(
	statements: readonly ComparedStatement[],
	// Only names and labels are read: a pasted statement's own tables (sectorTerms, parties) serve.
	reference: {
		sectors: readonly Pick<SectorDefinition, 'id' | 'label'>[];
		parties: readonly Pick<PartyDefinition, 'id' | 'shortName'>[];
	}
): CompareTables {
	const tables: CompareTables = {
		compare: [],
		compareSectors: [],
		compareClauses: [],
		compareMentions: []
	};
	for (const { analysis, focus } of statements) {
		const doc = analysis.documents[0];
		if (!doc) continue;
		// Instruments a clause names: its cues of role instrument, each name once.
		const instrumentsOf = new Map<string, string[]>();
		for (const cue of analysis.cues) {
			if (cue.role !== 'instrument') continue;
			const names = instrumentsOf.get(cue.clauseId) ?? [];
			if (!names.includes(cue.text)) names.push(cue.text);
			instrumentsOf.set(cue.clauseId, names);
		}
		const levels = [0, 0, 0, 0, 0];
		const allInstruments: string[] = [];
		let commitments = 0;
		let conditional = 0;
		let targets = 0;
		let instrumentClauses = 0;
		for (const clause of analysis.clauses) {
			levels[clause.level] = (levels[clause.level] ?? 0) + 1;
			if (clause.level >= COMMITMENT_LEVEL) commitments++;
			if (clause.conditional) conditional++;
			if (clause.target) targets++;
			const instruments = instrumentsOf.get(clause.clauseId) ?? [];
			if (instruments.length > 0) instrumentClauses++;
			for (const name of instruments) if (!allInstruments.includes(name)) allInstruments.push(name);
			tables.compareClauses.push({
				clauseId: clause.clauseId,
				docId: clause.docId,
				paragraphNo: clause.paragraphNo,
				sentenceNo: clause.sentenceNo,
				level: clause.level,
				conditional: clause.conditional,
				target: clause.target,
				researchGroupCommitment: clause.researchGroupCommitment,
				instruments: instruments.join('; '),
				text: clause.text,
				start: clause.start,
				end: clause.end
			} satisfies CompareClauseRow);
		}
		const clauses = analysis.clauses.length;
		const { words } = doc;
		const row: CompareRow = {
			docId: doc.docId,
			label: statementLabel(
				doc.parties ? doc.parties.split('; ') : [],
				doc.date,
				reference.parties,
				doc.title
			),
			title: doc.title,
			date: doc.date,
			publisher: doc.publisher,
			url: doc.url,
			file: doc.file,
			parties: doc.parties,
			focus,
			words,
			paragraphs: doc.paragraphs,
			clauses,
			commitments,
			commitmentsRg: doc.commitmentsRg,
			clausesPer1000Words: per1000Words(clauses, words),
			commitmentsPer1000Words: per1000Words(commitments, words),
			commitmentsRgPer1000Words: per1000Words(doc.commitmentsRg, words),
			level0: levels[0] ?? 0,
			level1: levels[1] ?? 0,
			level2: levels[2] ?? 0,
			level3: levels[3] ?? 0,
			level4: levels[4] ?? 0,
			conditional,
			shareConditional: clauses > 0 ? Math.round((conditional / clauses) * 1000) / 1000 : null,
			targets,
			targetsPer1000Words: per1000Words(targets, words),
			instrumentClauses,
			instrumentClausesPer1000Words: per1000Words(instrumentClauses, words),
			instruments: allInstruments.join('; ')
		};
		tables.compare.push(row);

		// Sector mentions with the sentence each is in (found by offsets: both are in text order).
		const mentions = new Map<string, number>();
		let s = 0;
		for (const mention of analysis.sectors) {
			mentions.set(mention.sector, (mentions.get(mention.sector) ?? 0) + 1);
			while (s < analysis.sentences.length && (analysis.sentences[s]?.end ?? 0) < mention.end) s++;
			const sentence = analysis.sentences[s];
			tables.compareMentions.push({
				docId: mention.docId,
				paragraphNo: mention.paragraphNo,
				sentenceNo: mention.sentenceNo,
				sector: mention.sector,
				term: mention.term,
				quote: mention.quote,
				start: mention.start,
				end: mention.end,
				sentenceStart: sentence?.start ?? mention.start,
				sentenceEnd: sentence?.end ?? mention.end
			} satisfies CompareMentionRow);
		}
		// Every sector of the taxonomy, zeros included, so each statement has a full row.
		for (const sector of reference.sectors) {
			const count = mentions.get(sector.id) ?? 0;
			tables.compareSectors.push({
				docId: doc.docId,
				sector: sector.id,
				sectorLabel: sector.label,
				mentions: count,
				mentionsPer1000Words: per1000Words(count, words)
			} satisfies CompareSectorRow);
		}
	}
	return tables;
}
