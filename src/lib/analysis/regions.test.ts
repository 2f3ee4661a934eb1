import { describe, expect, it } from 'vitest';
import { findRegions } from './regions';
import type { Span } from './types';

const regions = (text: string, places: Span[] = []) =>
	findRegions(text, { start: 0, end: text.length }, places).map((r) => r.name);

describe('findRegions', () => {
	it.each([
		['signed with Russia, France, and Central Asian countries', ['Central Asian countries']],
		[
			'relations with Central and Eastern European countries, the 50th',
			['Central and Eastern European countries']
		],
		['the Nordic nations and Baltic states', ['Nordic nations', 'Baltic states']],
		['Many European countries identified the need', ['European countries']],
		['the EU and its Member States', []],
		['the United States of America', []],
		['engaging remaining EU member states', []],
		['five partner countries', []],
		['countries of Central Asia', []]
	])('finds the regions in %j', (text, expected) => {
		expect(regions(text)).toEqual(expected);
	});

	it('drops a place the gazetteer knows from the start of a region', () => {
		const text = 'with Estonia and Central Asian countries';
		const estonia = { start: 5, end: 12 };
		expect(text.slice(estonia.start, estonia.end)).toBe('Estonia');
		expect(regions(text, [estonia])).toEqual(['Central Asian countries']);
		// A place followed only by the head noun leaves no region: "European Union countries".
		expect(regions('European Union countries', [{ start: 0, end: 14 }])).toEqual([]);
	});

	it('keeps exact offsets, across line breaks, inside the span only', () => {
		const text = 'Intro. Central\r\nAsian countries and Nordic countries.';
		const found = findRegions(text, { start: 0, end: 33 }, []);
		expect(found.map((r) => [r.name, r.text])).toEqual([
			['Central Asian countries', 'Central\r\nAsian countries']
		]);
		for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
	});
});
