/**
 * The summary figures of a statement's report as tiles: a value, what it counts, and a detail
 * that sets it in proportion (per 1,000 words, of how many). Formatting lives here, so the
 * component only lays the tiles out.
 */
import { formatDecimal, formatInteger, formatShare } from '$lib/format/numbers';
import type { StatementView } from './statement-view';

export interface StatementTile {
	id: string;
	value: string;
	/** Shown smaller after the value ("/ 4"). */
	of?: string;
	label: string;
	detail: string;
}

const plural = (n: number, one: string, many: string) =>
	`${formatInteger(n)} ${n === 1 ? one : many}`;
const per1000 = (rate: number) => `${formatDecimal(rate, 1)} per 1,000 words`;

export function statementTiles({ figures: f, row }: StatementView): StatementTile[] {
	return [
		{
			id: 'words',
			value: formatInteger(f.words),
			label: 'words',
			detail: `in ${plural(f.paragraphs, 'paragraph', 'paragraphs')}, ${
				f.headedChapters > 0
					? plural(f.headedChapters, 'chapter', 'chapters')
					: 'no chapter headings'
			}`
		},
		{
			id: 'clauses',
			value: formatInteger(f.clauses),
			label: 'clauses',
			detail: per1000(row.clausesPer1000Words)
		},
		{
			id: 'commitments',
			value: formatInteger(f.commitments),
			label: 'commitments (level 3–4)',
			detail: per1000(row.commitmentsPer1000Words)
		},
		{
			id: 'research-group',
			value: formatInteger(f.commitmentsRg),
			label: 'commitments as the G7/G20 Research Group counts them',
			detail: per1000(row.commitmentsRgPer1000Words)
		},
		{
			id: 'mean-level',
			value: f.meanLevel === null ? '–' : formatDecimal(f.meanLevel, 1),
			of: '/ 4',
			label: 'mean strength on the modality scale',
			detail: f.meanLevel === null ? 'no clauses' : `over ${plural(f.clauses, 'clause', 'clauses')}`
		},
		{
			id: 'conditional',
			value: f.shareConditional === null ? '–' : formatShare(f.shareConditional),
			label: 'of the clauses conditional',
			detail: `${plural(f.conditional, 'clause', 'clauses')} with a condition`
		},
		{
			id: 'targets',
			value: formatInteger(f.targets),
			label: f.targets === 1 ? 'target' : 'targets',
			detail: 'a quantity and a deadline'
		}
	];
}
