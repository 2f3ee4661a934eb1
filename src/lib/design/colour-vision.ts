/**
 * How far apart two colours look, to a reader with typical colour vision and with each of the
 * common colour-vision deficiencies (simulated at full severity after Machado, Oliveira &
 * Fernandes 2009, in linear RGB). Used by the token tests to keep a palette's neighbours
 * distinguishable; distances are CIE76 ΔE in L*a*b* (about 2 is just noticeable; adjacent
 * legend swatches want 10 or more).
 */
import { linearRgb } from './contrast';

export type Vision = 'typical' | 'deuteranopia' | 'protanopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['typical', 'deuteranopia', 'protanopia', 'tritanopia'];

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

const SIMULATION: Record<Exclude<Vision, 'typical'>, Matrix> = {
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function lab([r, g, b]: Rgb): Rgb {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function apply(m: Matrix, rgb: Rgb): Rgb {
	const row = ([a, b, c]: Rgb) => Math.min(1, Math.max(0, a * rgb[0] + b * rgb[1] + c * rgb[2]));
	return [row(m[0]), row(m[1]), row(m[2])];
}

/** A colour as a reader with `vision` sees it, in CIE L*a*b*. */
export function perceivedLab(hex: string, vision: Vision): Rgb {
	const rgb = linearRgb(hex);
	return lab(vision === 'typical' ? rgb : apply(SIMULATION[vision], rgb));
}

/** CIE76 colour difference between two colours as a reader with `vision` sees them. */
export function perceivedDistance(a: string, b: string, vision: Vision): number {
	const [p, q] = [perceivedLab(a, vision), perceivedLab(b, vision)];
	return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
