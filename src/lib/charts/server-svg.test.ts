import { describe, expect, it } from 'vitest';
import { inlineStashedSvgs, stashSvgRequest } from './server-svg';

const draw = (r: { chartId: string; layout: string; rows: unknown[] }) =>
	`<svg id="${r.chartId}-${r.layout}">${r.rows.length}</svg>`;

describe('server SVG placeholders', () => {
	it('draws each stashed request into its placeholder', () => {
		const a = stashSvgRequest({ chartId: 'a', layout: 'wide', rows: [1, 2] });
		const b = stashSvgRequest({ chartId: 'b', layout: 'compact', rows: [] });
		const html = `<div class="ssr" data-svg-key="${a}"></div><p>x</p><div data-svg-key="${b}" class="ssr"></div>`;
		expect(inlineStashedSvgs(html, draw)).toBe(
			`<div class="ssr" data-svg-key="${a}"><svg id="a-wide">2</svg></div><p>x</p><div data-svg-key="${b}" class="ssr"><svg id="b-compact">0</svg></div>`
		);
	});
	it('gives the same request the same key and leaves unknown keys alone', () => {
		const request = { chartId: 'c', layout: 'medium' as const, rows: [{ x: 1 }] };
		expect(stashSvgRequest(request)).toBe(stashSvgRequest({ ...request }));
		expect(stashSvgRequest(request)).not.toBe(stashSvgRequest({ ...request, layout: 'wide' }));
		const html = '<div data-svg-key="00000000"></div>';
		expect(inlineStashedSvgs(html, draw)).toBe(html);
	});
});
