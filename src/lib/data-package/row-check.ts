/**
 * A fast yes/no check of rows against a table's zod schema, compiled from the schema itself.
 * zod builds a parsed copy of every row and collects issues: at 1,000 documents that is a tenth of
 * the run. Rows this check accepts are exactly the rows zod accepts (row-check.test.ts); when it
 * rejects one, the caller asks zod for the issue to report. A schema using anything this file
 * does not know gets no check (undefined), and zod does all the work.
 */
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

interface Internals {
	def: {
		type: string;
		innerType?: { _zod: Internals };
		entries?: Record<string, string | number>;
		checks?: { _zod: { def: CheckDef } }[];
		shape?: Record<string, { _zod: Internals }>;
	};
}

interface CheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	value?: number;
	inclusive?: boolean;
}

/** One zod check as a predicate on a value already of the right type, or undefined. */
function checkOf(def: CheckDef): Check | undefined {
	switch (def.check) {
		case 'min_length': {
			const min = def.minimum ?? 0;
			return (v) => (v as string).length >= min;
		}
		case 'string_format': {
			if (def.format !== 'regex' || !def.pattern) return undefined;
			const pattern = def.pattern;
			return (v) => {
				pattern.lastIndex = 0;
				return pattern.test(v as string);
			};
		}
		case 'number_format':
			return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
		case 'greater_than': {
			const bound = def.value ?? 0;
			return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
		}
		case 'less_than': {
			const bound = def.value ?? 0;
			return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
		}
		default:
			return undefined;
	}
}

/** The definition keys each known type may have: any other (a format, coercion, …) is unknown. */
const KNOWN_KEYS: Record<string, readonly string[]> = {
	string: ['type', 'checks'],
	number: ['type', 'checks'],
	boolean: ['type'],
	enum: ['type', 'entries'],
	nullable: ['type', 'innerType'],
	object: ['type', 'shape']
};

const isKnown = (def: Internals['def']) =>
	Object.keys(def).every((key) => KNOWN_KEYS[def.type]?.includes(key) ?? false);

function fieldCheck(field: Internals): Check | undefined {
	const { def } = field;
	if (!isKnown(def)) return undefined;
	if (def.type === 'nullable') {
		const inner = def.innerType && fieldCheck(def.innerType._zod);
		return inner && ((v) => v === null || inner(v));
	}
	const checks: Check[] = [];
	for (const check of def.checks ?? []) {
		const predicate = checkOf(check._zod.def);
		if (!predicate) return undefined;
		checks.push(predicate);
	}
	// A loop, not checks.every(): this runs for every cell of every row.
	const all = (v: unknown) => {
		for (let i = 0; i < checks.length; i++) if (!(checks[i] as Check)(v)) return false;
		return true;
	};
	switch (def.type) {
		case 'string':
			return (v) => typeof v === 'string' && all(v);
		case 'number':
			return (v) => typeof v === 'number' && Number.isFinite(v) && all(v);
		case 'boolean':
			return checks.length === 0 ? (v) => typeof v === 'boolean' : undefined;
		case 'enum': {
			const values = new Set(Object.values(def.entries ?? {}));
			return checks.length === 0 ? (v) => values.has(v as string) : undefined;
		}
		default:
			return undefined;
	}
}

/** A predicate true exactly when zod accepts the row, or undefined when it cannot be compiled. */
export function compileRowCheck(schema: z.ZodObject): Check | undefined {
	const internals = (schema as unknown as { _zod: Internals })._zod;
	const { def } = internals;
	// Unknown keys are stripped (never refused) and the object itself has no checks.
	if (def.type !== 'object' || !def.shape || !isKnown(def)) return undefined;
	const fields: [string, Check][] = [];
	for (const [key, field] of Object.entries(def.shape)) {
		const check = fieldCheck(field._zod);
		if (!check) return undefined;
		fields.push([key, check]);
	}
	return (row) => {
		if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
		const record = row as Record<string, unknown>;
		for (let i = 0; i < fields.length; i++) {
			const [key, check] = fields[i] as [string, Check];
			if (!check(record[key])) return false;
		}
		return true;
	};
}
