/**
 * A piecewise-linear time scale: each stretch of time (an era) gets its own share of the axis,
 * so seventy years of context and fourteen busy months can share one line and both stay legible.
 * Within an era, time is linear; the join between two eras is marked on the axis.
 */

export interface ScaleStop {
	/** UTC milliseconds. */
	t: number;
	/** Position on the axis (px). */
	x: number;
}

export interface PiecewiseScale {
	(t: number): number;
	readonly stops: readonly ScaleStop[];
}

/** Builds a scale through `stops` (strictly increasing in t and x); clamps outside them. */
export function piecewiseScale(stops: readonly ScaleStop[]): PiecewiseScale {
	if (stops.length < 2) throw new Error('A piecewise scale needs at least two stops');
	for (let i = 1; i < stops.length; i++) {
		const a = stops[i - 1] as ScaleStop;
		const b = stops[i] as ScaleStop;
		if (!(b.t > a.t) || !(b.x >= a.x)) throw new Error('Scale stops must increase');
	}
	const first = stops[0] as ScaleStop;
	const last = stops[stops.length - 1] as ScaleStop;
	const scale = (t: number): number => {
		if (t <= first.t) return first.x;
		if (t >= last.t) return last.x;
		let i = 1;
		while ((stops[i] as ScaleStop).t < t) i++;
		const a = stops[i - 1] as ScaleStop;
		const b = stops[i] as ScaleStop;
		return a.x + ((t - a.t) / (b.t - a.t)) * (b.x - a.x);
	};
	return Object.assign(scale, { stops });
}

/**
 * Stops for eras laid end to end from `from` to `to` px, each taking its `weight` share.
 * `bounds` are the era boundaries in time (one more than the weights).
 */
export function stopsFromWeights(
	bounds: readonly number[],
	weights: readonly number[],
	from: number,
	to: number
): ScaleStop[] {
	if (bounds.length !== weights.length + 1) throw new Error('One weight per era');
	const total = weights.reduce((sum, w) => sum + w, 0);
	const stops: ScaleStop[] = [{ t: bounds[0] as number, x: from }];
	let x = from;
	weights.forEach((w, i) => {
		x += ((to - from) * w) / total;
		stops.push({ t: bounds[i + 1] as number, x });
	});
	return stops;
}
