/**
 * The data package's files as published for download (/data/<file>): the CSVs, the
 * Frictionless datapackage.json and the analysts' README, byte for byte as the pipeline wrote
 * them. Read at build time; this and data.ts are the only modules that touch data/.
 */
import { zipSync, strToU8 } from 'fflate';

const FILES = import.meta.glob<string>('../../../data/*.{csv,md}', {
	query: '?raw',
	import: 'default',
	eager: true
});
const PACKAGE = import.meta.glob<string>('../../../data/datapackage.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

const byName = new Map<string, string>(
	[...Object.entries(FILES), ...Object.entries(PACKAGE)].map(([path, text]) => [
		path.slice(path.lastIndexOf('/') + 1),
		text
	])
);

export const ZIP_NAME = 'vn-eu-partnership-data.zip';

/** File names in a stable order: datapackage.json and README.md first, then the tables. */
export function publishedFileNames(): string[] {
	const first = ['datapackage.json', 'README.md'];
	return [
		...first.filter((n) => byName.has(n)),
		...[...byName.keys()].filter((n) => !first.includes(n)).sort()
	];
}

export function publishedFile(name: string): string | undefined {
	return byName.get(name);
}

export const MEDIA_TYPES: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	zip: 'application/zip'
};

/**
 * Every published file in one zip. Entry times are fixed so the archive is byte-identical on
 * every build (a zip normally records the time it was made).
 */
export function packageZip(): Uint8Array {
	const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
	const mtime = new Date('2026-01-29T00:00:00Z');
	for (const name of publishedFileNames()) {
		entries[`vn-eu-partnership-data/${name}`] = [strToU8(publishedFile(name) ?? ''), { mtime }];
	}
	return zipSync(entries, { level: 9 });
}
