/**
 * Reads a table's zod row schema as a list of columns: CSV header, Frictionless type and
 * description. The schema is the single source; nothing here names a column by hand.
 */
import type { z } from 'zod';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column {
	/** camelCase key in the JSON rows. */
	key: string;
	/** snake_case CSV header. */
	name: string;
	type: FieldType;
	description: string;
	required: boolean;
	enum?: string[];
	pattern?: string;
}

/**
 * chapterNo → chapter_no, originIata → origin_iata, iso3 → iso3. Digits stay with their word;
 * a field whose CSV name needs more (level0 → level_0) sets `csvName` with `.meta()`.
 */
export function toSnakeCase(key: string): string {
	return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

interface ZodInternals {
	description?: string;
	def: {
		type: string;
		innerType?: ZodInternals;
		entries?: Record<string, string>;
		checks?: { _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }[];
	};
}

function unwrap(field: ZodInternals): { base: ZodInternals; nullable: boolean } {
	let base = field;
	let nullable = false;
	while (base.def.type === 'nullable' || base.def.type === 'optional') {
		nullable = true;
		base = base.def.innerType as ZodInternals;
	}
	return { base, nullable };
}

function fieldType(base: ZodInternals): FieldType {
	const type = base.def.type;
	if (type === 'boolean') return 'boolean';
	if (type === 'number') {
		const isInt = (base.def.checks ?? []).some((c) => c._zod.def.format === 'safeint');
		return isInt ? 'integer' : 'number';
	}
	if (type === 'string' || type === 'enum') return 'string';
	throw new Error(`unsupported field type in the data contract: ${type}`);
}

export function columnsOf(schema: z.ZodObject): Column[] {
	return Object.entries(schema.shape).map(([key, value]) => {
		const field = value as unknown as ZodInternals;
		const { base, nullable } = unwrap(field);
		const description = field.description ?? base.description;
		if (!description) throw new Error(`field ${key} of the data contract has no description`);
		const meta = (value as unknown as { meta(): { csvName?: string } | undefined }).meta();
		const column: Column = {
			key,
			name: meta?.csvName ?? toSnakeCase(key),
			type: fieldType(base),
			description,
			required: !nullable
		};
		if (base.def.type === 'enum') column.enum = Object.values(base.def.entries ?? {});
		const pattern = (base.def.checks ?? []).find((c) => c._zod.def.pattern)?._zod.def.pattern;
		if (pattern) column.pattern = pattern.source;
		return column;
	});
}
