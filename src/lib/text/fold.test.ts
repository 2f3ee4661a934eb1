import { describe, expect, it } from 'vitest';
import { foldQuery, foldText } from './fold';

describe('foldText', () => {
	it('lower-cases, strips diacritics and turns đ into d', () => {
		expect(foldText('Đà Nẵng, Hồ Chí Minh').text).toBe('da nang, ho chi minh');
	});

	it('folds every spelling of Viet Nam to one word', () => {
		for (const s of ['Việt Nam', 'Viet Nam', 'Vietnam', 'VIET-NAM', 'Viet\nNam'])
			expect(foldQuery(s)).toBe('vietnam');
		expect(foldQuery('Vietnamese')).toBe('vietnamese');
		expect(foldQuery('Soviet Namibia')).toBe('soviet namibia');
		expect(foldText('Viet Namibia').text).toBe('viet namibia');
	});

	it('joins a query cut short while the name is typed', () => {
		expect(['Viet N', 'Viet Na', 'Việt Nam'].map(foldQuery)).toEqual([
			'vietn',
			'vietna',
			'vietnam'
		]);
		expect(foldQuery('Viet Nguyen')).toBe('viet nguyen');
	});

	it('maps every folded character back to the characters it came from', () => {
		const text = 'in Việt Nam’s ports';
		const f = foldText(text);
		expect(f.text).toBe("in vietnam's ports");
		expect(f.starts).toHaveLength(f.text.length);
		const at = (from: number, to: number) => text.slice(f.starts[from], f.ends[to - 1]);
		const i = f.text.indexOf('vietnam');
		expect(at(i, i + 7)).toBe('Việt Nam');
		expect(at(i, i + 4)).toBe('Việt');
		expect(at(i + 4, i + 9)).toBe('Nam’s');
	});

	it('keeps characters outside the Basic Multilingual Plane whole', () => {
		const text = 'a 😀 Việt';
		const f = foldText(text);
		const i = f.text.indexOf('viet');
		expect(text.slice(f.starts[i], f.ends[i + 3])).toBe('Việt');
	});
});
