import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range';

const SIZE = 1000;

describe('parseByteRange', () => {
	it.each([
		['bytes=0-99', 0, 99],
		['bytes=0-0', 0, 0],
		['bytes=100-', 100, 999],
		['bytes=-100', 900, 999],
		['bytes=-5000', 0, 999],
		['bytes=990-5000', 990, 999],
		['bytes=999-999', 999, 999],
		['BYTES = 5-9', 5, 9],
		['bytes=5-9,', 5, 9]
	])('serves %s as bytes %i-%i', (header, start, end) => {
		expect(parseByteRange(header, SIZE)).toEqual({ kind: 'part', start, end });
	});

	it.each([
		['bytes=5-2', 'last before first'],
		['bytes=1000-', 'starts past the end'],
		['bytes=1000-2000', 'starts past the end'],
		['bytes=-0', 'empty suffix'],
		['bytes=abc', 'not a range'],
		['bytes=', 'no range'],
		['bytes=,', 'no range'],
		['bytes=-', 'no numbers'],
		['bytes=1-2-3', 'two dashes'],
		['bytes=0x10-20', 'not decimal'],
		['bytes=-1-2', 'negative first'],
		['bytes 0-1', 'no ='],
		['bytes=0-1,5-2', 'one range malformed']
	])('refuses %s (%s)', (header) => {
		expect(parseByteRange(header, SIZE)).toEqual({ kind: 'unsatisfiable' });
	});

	it('sends the whole file when there is no Range header', () => {
		expect(parseByteRange(undefined, SIZE)).toEqual({ kind: 'whole' });
	});

	it('refuses every range of an empty file', () => {
		expect(parseByteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
		expect(parseByteRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
	});

	it.each([
		['items=0-1', 'another unit'],
		['bytes=0-1,5-6', 'two ranges'],
		['bytes=0-1,5-', 'two ranges'],
		['bytes=0-1,2000-3000', 'two ranges, one past the end']
	])('sends the whole file for %s (%s)', (header) => {
		expect(parseByteRange(header, SIZE)).toEqual({ kind: 'whole' });
	});
});
