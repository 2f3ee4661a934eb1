import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Column } from './columns';
import { BOM, FORMULA_START, csvChunks, toCsv } from './csv';

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

/** What toCsv wrote when it called PapaParse: the reference its bytes must equal. */
function papaCsv(rows: Record<string, unknown>[], columns: Column[]): string {
	const data = rows.map((row) =>
		columns.map((column) => {
			const value = row[column.key];
			return value === null || value === undefined ? '' : value;
		})
	);
	const body = Papa.unparse(
		{ fields: columns.map((column) => column.name), data },
		{ newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false }
	);
	return `${BOM}${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

describe('toCsv is byte-identical to PapaParse', () => {
	const tricky = [
		'',
		' ',
		' lead',
		'trail ',
		'a,b',
		'"',
		'say "hi"',
		'""',
		'line\nbreak',
		'cr\ronly',
		'crlf\r\nend',
		'\uFEFFbom',
		'mid\uFEFFbom',
		'=1+1',
		'+',
		'-',
		'-3',
		'@x',
		'\tx',
		'\rx',
		'\n=1',
		"'already",
		'=a,"b"',
		' =x',
		'Việt Nam – Hà Nội “quoted” ’',
		'emoji 🇻🇳 ok',
		'\u2028sep',
		'tab\tinside'
	];

	it.each(tricky)('a text cell %j', (value) => {
		const columns = [col('text'), col('n', 'number')];
		const rows = [{ text: value, n: 1 }];
		expect(toCsv(rows, columns)).toBe(papaCsv(rows, columns));
	});

	it('numbers, booleans, null, undefined and an empty last line', () => {
		const columns = [col('a', 'number'), col('b', 'boolean'), col('c')];
		const rows = [
			{ a: -3.5, b: true, c: null },
			{ a: 61e9, b: false, c: undefined },
			{ a: 1e21, b: false, c: '' },
			{ a: -0, b: true, c: '-1' },
			{ a: 0.1 + 0.2, b: true }
		];
		expect(toCsv(rows, columns)).toBe(papaCsv(rows, columns));
		// One column whose last cell is empty: the text already ends in CRLF.
		for (const last of ['', null, undefined, 'x']) {
			const one = [{ c: 'a' }, { c: last }];
			expect(toCsv(one, [col('c')])).toBe(papaCsv(one, [col('c')]));
		}
		expect(toCsv([], [col('c')])).toBe(papaCsv([], [col('c')]));
		expect(toCsv([{ c: 1 }], [])).toBe(papaCsv([{ c: 1 }], []));
	});

	it('any cells, any number of rows across chunk boundaries', () => {
		const cell = fc.oneof(
			fc.constantFrom(...tricky),
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.double(),
			fc.integer(),
			fc.boolean(),
			fc.constant(null)
		);
		const columns = [col('a'), col('b'), col('c')];
		fc.assert(
			fc.property(
				fc.array(fc.record({ a: cell, b: cell, c: cell }), { maxLength: 40 }),
				fc.integer({ min: 0, max: 2500 }),
				(rows, repeat) => {
					const many =
						repeat > 1990
							? Array.from({ length: repeat }, (_, i) => rows[i % rows.length] ?? {})
							: rows;
					expect(toCsv(many, columns)).toBe(papaCsv(many, columns));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('yields chunks whose concatenation is the file', () => {
		const rows = Array.from({ length: 2500 }, (_, i) => ({ a: `row ${i}`, b: i }));
		const columns = [col('a'), col('b', 'integer')];
		const chunks = [...csvChunks(rows, columns)];
		expect(chunks.length).toBeGreaterThan(2);
		expect(chunks.join('')).toBe(papaCsv(rows, columns));
	});
});
