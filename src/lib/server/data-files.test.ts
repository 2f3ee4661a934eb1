import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { packageZip, publishedFile, publishedFileNames } from './data-files';

describe('published data files', () => {
	it('publishes every table of datapackage.json, the package and its README', () => {
		const pkg = JSON.parse(publishedFile('datapackage.json') ?? '{}') as {
			resources: { path: string }[];
		};
		const names = publishedFileNames();
		expect(names.slice(0, 2)).toEqual(['datapackage.json', 'README.md']);
		for (const r of pkg.resources) expect(names).toContain(r.path);
	});
	it('serves CSVs byte for byte as the pipeline wrote them (BOM kept)', () => {
		const fromDisk = readFileSync('data/chapters.csv', 'utf8');
		expect(publishedFile('chapters.csv')).toBe(fromDisk);
		expect(fromDisk.charCodeAt(0)).toBe(0xfeff);
	});
	it('zips every file, identically on every build', () => {
		const zip = packageZip();
		expect(packageZip()).toEqual(zip);
		const files = unzipSync(zip);
		expect(Object.keys(files)).toEqual(
			publishedFileNames().map((n) => `vn-eu-partnership-data/${n}`)
		);
		expect(strFromU8(files['vn-eu-partnership-data/README.md'] ?? new Uint8Array())).toBe(
			publishedFile('README.md')
		);
	});
});
