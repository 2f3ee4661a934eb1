/**
 * Ticks for a piecewise time axis, era by era: round years where an era is compressed, months
 * where it is zoomed in. Each era picks the smallest step that keeps its labels apart, and drops
 * a tick that would crowd the next era's first label.
 */
import { monthName } from './event-dates';
import type { Era } from './timeline-eras';

export interface Tick {
	t: number;
	/** Position along the axis (px). */
	x: number;
	label: string;
	/** A year boundary (drawn stronger than a month). */
	major: boolean;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
const MONTH_STEPS = [1, 2, 3, 6];
const MS_PER_YEAR = 365.25 * 24 * 3600 * 1000;

export interface TickOptions {
	/** Least distance between two tick labels (px). */
	minSpacing: number;
}

function monthTicks(era: Era, scale: (t: number) => number, minSpacing: number): Tick[] {
	const pxPerMonth =
		(scale(era.end) - scale(era.start)) / ((era.end - era.start) / (MS_PER_YEAR / 12));
	const step = MONTH_STEPS.find((s) => s * pxPerMonth >= minSpacing);
	if (step === undefined) return [];
	const ticks: Tick[] = [];
	const first = new Date(era.start);
	for (let m = 0; ; m += step) {
		const t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
		if (t >= era.end) break;
		const d = new Date(t);
		const january = d.getUTCMonth() === 0;
		ticks.push({
			t,
			x: scale(t),
			label: january ? String(d.getUTCFullYear()) : monthName(d.getUTCMonth()),
			major: january
		});
	}
	return ticks;
}

function yearTicks(era: Era, scale: (t: number) => number, minSpacing: number): Tick[] {
	const pxPerYear = (scale(era.end) - scale(era.start)) / ((era.end - era.start) / MS_PER_YEAR);
	const step = YEAR_STEPS.find((s) => s * pxPerYear >= minSpacing) ?? 100;
	const startYear = new Date(era.start).getUTCFullYear();
	const ticks: Tick[] = [];
	// The era's first year is always labelled (it names where the era begins), then round years.
	for (let y = startYear; ; y = y === startYear ? Math.ceil((y + 1) / step) * step : y + step) {
		const t = Date.UTC(y, 0, 1);
		if (t >= era.end) break;
		if (t >= era.start) ticks.push({ t, x: scale(t), label: String(y), major: true });
	}
	return ticks;
}

/** Ticks for every era, in order, with no two labels closer than `minSpacing`. */
export function timelineTicks(
	eras: readonly Era[],
	scale: (t: number) => number,
	{ minSpacing }: TickOptions
): Tick[] {
	const all: Tick[] = [];
	for (const era of eras) {
		const pxPerYear = (scale(era.end) - scale(era.start)) / ((era.end - era.start) / MS_PER_YEAR);
		const zoomed = pxPerYear / 12 >= minSpacing / 6;
		all.push(...(zoomed ? monthTicks(era, scale, minSpacing) : yearTicks(era, scale, minSpacing)));
	}
	// The last era's end (e.g. the close of 2050) is no tick of its own; crowded ticks yield to
	// the later one, which begins an era or is a year.
	const kept: Tick[] = [];
	for (const tick of all) {
		while (kept.length && tick.x - (kept[kept.length - 1] as Tick).x < minSpacing) {
			const previous = kept[kept.length - 1] as Tick;
			if (previous.major && !tick.major) break;
			kept.pop();
		}
		const previous = kept[kept.length - 1];
		if (!previous || tick.x - previous.x >= minSpacing) kept.push(tick);
	}
	return kept;
}
