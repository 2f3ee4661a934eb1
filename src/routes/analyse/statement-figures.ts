/**
 * The headline figures of a statement read on /analyse, each set against the corpus of
 * /compare on the same scale (per 1,000 words where length would decide it): how long it is,
 * how many clauses, how many commit (level 3–4), and how firmly on average.
 */
import type { CompareStatementRow } from '$lib/charts/rows/compare-rows';
import { LEVEL_KEYS } from '$lib/charts/rows/commitment-rows';
import { per1000Words } from '$lib/analysis/compare';
import { COMMITMENT_LEVEL } from '$lib/analysis/levels';
import type { DashboardData } from '$lib/contract/tables';

export interface StatementFigure {
	label: string;
	value: string;
	/** Where the corpus stands on the same measure, '' when it has none. */
	corpus: string;
}

const number = new Intl.NumberFormat('en-GB');
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A statement's mean modality level, from its clauses per level. */
const meanLevelOf = (row: CompareStatementRow) =>
	LEVEL_KEYS.reduce((sum, key, level) => sum + level * row[key], 0) / row.clauses;

const corpusLine = (values: readonly number[], format: (n: number) => string) => {
	const m = median(values);
	return m === undefined ? '' : `corpus median ${format(m)} (${values.length} statements)`;
};

export function statementFigures(
	tables: Pick<DashboardData, 'documents' | 'clauses'>,
	corpus: readonly CompareStatementRow[]
): StatementFigure[] {
	const words = tables.documents.reduce((sum, d) => sum + d.words, 0);
	const paragraphs = tables.documents.reduce((sum, d) => sum + d.paragraphs, 0);
	const clauses = tables.clauses.length;
	const commitments = tables.clauses.filter((c) => c.level >= COMMITMENT_LEVEL).length;
	const mean = clauses ? tables.clauses.reduce((sum, c) => sum + c.level, 0) / clauses : 0;
	const rates = (pick: (r: CompareStatementRow) => number) => corpus.map(pick);
	return [
		{
			label: 'Words',
			value: `${number.format(words)} in ${number.format(paragraphs)} paragraphs`,
			corpus: corpusLine(
				rates((r) => r.words),
				number.format
			)
		},
		{
			label: 'Clauses per 1,000 words',
			value: `${decimal.format(per1000Words(clauses, words))} (${number.format(clauses)} clauses)`,
			corpus: corpusLine(
				rates((r) => r.clausesPer1000Words),
				decimal.format
			)
		},
		{
			label: 'Commitments per 1,000 words',
			value: `${decimal.format(per1000Words(commitments, words))} (${number.format(commitments)} at level 3–4)`,
			corpus: corpusLine(
				rates((r) => r.commitmentsPer1000Words),
				decimal.format
			)
		},
		{
			label: 'Mean strength',
			value: `${decimal.format(mean)} of 4`,
			corpus: corpusLine(
				corpus.filter((r) => r.clauses > 0).map(meanLevelOf),
				(n) => `${decimal.format(n)} of 4`
			)
		}
	];
}
