import { describe, expect, it } from 'vitest';
import { alignClause, readerActorToGolden } from './align';
import type { ReaderClause } from './reader';

const clause = (start: number, end: number, level = 0): ReaderClause => ({
	start,
	end,
	level,
	actor: 'joint',
	text: ''
});

describe('alignClause', () => {
	const sentence: [number, number] = [100, 200];

	it('takes the shortest reader clause that holds the golden words', () => {
		const whole = clause(100, 200, 0);
		const part = clause(150, 200, 2);
		expect(alignClause([whole, part], sentence, [160, 180])).toEqual({
			status: 'contained',
			reader: part
		});
	});

	it('falls back to the clause overlapping the words most, as unsplit', () => {
		const first = clause(100, 150);
		const second = clause(150, 200);
		expect(alignClause([first, second], sentence, [140, 170])).toEqual({
			status: 'unsplit',
			reader: second
		});
	});

	it('ignores clauses of other sentences and reports a sentence without any', () => {
		expect(alignClause([clause(0, 99), clause(201, 300)], sentence, [120, 130])).toEqual({
			status: 'missing',
			reader: null
		});
	});
});

describe('readerActorToGolden', () => {
	const usVn = ['United States', 'Viet Nam'];

	it('keeps the shared actors', () => {
		expect(['joint', 'other', 'unspecified'].map((a) => readerActorToGolden(a, usVn))).toEqual([
			'joint',
			'other',
			'unspecified'
		]);
	});

	it('reads the old codes only where the statement has that party', () => {
		expect(readerActorToGolden('vn', usVn)).toBe('Viet Nam');
		expect(readerActorToGolden('eu', usVn)).toBe('?eu');
		expect(readerActorToGolden('eu', ['United States', 'European Union'])).toBe('European Union');
	});

	it('reads party ids and names in any spelling', () => {
		expect(readerActorToGolden('united-states', usVn)).toBe('United States');
		expect(readerActorToGolden('USA', usVn)).toBe('United States');
		expect(readerActorToGolden('Viet Nam', usVn)).toBe('Viet Nam');
		expect(readerActorToGolden('rok', ['United States', 'Republic of Korea'])).toBe(
			'Republic of Korea'
		);
		expect(readerActorToGolden('japan', usVn)).toBe('?japan');
	});
});
