import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/lib/analysis/analyse-corpus';
import { TableWriter, type BatchResult } from './analyse-batch';

const doc = (docId: string, text: string): SourceDocument =>
	({ meta: { docId, file: `${docId}.txt` }, text }) as SourceDocument;
const cue = (docId: string, start: number, end: number, text: string) => ({
	clauseId: `${docId}:p1:s1:c1`,
	docId,
	role: 'modal',
	text,
	start,
	end
});
const emptyResult = (): BatchResult => ({ contract: [], provenance: [] }) as unknown as BatchResult;

describe('TableWriter: a batch written document by document', () => {
	const first = doc('a', 'We will act.');
	const second = doc('b', 'They shall go.\nThey may stay.');

	it('gives issues their row index within the batch, and the input line of a broken row', () => {
		const writer = new TableWriter('cues');
		const result = emptyResult();
		writer.add([cue('a', 3, 7, 'will'), cue('a', 8, 11, 'act')], first, result);
		writer.add(
			[cue('b', 5, 10, 'shall'), cue('b', 20, 23, 'xyz'), { ...cue('b', 20, 23, 'may'), role: 7 }],
			second,
			result
		);
		expect(result.provenance).toEqual([
			expect.objectContaining({
				table: 'cues',
				index: 3,
				message: expect.stringMatching(/not "xyz"/)
			})
		]);
		expect(result.contract).toEqual([
			expect.objectContaining({ table: 'cues', index: 4, path: ['role'], file: 'b.txt', line: 2 })
		]);
		expect(writer.encoded().rows).toBe(5);
	});

	it('keeps only the first break of the contract of a table', () => {
		const writer = new TableWriter('cues');
		const result = emptyResult();
		writer.add([{ ...cue('a', 3, 7, 'will'), role: 1 }], first, result);
		writer.add([{ ...cue('b', 5, 10, 'shall'), role: 2 }], second, result);
		expect(result.contract.map((issue) => issue.index)).toEqual([0]);
	});

	it('joins the documents’ rows as one table would be written', () => {
		const writer = new TableWriter('cues');
		const result = emptyResult();
		writer.add([cue('a', 3, 7, 'will')], first, result);
		writer.add([], second, result);
		writer.add([cue('b', 5, 10, 'shall')], second, result);
		const { csv, json, lastCsvLineEmpty } = writer.encoded();
		const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
		expect(decode(csv)).toBe('a:p1:s1:c1,a,modal,will,3,7\r\nb:p1:s1:c1,b,modal,shall,5,10');
		expect(decode(json)).toBe(
			'\t\t\t\t["a:p1:s1:c1","a","modal",3,7],\n\t\t\t\t["b:p1:s1:c1","b","modal",5,10]'
		);
		expect(lastCsvLineEmpty).toBe(false);
	});
});
