import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Column } from './columns';
import { BOM, toCsv } from './csv';

const col = (key: string, type: Column['type'] = 'string'): Column => ({
	key,
	name: key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
	type,
	description: key,
	required: true
});

const parse = (csv: string) => {
	expect(csv.startsWith(BOM)).toBe(true);
	return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
};

describe('toCsv', () => {
	it('starts with a BOM, writes snake_case headers in column order and CRLF line ends', () => {
		const csv = toCsv(
			[{ docId: 'a', paragraphNo: 3 }],
			[col('paragraphNo', 'integer'), col('docId')]
		);
		expect(csv).toBe(`${BOM}paragraph_no,doc_id\r\n3,a\r\n`);
	});

	it.each([
		['comma', 'a, b', '"a, b"'],
		['quote', 'say "hi"', '"say ""hi"""'],
		['line break', 'one\ntwo', '"one\ntwo"'],
		['Vietnamese', 'Việt Nam – Hà Nội', 'Việt Nam – Hà Nội']
	])('quotes per RFC 4180: %s', (_, value, expected) => {
		const csv = toCsv([{ text: value }], [col('text')]);
		expect(csv.split('\r\n')[1]).toBe(expected);
		expect(parse(csv)[1]).toEqual([value]);
	});

	it.each([
		['=SUM(A1:A2)', "'=SUM(A1:A2)"],
		['+1', "'+1"],
		['-cmd', "'-cmd"],
		['@ref', "'@ref"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['\n=1+1', "'\n=1+1"]
	])('guards a text cell that a spreadsheet would run: %j', (value, guarded) => {
		const rows = parse(toCsv([{ text: value }], [col('text')]));
		expect(rows[1]).toEqual([guarded]);
	});

	it('leaves numbers as numbers, negative ones included, and writes null as empty', () => {
		const csv = toCsv(
			[{ value: -3.5, big: 61e9, flag: true, missing: null }],
			[
				col('value', 'number'),
				col('big', 'number'),
				col('flag', 'boolean'),
				col('missing', 'number')
			]
		);
		expect(csv.split('\r\n')[1]).toBe('-3.5,61000000000,true,');
	});

	it('writes a header even with no rows', () => {
		expect(toCsv([], [col('docId')])).toBe(`${BOM}doc_id\r\n`);
	});
});
