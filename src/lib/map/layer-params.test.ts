import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, formatLayers, parseLayers, searchWithLayers } from './layer-params';

describe('layer params', () => {
	it('defaults to routes, delegations hosted and visits made', () => {
		expect(DEFAULT_LAYERS).toEqual(['routes', 'hosted', 'made']);
		expect(parseLayers(null)).toEqual(['routes', 'hosted', 'made']);
	});

	it('reads layers in legend order and ignores unknown names', () => {
		expect(parseLayers('st,evipa,routes,bogus')).toEqual(['routes', 'evipa', 'st']);
		expect(parseLayers('')).toEqual([]);
	});

	it('writes nothing for the default view and round-trips any other', () => {
		expect(formatLayers(['made', 'routes', 'hosted'])).toBeNull();
		expect(formatLayers(['st', 'routes'])).toBe('routes,st');
		expect(parseLayers(formatLayers(['evipa']))).toEqual(['evipa']);
		expect(formatLayers([])).toBe('');
	});
});

describe('searchWithLayers', () => {
	it('sets, keeps other parameters, and clears the default', () => {
		expect(searchWithLayers('', ['routes', 'evipa'])).toBe('?layers=routes,evipa');
		expect(searchWithLayers('?theme=dark&layers=st', ['st', 'made'])).toBe(
			'?theme=dark&layers=made,st'
		);
		expect(searchWithLayers('?layers=st', ['routes', 'hosted', 'made'])).toBe('');
	});
});
