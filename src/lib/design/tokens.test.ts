import { describe, expect, it } from 'vitest';
import { THEMES, LEVEL_COLOURS, LEVEL_TEXT_COLOURS } from './tokens';
import { contrastRatio } from './contrast';
import { tokensCss } from './tokens-css';

describe('design tokens', () => {
	for (const [name, c] of Object.entries(THEMES)) {
		it.each(['fg', 'muted', 'link', 'eu', 'vn', 'textFact', 'referenceFact'] as const)(
			`${name}: %s text meets AA on bg and surface`,
			(key) => {
				expect(contrastRatio(c[key], c.bg)).toBeGreaterThanOrEqual(4.5);
				expect(contrastRatio(c[key], c.surface)).toBeGreaterThanOrEqual(4.5);
			}
		);
		it(`${name}: text on marked background meets AA`, () => {
			expect(contrastRatio(c.fg, c.mark)).toBeGreaterThanOrEqual(4.5);
		});
		it(`${name}: the focus ring stands out from the page (3:1)`, () => {
			expect(contrastRatio(c.focus, c.bg)).toBeGreaterThanOrEqual(3);
		});
	}
	it.each([0, 1, 2, 3, 4])('level %i label colour meets AA on its fill', (level) => {
		expect(
			contrastRatio(LEVEL_TEXT_COLOURS[level] ?? '', LEVEL_COLOURS[level] ?? '')
		).toBeGreaterThanOrEqual(4.5);
	});
	it('emits one custom property per colour, for both themes', () => {
		const css = tokensCss();
		expect(css).toContain('--c-text-fact:#003399;');
		expect(css).toContain(`--c-bg:${THEMES.dark.bg};`);
		expect(css).toContain('--level-4:#253494;');
		expect(css.match(/--c-fg:/g)).toHaveLength(3);
	});
});
