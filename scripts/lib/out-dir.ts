/**
 * What `--out` may be: the CLI replaces the whole folder, so it refuses any path where that
 * would lose something it did not write (DESIGN.md, "Nothing lost"). Allowed: a path that does
 * not exist yet, an empty folder, or a folder holding a package this CLI wrote (it carries the
 * marker file, or, written before the marker existed, only the package's own files).
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../../src/lib/analysis/errors';
import { describeFsError } from './read-text';

/** The file every package carries, so that the next run knows the folder is its own. */
export const PACKAGE_MARKER = '.preprocess-package';
export const PACKAGE_MARKER_TEXT =
	'This folder is a data package written by npm run preprocess (scripts/preprocess.ts).\n' +
	'Every run replaces the whole folder: keep nothing else here.\n';

/** A path the output must neither be nor hold, and what to call it in the refusal. */
export interface Protected {
	path: string;
	what: string;
}

/** The real path of `path`, resolved through its nearest existing ancestor when it is missing. */
async function realPathOf(path: string): Promise<string> {
	const missing: string[] = [];
	let at = resolve(path);
	for (;;) {
		try {
			return join(await realpath(at), ...missing.reverse());
		} catch (error) {
			const parent = dirname(at);
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) return resolve(path);
			missing.push(basename(at));
			at = parent;
		}
	}
}

/** Whether `outer` is `inner` or one of its ancestors (both real, absolute paths). */
const holds = (outer: string, inner: string) =>
	inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/**
 * Throws an InputError naming `out` when replacing it could lose something: it is a file or a
 * link, it is or holds a protected path (the input, the project), or it is a folder that holds
 * files this CLI did not write. `generated` names the files a package of this CLI holds.
 */
export async function assertReplaceable(
	out: string,
	generated: Iterable<string>,
	protectedPaths: readonly Protected[] = []
): Promise<void> {
	const refuse = (why: string) => new InputError(out, `--out ${why}`);
	const target = await realPathOf(out);
	for (const { path, what } of protectedPaths) {
		if (holds(target, await realPathOf(path))) {
			throw refuse(`is ${what} or a folder that holds it; give a folder of its own`);
		}
	}
	let info;
	try {
		info = await lstat(out);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return; // nothing there to lose
		throw refuse(`cannot be read: ${describeFsError(error)}`);
	}
	if (info.isSymbolicLink()) throw refuse('is a symbolic link; give the folder itself');
	if (!info.isDirectory()) {
		throw refuse(`is ${info.isFile() ? 'a file' : 'no folder'}; give a new or empty folder`);
	}
	let names: string[];
	try {
		names = await readdir(out);
	} catch (error) {
		throw refuse(`cannot be read: ${describeFsError(error)}`);
	}
	if (names.length === 0 || names.includes(PACKAGE_MARKER)) return;
	const known = new Set(generated);
	const foreign = names.filter((name) => !known.has(name)).sort();
	if (foreign.length === 0 && names.includes('datapackage.json')) return;
	throw refuse(
		`is a folder that holds something else (${foreign[0] ?? names.sort()[0]}); give a new or empty folder, or a package this CLI wrote`
	);
}
