/**
 * The statement among the comparison corpus, for the report's charts that place it. Apart from
 * statement-view.ts so that the report's page does not carry the view model's code (the page gets
 * the view ready-made; only /analyse builds one in the browser).
 */
import type { CompareStatementRow } from '$lib/charts/rows/compare-rows';

/**
 * The corpus with this statement among it, for the charts that place it: the corpus's own row
 * of it replaced by the view's (a pasted statement is added), only this one in bold (`focus`),
 * ordered by commitments per 1,000 words, highest first (ties by label), so its rank reads off.
 */
export function placeAmongCorpus(
	row: CompareStatementRow,
	corpus: readonly CompareStatementRow[]
): CompareStatementRow[] {
	return [
		{ ...row, focus: true },
		...corpus.filter((r) => r.docId !== row.docId).map((r) => ({ ...r, focus: false }))
	].sort(
		(a, b) =>
			b.commitmentsPer1000Words - a.commitmentsPer1000Words || a.label.localeCompare(b.label, 'en')
	);
}
