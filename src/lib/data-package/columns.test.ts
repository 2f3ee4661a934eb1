import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLES, TABLE_NAMES } from '../contract/tables';
import { columnsOf, toSnakeCase } from './columns';

describe('toSnakeCase', () => {
	it.each([
		['docId', 'doc_id'],
		['iso3', 'iso3'],
		['originIata', 'origin_iata'],
		['destLat', 'dest_lat'],
		['originOfFact', 'origin_of_fact'],
		['text', 'text']
	])('%s → %s', (key, name) => expect(toSnakeCase(key)).toBe(name));
});

describe('columnsOf', () => {
	it('reads type, requiredness, enum and pattern from the schema', () => {
		const schema = z.object({
			n: z.number().int().describe('an integer'),
			x: z.number().nullable().describe('a nullable number'),
			kind: z.enum(['a', 'b']).describe('a kind'),
			date: z
				.string()
				.regex(/^\d{4}$/)
				.describe('a year'),
			ok: z.boolean().describe('a flag')
		});
		expect(columnsOf(schema)).toEqual([
			{ key: 'n', name: 'n', type: 'integer', description: 'an integer', required: true },
			{ key: 'x', name: 'x', type: 'number', description: 'a nullable number', required: false },
			{
				key: 'kind',
				name: 'kind',
				type: 'string',
				description: 'a kind',
				required: true,
				enum: ['a', 'b']
			},
			{
				key: 'date',
				name: 'date',
				type: 'string',
				description: 'a year',
				required: true,
				pattern: '^\\d{4}$'
			},
			{ key: 'ok', name: 'ok', type: 'boolean', description: 'a flag', required: true }
		]);
	});

	it('refuses a field without a description', () => {
		expect(() => columnsOf(z.object({ a: z.string() }))).toThrow(/no description/);
	});

	it.each(TABLE_NAMES)(
		'the %s table: every column is described and named in snake_case',
		(name) => {
			const columns = columnsOf(TABLES[name].row);
			expect(columns.length).toBeGreaterThan(2);
			for (const column of columns) {
				expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(column.description.length).toBeGreaterThan(3);
			}
		}
	);

	it('keeps the contract columns the issue names, in order', () => {
		const names = (table: keyof typeof TABLES) => columnsOf(TABLES[table].row).map((c) => c.name);
		expect(names('clauses')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'chapter_no',
				'paragraph_no',
				'sentence_no',
				'actor',
				'level',
				'level_name',
				'cues',
				'novelty',
				'polarity',
				'conditional',
				'precision',
				'target',
				'text',
				'start',
				'end'
			])
		);
		expect(names('chapters')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'chapter_no',
				'chapter_title',
				'paragraphs',
				'clauses',
				'commitments',
				'level_0',
				'level_1',
				'level_2',
				'level_3',
				'level_4',
				'mean_level',
				'share_exploratory'
			])
		);
		expect(names('routes')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'origin',
				'destination',
				'country',
				'launched',
				'origin_lat',
				'origin_lon',
				'dest_lat',
				'dest_lon',
				'quote',
				'start',
				'end',
				'origin_of_fact'
			])
		);
		expect(names('events')).toEqual(
			expect.arrayContaining([
				'date',
				'precision',
				'title',
				'kind',
				'doc_id',
				'paragraph_no',
				'quote',
				'origin',
				'source_url'
			])
		);
		expect(names('visits')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'direction',
				'visitor',
				'country',
				'iso3',
				'lat',
				'lon',
				'date',
				'quote',
				'start',
				'end'
			])
		);
		expect(names('figures')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'paragraph_no',
				'sentence_no',
				'label',
				'value',
				'unit',
				'qualifier',
				'period',
				'quote',
				'start',
				'end'
			])
		);
		expect(names('documents')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'title',
				'date',
				'kind',
				'paragraphs',
				'sentences',
				'words'
			])
		);
		expect(names('paragraphs')).toEqual(
			expect.arrayContaining(['doc_id', 'paragraph_no', 'chapter_no', 'text', 'start', 'end'])
		);
		expect(names('sectors')).toEqual(
			expect.arrayContaining([
				'doc_id',
				'chapter_no',
				'paragraph_no',
				'sentence_no',
				'sector',
				'term',
				'start',
				'end'
			])
		);
	});
});
