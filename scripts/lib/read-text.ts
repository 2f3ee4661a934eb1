/**
 * Reads a seed text as the analysis expects it: UTF-8, BOM dropped, line endings kept. Anything
 * else (missing, not a regular file, too large, empty, binary, not UTF-8) is an InputError
 * naming the file and the line.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from '../../src/lib/analysis/errors';
import { decodeText, sizeProblem } from '../../src/lib/analysis/input';

/** The largest input read, in bytes: a statement is tens of KB, the seeds together 60 KB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Why `info` is no file to read (a pipe, a device, a socket, a directory, too large), or ''. */
function unreadable(info: Stats): string {
	if (info.isDirectory()) return 'is a directory, expected a file';
	if (info.isFIFO()) return 'is a named pipe (FIFO), expected a regular file';
	if (info.isCharacterDevice() || info.isBlockDevice())
		return 'is a device, expected a regular file';
	if (info.isSocket()) return 'is a socket, expected a regular file';
	if (!info.isFile()) return 'is not a regular file';
	return sizeProblem(info.size, MAX_INPUT_BYTES);
}

/**
 * The bytes of a regular file of at most MAX_INPUT_BYTES. What it is is checked before it is
 * opened (opening a FIFO waits for a writer; a device never ends) and again on the open handle,
 * in case the path changed in between; O_NONBLOCK keeps that open from waiting.
 */
export async function readInputBytes(file: string): Promise<Uint8Array> {
	try {
		const why = unreadable(await stat(file));
		if (why) throw new InputError(file, why);
		const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const again = unreadable(await handle.stat());
			if (again) throw new InputError(file, again);
			return await handle.readFile();
		} finally {
			await handle.close();
		}
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(file, describeFsError(error));
	}
}

export async function readText(file: string): Promise<string> {
	return decodeText(file, await readInputBytes(file));
}

export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or directory';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a directory, expected a file';
		case 'ENOTDIR':
			return 'a part of the path is not a directory';
		case 'EROFS':
			return 'read-only file system';
		case 'ELOOP':
			return 'symbolic link loop (too many levels of links)';
		case 'ENAMETOOLONG':
			return 'path too long';
		case 'ENOSPC':
			return 'no space left on the device';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
