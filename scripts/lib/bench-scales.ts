/** The scales of `npm run bench` (scripts/bench.ts), and the choice of some of them by name. */
import { parseArgs } from 'node:util';

export interface Scale {
	label: string;
	copies: number;
	/** Only the seeds of this kind (sources.json), else all of them. */
	kind?: string;
	/** Compared with the scale before it (linear growth gives 10×). */
	growth: boolean;
}

export const SCALES: readonly Scale[] = [
	{ label: '1×', copies: 1, growth: true },
	{ label: '10×', copies: 10, growth: true },
	{ label: '100×', copies: 100, growth: true },
	{ label: '1000×', copies: 1000, growth: true },
	{ label: '1000× st.', copies: 1000, kind: 'joint-statement', growth: false }
];

/**
 * The scales named by `--scale` (repeatable), in the table's order; every scale when none is
 * named. Comparing one scale before and after a change, alternating in the same minutes, is
 * what a shared machine allows; the whole table takes minutes a run.
 */
export function chosenScales(argv: string[]): Scale[] {
	const { values } = parseArgs({
		args: argv,
		options: { scale: { type: 'string', multiple: true } },
		strict: true,
		allowPositionals: false
	});
	const asked = values.scale ?? [];
	const unknown = asked.filter((label) => !SCALES.some((scale) => scale.label === label));
	if (unknown.length > 0) {
		const known = SCALES.map((scale) => `'${scale.label}'`).join(', ');
		throw new Error(`unknown scale ${unknown.map((l) => `'${l}'`).join(', ')} (known: ${known})`);
	}
	return SCALES.filter((scale) => asked.length === 0 || asked.includes(scale.label));
}

/**
 * The scale a growth ratio compares with: the one before in the table, when it is a growth
 * scale and was run too (else the ratio would compare scales 100× apart).
 */
export function growthBase(scale: Scale, chosen: readonly Scale[]): Scale | undefined {
	if (!scale.growth) return undefined;
	const before = SCALES[SCALES.indexOf(scale) - 1];
	return before?.growth && chosen.includes(before) ? before : undefined;
}
