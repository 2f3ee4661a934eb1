import { describe, expect, it } from 'vitest';
import { statementTiles } from './statement-tiles';
import type { StatementView } from './statement-view';

const view = (figures: Partial<StatementView['figures']>) =>
	({
		figures: {
			words: 2915,
			paragraphs: 31,
			headedChapters: 5,
			clauses: 106,
			commitments: 22,
			commitmentsRg: 43,
			meanLevel: 1.25,
			conditional: 3,
			shareConditional: 0.028,
			targets: 1,
			instrumentClauses: 26,
			...figures
		},
		row: {
			clausesPer1000Words: 36.36,
			commitmentsPer1000Words: 7.55,
			commitmentsRgPer1000Words: 14.75
		}
	}) as StatementView;

const byId = (v: StatementView) => new Map(statementTiles(v).map((t) => [t.id, t]));

describe('statementTiles', () => {
	it('sets each count in proportion', () => {
		const tiles = byId(view({}));
		expect(tiles.get('words')).toMatchObject({
			value: '2,915',
			detail: 'in 31 paragraphs, 5 chapters'
		});
		expect(tiles.get('commitments')).toMatchObject({ value: '22', detail: '7.6 per 1,000 words' });
		expect(tiles.get('research-group')?.detail).toBe('14.8 per 1,000 words');
		expect(tiles.get('mean-level')).toMatchObject({ value: '1.3', of: '/ 4' });
		expect(tiles.get('conditional')).toMatchObject({
			value: '2.8%',
			detail: '3 clauses with a condition'
		});
		expect(tiles.get('targets')?.label).toBe('target');
	});

	it('says so when a statement has no headings or no clauses', () => {
		const tiles = byId(
			view({
				headedChapters: 0,
				paragraphs: 1,
				clauses: 0,
				meanLevel: null,
				shareConditional: null
			})
		);
		expect(tiles.get('words')?.detail).toBe('in 1 paragraph, no chapter headings');
		expect(tiles.get('mean-level')).toMatchObject({ value: '–', detail: 'no clauses' });
		expect(tiles.get('conditional')?.value).toBe('–');
	});
});
