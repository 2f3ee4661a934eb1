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

/**
 * Every file's text, in the files' order, read several at a time: each is given as soon as it
 * and the files before it are read. The first file that cannot be read throws, in file order.
 */
async function* readTexts(files: string[]): AsyncGenerator<string> {
	const reads: Promise<{ text: string } | { error: unknown }>[] = [];
	const startRead = (i: number) => {
		const file = files[i];
		if (file !== undefined) {
			reads[i] = readText(file).then(
				(text) => ({ text }),
				(error: unknown) => ({ error })
			);
		}
	};
	for (let i = 0; i < Math.min(READS_IN_FLIGHT, files.length); i++) startRead(i);
	for (let i = 0; i < files.length; i++) {
		const read = await reads[i];
		startRead(i + READS_IN_FLIGHT);
		if (!read || 'error' in read) throw read?.error;
		yield read.text;
	}
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
	const documents: SourceDocument[] = [];
	for await (const doc of readDocuments(inputs)) documents.push(doc);
	return documents;
}

/**
 * The documents of the inputs one by one as they are read (the analysis starts on the first
 * ones meanwhile), with the errors of `loadDocuments` at the same document.
 */
export async function* readDocuments(inputs: string[]): AsyncGenerator<SourceDocument> {
	const cache = new Map<string, SourceEntry[]>();
	const ids = new Set<string>();
	const files = await listInputFiles(inputs);
	let i = 0;
	// Errors in file order, as if the files were read one by one.
	for await (const text of readTexts(files)) {
		const file = files[i++] as string;
		const entry = (await sourcesBeside(file, cache)).find((s) => s.file === basename(file));
		const meta: DocumentMeta = entry ? documentMeta(entry) : metaFromFileName(file);
		let docId = meta.docId;
		for (let n = 2; ids.has(docId); n++) docId = `${meta.docId}-${n}`;
		ids.add(docId);
		yield { meta: { ...meta, docId }, text };
	}
}

export async function loadReference(dir: string): Promise<ReferenceData> {
	const files = await Promise.all(
		Object.entries(REFERENCE_FILES).map(
			async ([name, { file, schema }]) => [name, await readJson(join(dir, file), schema)] as const
		)
	);
	return referenceData(Object.fromEntries(files) as ReferenceFiles);
}
