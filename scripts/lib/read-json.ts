/** Reads a hand-edited JSON input and validates it; errors name the file, line and field. */
import type { z } from 'zod';
import { InputError } from '../../src/lib/analysis/errors';
import { readText } from './read-text';

function lineOfOffset(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

export async function readJson<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
	const text = await readText(file);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message);
		throw new InputError(
			file,
			`invalid JSON: ${message}`,
			position ? lineOfOffset(text, Number(position[1])) : undefined
		);
	}
	const result = schema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		const path = issue?.path.join('.') || '(root)';
		throw new InputError(file, `invalid data at ${path}: ${issue?.message ?? 'does not match'}`);
	}
	return result.data;
}
