/**
 * The one source of design tokens. The CSS custom properties (`tokens-css.ts`) and the ECharts
 * theme (`$lib/charts/theme.ts`) are both built from these values, so a colour changes in one place.
 */

export type ThemeName = 'light' | 'dark';

/** Colours that change with the theme. Every text colour meets WCAG AA (4.5:1) on `bg` and `surface`. */
export interface ThemeColours {
	bg: string;
	surface: string;
	fg: string;
	muted: string;
	border: string;
	grid: string;
	link: string;
	focus: string;
	/** EU blue, used sparingly: the EU side of a comparison. */
	eu: string;
	/** Viet Nam red, used sparingly: the Viet Nam side of a comparison. */
	vn: string;
	/** A highlight for marked text (search hits, selected cues). */
	mark: string;
	/** Facts from the seed texts vs facts from the reference list. */
	textFact: string;
	referenceFact: string;
}

export const THEMES: Record<ThemeName, ThemeColours> = {
	light: {
		bg: '#ffffff',
		surface: '#f5f6f8',
		fg: '#1a1d23',
		muted: '#545b66',
		border: '#cfd4dc',
		grid: '#e3e6eb',
		link: '#0b4fb3',
		focus: '#0b57d0',
		eu: '#003399',
		vn: '#c4161c',
		mark: '#fff1a8',
		textFact: '#003399',
		referenceFact: '#6b4e16'
	},
	dark: {
		bg: '#121418',
		surface: '#1b1e24',
		fg: '#e9ebee',
		muted: '#a8afba',
		border: '#3a404b',
		grid: '#2a2f37',
		link: '#8ab4ff',
		focus: '#8ab4ff',
		eu: '#8fb0ff',
		vn: '#ff8a80',
		mark: '#5c4d00',
		textFact: '#8fb0ff',
		referenceFact: '#e0b868'
	}
};

/**
 * Modality levels 0–4 (METHOD.md), one sequential palette used everywhere a level is coloured,
 * in both themes (so the server-drawn charts and their exports are the same in either). Pale
 * yellow through olive, green and blue to violet: the hue path of "YlGnBu" with every step from
 * 1 up deep enough to stand 3:1 from the light page and surface and from the dark page and
 * surface (a mark beside its label, WCAG 1.4.11), lightness falling with the level, and
 * neighbours told apart under simulated deuteranopia, protanopia and tritanopia (all tested).
 * Levels 1–2 take dark text, 3–4 white (4.5:1 each). Level 0, "not a commitment", stays pale
 * and carries an outline where it sits on a light background (see `LEVEL_OUTLINE`).
 */
export const LEVEL_COLOURS = ['#edf8b1', '#999128', '#269854', '#087ba9', '#675db8'] as const;

/** Text colour that reads on each level colour (AA contrast). */
export const LEVEL_TEXT_COLOURS = ['#1a1d23', '#1a1d23', '#1a1d23', '#ffffff', '#ffffff'] as const;

/** The outline of level 0's pale marks: 3:1 from the light page (tested). */
export const LEVEL_OUTLINE = '#7a8594';

/** The modality scale's names, index = level (re-exported so legends import one module). */
export { LEVEL_NAMES } from '../analysis/levels';

/** Sequential ramp for counts (heatmap cells): pale to deep blue–violet ("YlGnBu"). */
export const COUNT_RAMP = [
	'#f7fcf0',
	'#c7e9b4',
	'#7fcdbb',
	'#41b6c4',
	'#1d91c0',
	'#5b5fd0'
] as const;

export const FONT_STACK =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** One type scale (rem), used by CSS and by chart text (converted to px at 16 px/rem). */
export const TYPE_SCALE = {
	xs: 0.8125,
	sm: 0.875,
	base: 1,
	lg: 1.25,
	xl: 1.625,
	xxl: 2.25
} as const;

export const SPACE = { xs: 0.25, sm: 0.5, md: 1, lg: 1.5, xl: 2.5, xxl: 4 } as const;
