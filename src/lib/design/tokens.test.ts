import { describe, expect, it } from 'vitest';
import { COUNT_RAMP, THEMES, LEVEL_COLOURS, LEVEL_TEXT_COLOURS } from './tokens';
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
	// Legends, badges, cue words and bars put a level's colour beside its label: a graphical mark,
	// which needs 3:1 against what it sits on (WCAG 1.4.11). The light page relies on outlines
	// for its palest steps; the dark page must hold every step on its own.
	it.each([
		...LEVEL_COLOURS.map((c, i) => [`level ${i}`, c]),
		...COUNT_RAMP.slice(1).map((c, i) => [`count step ${i + 1}`, c])
	])('dark: %s (%s) stands 3:1 from the page and the surface', (_, colour) => {
		expect(contrastRatio(colour, THEMES.dark.bg)).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(colour, THEMES.dark.surface)).toBeGreaterThanOrEqual(3);
	});
	it('the deepest level stays the deepest on the light page', () => {
		const onWhite = LEVEL_COLOURS.map((c) => contrastRatio(c, THEMES.light.bg));
		expect(onWhite).toEqual([...onWhite].sort((a, b) => a - b));
		expect(onWhite[4]).toBeGreaterThanOrEqual(4.5);
	});
	it('emits one custom property per colour, for both themes', () => {
		const css = tokensCss();
		expect(css).toContain('--c-text-fact:#003399;');
		expect(css).toContain(`--c-bg:${THEMES.dark.bg};`);
		expect(css).toContain(`--level-4:${LEVEL_COLOURS[4]};`);
		expect(css.match(/--c-fg:/g)).toHaveLength(3);
	});
});
