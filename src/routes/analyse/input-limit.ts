/**
 * The size the page takes, checked on the page before a file is read (a file of a gigabyte is
 * never loaded) and again in the worker for pasted text. A statement is tens of KB: 5 MB is a
 * book. Kept apart from analyse-statement.ts so the page can check without loading the reader.
 */
import { InputError } from '$lib/analysis/errors';
import { sizeProblem } from '$lib/analysis/input';

export const MAX_BROWSER_BYTES = 5 * 1024 * 1024;

/** Throws the InputError the page shows for an input of `bytes` bytes over the limit. */
export function assertSize(name: string, bytes: number): void {
	const problem = sizeProblem(bytes, MAX_BROWSER_BYTES);
	if (problem) throw new InputError(name, problem);
}
