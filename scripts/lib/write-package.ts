/**
 * Writes the package so that the output directory is never half-written: everything goes to a
 * temporary sibling directory first, which then replaces the old one by rename.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../src/lib/analysis/errors';
import { describeFsError } from './read-text';

export async function writePackageAtomically(
	out: string,
	files: Map<string, string>
): Promise<void> {
	const target = resolve(out);
	const parent = dirname(target);
	let temp: string | undefined;
	try {
		await mkdir(parent, { recursive: true });
		temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
		for (const [name, contents] of files) await writeFile(join(temp, name), contents, 'utf8');
		const old = `${temp}.old`;
		let hadOld = true;
		try {
			await rename(target, old);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			hadOld = false;
		}
		try {
			await rename(temp, target);
		} catch (error) {
			if (hadOld) await rename(old, target); // put the old package back
			throw error;
		}
		temp = undefined;
		if (hadOld) await rm(old, { recursive: true, force: true });
	} catch (error) {
		if (temp) await rm(temp, { recursive: true, force: true }).catch(() => undefined);
		throw new InputError(out, `cannot write the package: ${describeFsError(error)}`);
	}
}

/** Names of the files that differ from (or are missing in, or extra in) the directory. */
export async function diffPackage(out: string, files: Map<string, string>): Promise<string[]> {
	const differences: string[] = [];
	let present: string[] = [];
	try {
		present = await readdir(out);
	} catch {
		return [`${out} (missing)`];
	}
	for (const [name, contents] of files) {
		let current: string | undefined;
		try {
			current = await readFile(join(out, name), 'utf8');
		} catch {
			current = undefined;
		}
		if (current === undefined) differences.push(`${name} (missing)`);
		else if (current !== contents) differences.push(`${name} (differs)`);
	}
	for (const name of present) if (!files.has(name)) differences.push(`${name} (not generated)`);
	return differences.sort();
}
