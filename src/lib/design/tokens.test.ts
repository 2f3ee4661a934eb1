import { describe, expect, it } from 'vitest';
import { COUNT_RAMP, THEMES, LEVEL_COLOURS, LEVEL_OUTLINE, LEVEL_TEXT_COLOURS } from './tokens';
import { perceivedDistance, VISIONS } from './colour-vision';
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
	// which needs 3:1 against what it sits on (WCAG 1.4.11), in both themes. Level 0 ("not a
	// commitment") stays pale and is outlined on the light page; the dark page holds every step.
	it.each([
		...LEVEL_COLOURS.map((c, i) => [`level ${i}`, c]),
		...COUNT_RAMP.slice(1).map((c, i) => [`count step ${i + 1}`, c])
	])('dark: %s (%s) stands 3:1 from the page and the surface', (_, colour) => {
		expect(contrastRatio(colour, THEMES.dark.bg)).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(colour, THEMES.dark.surface)).toBeGreaterThanOrEqual(3);
	});
	it.each(LEVEL_COLOURS.slice(1).map((c, i) => [i + 1, c]))(
		'light: level %i (%s) stands 3:1 from the page and the surface',
		(_, colour) => {
			expect(contrastRatio(colour, THEMES.light.bg)).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(colour, THEMES.light.surface)).toBeGreaterThanOrEqual(3);
		}
	);
	it('light: level 0’s outline stands 3:1 from the page and the surface', () => {
		expect(contrastRatio(LEVEL_OUTLINE, THEMES.light.bg)).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(LEVEL_OUTLINE, THEMES.light.surface)).toBeGreaterThanOrEqual(3);
	});
	it('the levels are ordered: each deeper than the last on the light page', () => {
		const onWhite = LEVEL_COLOURS.map((c) => contrastRatio(c, THEMES.light.bg));
		expect(onWhite).toEqual([...onWhite].sort((a, b) => a - b));
		expect(new Set(onWhite).size).toBe(LEVEL_COLOURS.length);
	});
	// Neighbouring levels meet in every stacked bar: they must stay apart for readers with
	// red–green or blue–yellow colour-vision deficiencies too (ΔE ≥ 10).
	it.each(VISIONS)('neighbouring levels are told apart with %s vision', (vision) => {
		for (let level = 1; level < LEVEL_COLOURS.length; level++) {
			const [a, b] = [LEVEL_COLOURS[level - 1] ?? '', LEVEL_COLOURS[level] ?? ''];
			expect(
				perceivedDistance(a, b, vision),
				`levels ${level - 1} and ${level}`
			).toBeGreaterThanOrEqual(10);
		}
	});
	it('emits one custom property per colour, for both themes', () => {
		const css = tokensCss();
		expect(css).toContain('--c-text-fact:#003399;');
		expect(css).toContain(`--c-bg:${THEMES.dark.bg};`);
		expect(css).toContain(`--level-4:${LEVEL_COLOURS[4]};`);
		expect(css.match(/--c-fg:/g)).toHaveLength(3);
	});
});
