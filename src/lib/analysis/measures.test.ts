import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measuresFile, overviewTilesFile } from '../contract/reference';
import { createMeasureReader } from './measures';

const read = (name: string): unknown =>
	JSON.parse(readFileSync(new URL(`../../../seeds/reference/${name}`, import.meta.url), 'utf8'));
const { measures } = measuresFile.parse(read('measures.json'));
const measureOf = createMeasureReader(measures);

describe('reviewed measures (seeds/reference/measures.json)', () => {
	it.each(measures.map((m) => [m.id, m] as const))(
		'%s: its example label takes it',
		(_id, measure) => {
			for (const kind of measure.kinds) {
				expect(measureOf({ kind, label: measure.example })).toBe(measure.id);
			}
		}
	);

	it('every overview tile names a measure that exists', () => {
		const ids = new Set(measures.map((m) => m.id));
		const { tiles } = overviewTilesFile.parse(read('overview-tiles.json'));
		for (const tile of tiles) {
			if (tile.measure) expect(ids, tile.id).toContain(tile.measure);
			if (tile.detail.kind === 'companion') expect(ids, tile.id).toContain(tile.detail.measure);
		}
	});
});

describe('createMeasureReader', () => {
	const read = createMeasureReader([
		{
			id: 'trade',
			label: 'Trade',
			kinds: ['money', 'percent'],
			terms: ['two-way trade'],
			example: 'two-way trade'
		},
		{ id: 'rank-region', label: 'r', kinds: ['rank'], terms: ['partners in asean'], example: 'x' },
		{ id: 'rank', label: 'r', kinds: ['rank'], terms: ['partners'], example: 'x' }
	]);

	it('matches a term as whole words in any case, anywhere in the label', () => {
		expect(read({ kind: 'money', label: 'Total Two-Way Trade in goods' })).toBe('trade');
		expect(read({ kind: 'percent', label: 'two-way trade, change year-on-year' })).toBe('trade');
	});
	it('needs the kind: a count of trade missions is not trade in money', () => {
		expect(read({ kind: 'count', label: 'two-way trade missions' })).toBe('');
	});
	it('does not match inside a word or out of order', () => {
		expect(read({ kind: 'rank', label: 'partnerships' })).toBe('');
		expect(read({ kind: 'money', label: 'trade, two-way' })).toBe('');
	});
	it('takes the first measure that fits, so the specific one is listed first', () => {
		expect(read({ kind: 'rank', label: 'goods trading partners in ASEAN (Vietnam)' })).toBe(
			'rank-region'
		);
		expect(read({ kind: 'rank', label: 'trading partners (EU)' })).toBe('rank');
	});
});
