import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type TextFilters } from './filter';
import { filtersToSearch, parseFilters, withDocument, type FilterOptions } from './filter-params';

const options: FilterOptions = {
	docIds: ['joint-statement-2026', 'article-2026-02'],
	chapterKeys: ['joint-statement-2026:0', 'joint-statement-2026:7', 'article-2026-02:3'],
	sectorIds: ['health', 'energy-climate'],
	levels: 5
};
const parse = (search: string) => parseFilters(new URLSearchParams(search), options);

describe('filters in the URL', () => {
	it('reads every filter', () => {
		expect(
			parse(
				'?doc=joint-statement-2026&chapter=joint-statement-2026:7&level=4&sector=health&q=net+zero'
			)
		).toEqual({
			doc: 'joint-statement-2026',
			chapter: 'joint-statement-2026:7',
			level: 4,
			sector: 'health',
			q: 'net zero'
		});
	});

	it('drops what the page cannot show', () => {
		expect(parse('?doc=nope&chapter=x:1&level=5&sector=space&q=%20%20')).toEqual(NO_FILTERS);
		expect(parse('?level=-1').level).toBeNull();
		expect(parse('?level=1.5').level).toBeNull();
		expect(parse('?level=0').level).toBe(0);
		expect(parse(`?q=${'a'.repeat(300)}`).q).toHaveLength(100);
	});

	it('lets the document win over a chapter of the other document', () => {
		expect(parse('?doc=article-2026-02&chapter=joint-statement-2026:7')).toMatchObject({
			doc: 'article-2026-02',
			chapter: ''
		});
		expect(
			withDocument({ ...NO_FILTERS, chapter: 'joint-statement-2026:7' }, 'article-2026-02')
		).toMatchObject({ doc: 'article-2026-02', chapter: '' });
		expect(
			withDocument({ ...NO_FILTERS, chapter: 'joint-statement-2026:7' }, 'joint-statement-2026')
				.chapter
		).toBe('joint-statement-2026:7');
	});

	it('writes nothing for no filters and a fixed order otherwise', () => {
		expect(filtersToSearch(NO_FILTERS)).toBe('');
		expect(filtersToSearch({ ...NO_FILTERS, q: 'a&b', level: 0 })).toBe('?level=0&q=a%26b');
	});

	it('reads back what it writes', () => {
		const filters = fc.record<TextFilters>({
			doc: fc.constantFrom('', ...options.docIds),
			chapter: fc.constantFrom('', ...options.chapterKeys),
			level: fc.constantFrom(null, 0, 1, 2, 3, 4),
			sector: fc.constantFrom('', ...options.sectorIds),
			q: fc.string({ maxLength: 40 }).map((s) => s.trim())
		});
		fc.assert(
			fc.property(filters, (f) => {
				const consistent = withDocument(f, f.doc);
				expect(parse(filtersToSearch(consistent))).toEqual(consistent);
			})
		);
	});
});
