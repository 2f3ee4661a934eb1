/**
 * /analyse reads a statement in the browser as the CLI reads `--input FILE --out DIR`: the same
 * files byte for byte, in a zip, and the same refusal for bad input.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../scripts/lib/load-inputs';
import type { ReferenceData } from '../../src/lib/analysis/analyse-corpus';
import { refusalOf } from '../../src/lib/analysis/errors.testing';
import {
	analyseStatement,
	cutText,
	readStatement,
	type Progress
} from '../../src/routes/analyse/analyse-statement';
import { MAX_BROWSER_BYTES } from '../../src/routes/analyse/input-limit';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vn-eu-analyse-'));
let reference: ReferenceData;
beforeAll(async () => (reference = await loadReference(join(ROOT, 'seeds/reference'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the CLI says about `file`: its one line of error, or its package's files. */
function cli(file: string): { error: string; files: Map<string, string> } {
	const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
	const run = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/preprocess.ts', '--input', file, '--out', out, '--quiet'],
		{ cwd: ROOT, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' }
	);
	if (run.status !== 0) return { error: run.stderr.trim(), files: new Map() };
	const names = readdirSync(out).filter((name) => !name.startsWith('.'));
	return {
		error: '',
		files: new Map(names.map((name) => [name, readFileSync(join(out, name), 'utf8')]))
	};
}

const refusal = (name: string, input: string | Uint8Array) =>
	refusalOf(() => analyseStatement(name, input, reference));

describe('analyseStatement', () => {
	it('writes the files the CLI writes for the same statement, and zips them', () => {
		const file = join(work, 'us-indonesia-csp-2023.txt');
		copyFileSync(join(ROOT, 'seeds/corpus/us-indonesia-csp-2023.txt'), file);
		const steps: Progress['step'][] = [];
		const result = analyseStatement(
			'us-indonesia-csp-2023.txt',
			readFileSync(file),
			reference,
			(progress) => steps.push(progress.step)
		);
		expect(steps).toEqual(['read', 'analyse', 'tables']);
		expect(result.docId).toBe('us-indonesia-csp-2023');
		expect(result.tables.clauses.length).toBeGreaterThan(20);

		const written = cli(file).files;
		const ours = new Map(result.files.map((f) => [f.name, Buffer.from(f.bytes).toString('utf8')]));
		// The CLI adds the map's geometry, which no statement changes (the site has it already).
		written.delete('map.topo.json');
		expect([...ours.keys()].sort()).toEqual([...written.keys()].sort());
		for (const [name, text] of written) expect(ours.get(name), name).toBe(text);

		const zipped = unzipSync(result.zip);
		expect(Object.keys(zipped)).toEqual(
			result.files.map((f) => `us-indonesia-csp-2023-data/${f.name}`)
		);
		expect(Buffer.from(zipped['us-indonesia-csp-2023-data/clauses.csv']!).toString('utf8')).toBe(
			written.get('clauses.csv')
		);
	});

	it('pasted text is the same statement as its file', () => {
		const text = readFileSync(join(ROOT, 'seeds/corpus/asean-us-csp-2022.txt'), 'utf8');
		const pasted = analyseStatement('asean-us.txt', text, reference);
		const dropped = analyseStatement('asean-us.txt', new TextEncoder().encode(text), reference);
		expect(pasted.tables).toEqual(dropped.tables);
		expect(pasted.text).toBe(text);
	});

	it('refuses bad input with the words the CLI prints', () => {
		const inputs: [string, Uint8Array][] = [
			['empty.txt', new Uint8Array()],
			['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])],
			['latin.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x0a])],
			['junk.txt', new TextEncoder().encode('hello')]
		];
		for (const [name, bytes] of inputs) {
			writeFileSync(join(work, name), bytes);
			const ours = refusal(name, bytes);
			expect(ours, name).not.toBe('accepted');
			// The CLI names the path it was given; the page the file's name.
			expect(cli(join(work, name)).error.replace(`${work}/`, '')).toBe(`error: ${ours}`);
		}
	});

	it('refuses more than 5 MB before reading it', () => {
		const big = new Uint8Array(MAX_BROWSER_BYTES + 1).fill(0x61);
		expect(() => readStatement('big.txt', big)).toThrow('is 5.0 MB, over the 5 MB an input may be');
		expect(readStatement('ok.txt', big.subarray(0, MAX_BROWSER_BYTES))).toHaveLength(
			MAX_BROWSER_BYTES
		);
	});
});

describe('cutText', () => {
	it('keeps the first paragraphs of a long text for the report, and a short one whole', () => {
		const text = readFileSync(join(ROOT, 'seeds/corpus/us-indonesia-csp-2023.txt'), 'utf8');
		const { view, tables } = analyseStatement('a.txt', text, reference);
		expect(view.text.paragraphs).toHaveLength(tables.paragraphs.length);
		const cut = cutText(view, 5);
		expect(cut.text.paragraphs).toEqual(view.text.paragraphs.slice(0, 5));
		expect(cut.figures).toEqual(view.figures);
	});
});
