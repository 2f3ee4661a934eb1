import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinContents, jsonChunks } from './serialize';

const pretty = (data: unknown) => `${JSON.stringify(data, null, '\t')}\n`;

describe('jsonChunks', () => {
	const value = fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme' }),
		fc.constantFrom('', '"', '\\', '\n', '\u2028', '\uD800', 'Việt Nam “x”'),
		fc.double(),
		fc.integer(),
		fc.boolean(),
		fc.constant(null),
		fc.constant(undefined)
	);
	const row = fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 5 });

	it('is JSON.stringify(data, null, "\\t") plus a newline, in pieces', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.string({ maxLength: 6 }), fc.array(row, { maxLength: 8 }), { maxKeys: 4 }),
				fc.integer({ min: 0, max: 1200 }),
				(tables, repeat) => {
					// Some tables longer than one piece (500 rows), to cross piece boundaries.
					const data = Object.fromEntries(
						Object.entries(tables).map(([key, rows]) => [
							key,
							repeat > 900 && rows.length > 0
								? Array.from({ length: repeat }, (_, i) => rows[i % rows.length])
								: rows
						])
					);
					expect([...jsonChunks(data)].join('')).toBe(pretty(data));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('cuts large tables into several pieces and keeps empty ones and key order', () => {
		const data = {
			b: Array.from({ length: 1201 }, (_, i) => ({
				id: i,
				text: `row “${i}”`,
				x: i % 3 ? null : -0
			})),
			a: [],
			c: [{ nested: { deep: [1, 2] } }, [3], 'plain']
		};
		const pieces = [...jsonChunks(data)];
		expect(pieces.length).toBeGreaterThanOrEqual(4);
		expect(pieces.join('')).toBe(pretty(data));
		expect(joinContents(pieces)).toBe(pretty(data));
	});

	it('falls back to one piece for anything but an object of arrays', () => {
		for (const data of [{}, { a: 1 }, { a: [1], b: 'x' }, { a: undefined }, []]) {
			expect([...jsonChunks(data)].join('')).toBe(pretty(data));
		}
	});
});
