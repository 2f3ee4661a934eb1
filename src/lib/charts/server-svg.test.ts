import { describe, expect, it } from 'vitest';
import { inlineStashedSvgs, stashSvg } from './server-svg';

describe('server SVG placeholders', () => {
	it('puts each stashed SVG into its placeholder', () => {
		const a = stashSvg('<svg id="a"></svg>');
		const b = stashSvg('<svg id="b"></svg>');
		const html = `<div class="ssr" data-svg-key="${a}"></div><p>x</p><div data-svg-key="${b}" class="ssr"></div>`;
		expect(inlineStashedSvgs(html)).toBe(
			`<div class="ssr" data-svg-key="${a}"><svg id="a"></svg></div><p>x</p><div data-svg-key="${b}" class="ssr"><svg id="b"></svg></div>`
		);
	});
	it('gives the same SVG the same key and leaves unknown keys alone', () => {
		expect(stashSvg('<svg>same</svg>')).toBe(stashSvg('<svg>same</svg>'));
		const html = '<div data-svg-key="00000000"></div>';
		expect(inlineStashedSvgs(html)).toBe(html);
	});
});
