import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));
const { readViewState, viewSearch } = await import('./url-state');

describe('view state in the URL', () => {
	const allowed = {
		chapter: (v: string) => /^\d+$/.test(v),
		level: (v: string) => /^[0-4]$/.test(v)
	};
	it('reads known keys with valid values only', () => {
		const params = new URLSearchParams('chapter=3&level=9&evil=1');
		expect(readViewState(params, allowed)).toEqual({ chapter: '3' });
	});
	it('writes keys in a stable order, dropping empty values', () => {
		expect(viewSearch({ level: '4', chapter: '2', actor: '' }, ['chapter', 'level', 'actor'])).toBe(
			'?chapter=2&level=4'
		);
		expect(viewSearch({}, ['chapter'])).toBe('');
	});
});
