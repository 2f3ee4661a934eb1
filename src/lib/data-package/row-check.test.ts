import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLES, TABLE_NAMES, type DashboardData } from '../contract/tables';
import { decodeDashboard } from './dashboard-json';
import { compileRowCheck } from './row-check';

const data = decodeDashboard(
	JSON.parse(readFileSync('data/dashboard.json', 'utf8'))
) as unknown as DashboardData;

/** Values that pass some fields and break others. */
const SAMPLES = [
	null,
	undefined,
	'',
	'a',
	'2025',
	'2025-07',
	'2025-07-01',
	'2025-7',
	'joint-statement-2026',
	'Joint',
	'joint',
	'firm',
	'text',
	'reference',
	'day',
	'country',
	'region',
	0,
	-0,
	1,
	-1,
	1.5,
	3,
	4,
	5,
	90,
	90.5,
	-180,
	180.01,
	2 ** 53,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	true,
	false,
	[],
	{}
];
const anyValue = fc.oneof(
	fc.constantFrom(...SAMPLES),
	fc.string({ maxLength: 4 }),
	fc.double(),
	fc.integer()
);

describe('compileRowCheck', () => {
	it.each(TABLE_NAMES)('accepts exactly the %s rows zod accepts', (name) => {
		const schema = TABLES[name].row;
		const check = compileRowCheck(schema);
		expect(check).toBeDefined();
		const rows = data[name] as object[];
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(check?.(row)).toBe(true);
		const keys = Object.keys(schema.shape);
		// Every field with every sample value, one at a time.
		for (const key of keys) {
			for (const value of SAMPLES) {
				const row = { ...rows[0], [key]: value };
				expect(check?.(row), `${key}: ${String(value)}`).toBe(schema.safeParse(row).success);
			}
		}
		fc.assert(
			fc.property(
				fc.constantFrom(...rows),
				fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), anyValue), { maxLength: 3 }),
				(base, changes) => {
					const row: Record<string, unknown> = { ...base };
					for (const [key, value] of changes) {
						if (value === undefined && Math.random() < 0.5) delete row[key];
						else row[key] = value;
					}
					expect(check?.(row)).toBe(schema.safeParse(row).success);
				}
			),
			{ numRuns: 400 }
		);
		for (const notRow of [null, undefined, [], 'row', 1, [rows[0]]]) {
			expect(check?.(notRow)).toBe(schema.safeParse(notRow).success);
		}
	});

	it('declines schemas it does not know, rather than guess', () => {
		expect(compileRowCheck(z.object({ a: z.string().max(3) }))).toBeUndefined();
		expect(compileRowCheck(z.object({ a: z.string().optional() }))).toBeUndefined();
		expect(compileRowCheck(z.strictObject({ a: z.string() }))).toBeUndefined();
		expect(compileRowCheck(z.object({ a: z.string() }).refine(() => true))).toBeUndefined();
		expect(compileRowCheck(z.object({ a: z.array(z.string()) }))).toBeUndefined();
		expect(compileRowCheck(z.object({ a: z.email() }))).toBeUndefined();
		const check = compileRowCheck(
			z.object({ n: z.number().gt(0).lt(1), s: z.string().min(2).regex(/^a/) })
		);
		expect([
			check?.({ n: 0.5, s: 'ab' }),
			check?.({ n: 0, s: 'ab' }),
			check?.({ n: 1, s: 'ab' })
		]).toEqual([true, false, false]);
		expect([check?.({ n: 0.5, s: 'a' }), check?.({ n: 0.5, s: 'ba' })]).toEqual([false, false]);
	});
});
