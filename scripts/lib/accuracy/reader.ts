/**
 * The one adapter between the benchmark and the analysis under test: a statement in, the
 * reader's clauses out as plain spans with a level and an actor. When the analysis changes its
 * output shape, this is the file to touch.
 */
import { analyseClauses } from '../../../src/lib/analysis/clauses';
import { readDocumentParties } from '../../../src/lib/analysis/parties';
import { metaFromFileName } from '../../../src/lib/analysis/input';
import {
	analyseDocument,
	createAnalysers,
	type ReferenceData
} from '../../../src/lib/analysis/analyse-corpus';

export interface ReaderClause {
	start: number;
	end: number;
	level: number;
	/** As the reader gives it: 'joint' | 'other' | 'unspecified', an old code ('eu', 'vn') or a party id/name. */
	actor: string;
	text: string;
}

/** The only place that knows the shape of the analysis' clauses (Clause and ClauseRow alike). */
function toReaderClause(clause: {
	start: number;
	end: number;
	level: unknown;
	actor: unknown;
	text: string;
}): ReaderClause {
	return {
		start: clause.start,
		end: clause.end,
		level: Number(clause.level),
		actor: String(clause.actor),
		text: clause.text
	};
}

/**
 * A reader for a whole corpus: compiles the reference data once, then reads one text per call
 * (with the statement's title, from which a reader may take the parties).
 */
export function createReader(reference: ReferenceData) {
	const analysers = createAnalysers(reference);
	return (file: string, text: string, title = ''): ReaderClause[] => {
		const meta = { ...metaFromFileName(file), title };
		const { clauses } = analyseDocument({ meta, text }, analysers);
		return clauses.map(toReaderClause);
	};
}

export type SentenceReader = (docText: string, start: number, end: number) => ReaderClause[];

/**
 * The reader's clauses of one sentence alone, as the seed cases of clauses.test.ts read it: in
 * the Viet Nam–EU statement, whose parties are Viet Nam and the EU.
 */
export function createSeedSentenceReader(reference: ReferenceData): SentenceReader {
	const parties = readDocumentParties(reference.parties, {
		title: '',
		text: '',
		declared: ['vn', 'eu']
	});
	return (docText, start, end) =>
		analyseClauses({ docText, start, end }, { previousActor: 'joint', parties }).map(
			toReaderClause
		);
}
