/** Finds the documents to analyse and their metadata, and loads the reviewed reference data. */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
	DocumentMeta,
	ReferenceData,
	SourceDocument
} from '../../src/lib/analysis/analyse-corpus';
import { InputError } from '../../src/lib/analysis/errors';
import { metaFromFileName } from '../../src/lib/analysis/input';
import { sourcesFile } from '../../src/lib/contract/reference';
import {
	REFERENCE_FILES,
	documentMeta,
	referenceData,
	type ReferenceFiles,
	type SourceEntry
} from '../../src/lib/contract/reference-data';
import { readJson } from './read-json';
import { describeFsError, readText } from './read-text';

/**
 * Text files named by the inputs: a file as is, a directory's *.txt files in name order. Whether
 * each is a regular file of a readable size is checked when it is read (read-text.ts).
 */
export async function listInputFiles(inputs: string[]): Promise<string[]> {
	const files: string[] = [];
	for (const input of inputs) {
		let info;
		try {
			info = await stat(input);
		} catch (error) {
			throw new InputError(input, describeFsError(error));
		}
		if (info.isDirectory()) {
			let names: string[];
			try {
				names = (await readdir(input)).filter((name) => name.endsWith('.txt')).sort();
			} catch (error) {
				throw new InputError(input, describeFsError(error));
			}
			if (names.length === 0) throw new InputError(input, 'directory holds no .txt file');
			files.push(...names.map((name) => join(input, name)));
		} else {
			files.push(input);
		}
	}
	return files;
}

async function sourcesBeside(
	file: string,
	cache: Map<string, SourceEntry[]>
): Promise<SourceEntry[]> {
	const listFile = join(dirname(file), 'sources.json');
	const cached = cache.get(listFile);
	if (cached) return cached;
	let entries: SourceEntry[] = [];
	try {
		await stat(listFile);
		entries = await readJson(listFile, sourcesFile);
	} catch (error) {
		if (error instanceof InputError && error.message !== 'no such file or directory') throw error;
	}
	cache.set(listFile, entries);
	return entries;
}

/** Files read at once: enough to keep the disk and libuv's thread pool busy. */
const READS_IN_FLIGHT = 16;

/** Every file's text (or the error reading it), in the files' order, read several at a time. */
async function readTexts(files: string[]): Promise<({ text: string } | { error: unknown })[]> {
	const texts: ({ text: string } | { error: unknown })[] = new Array(files.length);
	let next = 0;
	const reader = async () => {
		while (next < files.length) {
			const i = next++;
			try {
				texts[i] = { text: await readText(files[i] as string) };
			} catch (error) {
				texts[i] = { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, files.length) }, reader));
	return texts;
}

/**
 * The size in bytes of the input files, or 0 when they cannot be listed (loadDocuments then
 * reports why). At least their length in characters: enough to choose the threads before reading.
 */
export async function inputBytes(inputs: string[]): Promise<number> {
	try {
		const sizes = await Promise.all(
			(await listInputFiles(inputs)).map(async (file) => (await stat(file)).size)
		);
		return sizes.reduce((sum, size) => sum + size, 0);
	} catch {
		return 0;
	}
}

export async function loadDocuments(inputs: string[]): Promise<SourceDocument[]> {
	const cache = new Map<string, SourceEntry[]>();
	const documents: SourceDocument[] = [];
	const ids = new Set<string>();
	const files = await listInputFiles(inputs);
	const texts = await readTexts(files);
	for (const [i, file] of files.entries()) {
		// Errors in file order, as if the files were read one by one.
		const read = texts[i];
		if (!read || 'error' in read) throw read?.error;
		const { text } = read;
		const entry = (await sourcesBeside(file, cache)).find((s) => s.file === basename(file));
		const meta: DocumentMeta = entry ? documentMeta(entry) : metaFromFileName(file);
		let docId = meta.docId;
		for (let n = 2; ids.has(docId); n++) docId = `${meta.docId}-${n}`;
		ids.add(docId);
		documents.push({ meta: { ...meta, docId }, text });
	}
	return documents;
}

export async function loadReference(dir: string): Promise<ReferenceData> {
	const files = await Promise.all(
		Object.entries(REFERENCE_FILES).map(
			async ([name, { file, schema }]) => [name, await readJson(join(dir, file), schema)] as const
		)
	);
	return referenceData(Object.fromEntries(files) as ReferenceFiles);
}
