/**
 * One compared statement's clauses and sector sentences, as /compare/<doc>.json serves them:
 * what a mark opens, loaded only when a reader opens a mark of that statement (the page itself
 * carries the counts only).
 */
import type { DashboardData } from '$lib/contract/tables';
import type { StatementClause, StatementSentence } from './compare-view';

export interface StatementDetail {
	docId: string;
	clauses: StatementClause[];
	sentences: StatementSentence[];
}

export function statementDetail(
	data: Pick<DashboardData, 'compareClauses' | 'compareMentions'>,
	text: string,
	docId: string
): StatementDetail {
	const clauses = data.compareClauses
		.filter((c) => c.docId === docId)
		.map((c) => ({
			clauseId: c.clauseId,
			paragraphNo: c.paragraphNo,
			level: c.level,
			conditional: c.conditional,
			target: c.target,
			researchGroupCommitment: c.researchGroupCommitment,
			instruments: c.instruments,
			text: c.text,
			start: c.start
		}));
	// One entry per sentence, its mentions gathered (a sentence may name several sectors).
	const sentences = new Map<number, StatementSentence>();
	for (const m of data.compareMentions) {
		if (m.docId !== docId) continue;
		let sentence = sentences.get(m.sentenceStart);
		if (!sentence) {
			sentence = {
				paragraphNo: m.paragraphNo,
				text: text.slice(m.sentenceStart, m.sentenceEnd),
				start: m.sentenceStart,
				mentions: []
			};
			sentences.set(m.sentenceStart, sentence);
		}
		sentence.mentions.push({ sector: m.sector, start: m.start, end: m.end });
	}
	return { docId, clauses, sentences: [...sentences.values()] };
}
