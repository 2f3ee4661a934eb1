/**
 * CSS custom properties built from the design tokens. The layout puts the result in a <style>
 * element in the head, so CSS and charts cannot drift apart.
 *
 * Theme rules: the system preference by default; `data-theme="light|dark"` on <html> (set by
 * the toggle, remembered in localStorage, applied before paint by app.html's inline script)
 * overrides it.
 */
import {
	COUNT_RAMP,
	FONT_STACK,
	LEVEL_COLOURS,
	LEVEL_TEXT_COLOURS,
	SPACE,
	THEMES,
	TYPE_SCALE,
	type ThemeColours
} from './tokens';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function colourDeclarations(colours: ThemeColours): string {
	return Object.entries(colours)
		.map(([name, value]) => `--c-${kebab(name)}:${value};`)
		.join('');
}

function constantDeclarations(): string {
	const parts: string[] = [`--font:${FONT_STACK};`];
	LEVEL_COLOURS.forEach((c, i) => parts.push(`--level-${i}:${c};`));
	LEVEL_TEXT_COLOURS.forEach((c, i) => parts.push(`--level-${i}-text:${c};`));
	COUNT_RAMP.forEach((c, i) => parts.push(`--ramp-${i}:${c};`));
	for (const [k, v] of Object.entries(TYPE_SCALE)) parts.push(`--text-${k}:${v}rem;`);
	for (const [k, v] of Object.entries(SPACE)) parts.push(`--space-${k}:${v}rem;`);
	return parts.join('');
}

/**
 * `.l0` … `.l4`: a modality level's fill and the text colour that reads on it. Cue words,
 * level badges and clause lists all use these, so the level colours have one rule each.
 * Level 0 gets a hairline, as its fill is close to the page in the light theme.
 */
function levelFillRules(): string {
	return LEVEL_COLOURS.map(
		(_, i) =>
			`.l${i}{background:var(--level-${i});color:var(--level-${i}-text);${i === 0 ? 'box-shadow:inset 0 0 0 1px var(--c-border);' : ''}}`
	).join('');
}

export function tokensCss(): string {
	const light = colourDeclarations(THEMES.light);
	const dark = colourDeclarations(THEMES.dark);
	return [
		`:root{${constantDeclarations()}${light}color-scheme:light;}`,
		`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}color-scheme:dark;}}`,
		`:root[data-theme='dark']{${dark}color-scheme:dark;}`,
		levelFillRules()
	].join('\n');
}
