/** WCAG 2.x contrast ratio between two #rrggbb colours (used by tests and export backgrounds). */
function channel(v: number): number {
	const s = v / 255;
	return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** A #rrggbb colour's linear-light red, green and blue (0–1). */
export function linearRgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
	const at = (h: string | undefined) => channel(parseInt(h ?? '0', 16));
	return [at(m[1]), at(m[2]), at(m[3])];
}

export function relativeLuminance(hex: string): number {
	const [r, g, b] = linearRgb(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
