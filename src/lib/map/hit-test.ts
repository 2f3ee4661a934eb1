/**
 * Which markers a tap touches. On a phone the markers' touch targets (at least 24 CSS px) overlap
 * where capitals crowd, so a tap in the overlap would reach only the topmost marker: instead it
 * opens every marker whose target holds the tapped point, nearest first. Pure, in CSS pixels.
 */
export interface HitTarget {
	key: string;
	/** Centre and radius of the marker's touch target on screen, CSS px. */
	x: number;
	y: number;
	r: number;
}

export function targetsAt(
	point: { x: number; y: number },
	targets: readonly HitTarget[]
): string[] {
	return targets
		.map((t) => ({ key: t.key, distance: Math.hypot(t.x - point.x, t.y - point.y), r: t.r }))
		.filter((t) => t.distance <= t.r)
		.sort((a, b) => a.distance - b.distance)
		.map((t) => t.key);
}
