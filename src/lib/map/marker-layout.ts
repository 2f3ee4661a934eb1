/**
 * Places map markers so that they do not sit on each other: Brussels hosts both Belgium and the
 * EU, Moscow three marks, and the Baltic capitals are a few pixels apart at this scale. Marks
 * that share a spot are first fanned out around it, then overlapping marks push each other
 * apart while a weak spring pulls each back to its place. Deterministic (no randomness, fixed
 * iterations), so the prerendered map is the same on every build. A mark moved off its place
 * gets a leader line back to it (`moved`).
 */
export interface MarkerInput {
	key: string;
	/** Projected position of the place, in SVG units. */
	x: number;
	y: number;
}

export interface PlacedMarker extends MarkerInput {
	/** Where the marker is drawn. */
	markX: number;
	markY: number;
	/** Whether the marker is far enough from its place to need a leader line. */
	moved: boolean;
}

export interface LayoutOptions {
	/** Marker radius, SVG units. */
	radius: number;
	/** Space kept between two markers, SVG units. */
	gap?: number;
	iterations?: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function layoutMarkers(
	items: readonly MarkerInput[],
	options: LayoutOptions
): PlacedMarker[] {
	const { radius, gap = 2, iterations = 120 } = options;
	const spacing = 2 * radius + gap;
	const pos = items.map((item) => ({ x: item.x, y: item.y }));

	// Fan out marks that share a spot, in input order, starting to the east.
	const groups = new Map<string, number[]>();
	items.forEach((item, i) => {
		const spot = `${round(item.x)},${round(item.y)}`;
		groups.set(spot, [...(groups.get(spot) ?? []), i]);
	});
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		const distance = spacing / (2 * Math.sin(Math.PI / Math.max(members.length, 2)));
		members.forEach((index, k) => {
			const angle = (2 * Math.PI * k) / members.length;
			const p = pos[index];
			if (p) {
				p.x += distance * Math.cos(angle);
				p.y += distance * Math.sin(angle);
			}
		});
	}

	for (let step = 0; step < iterations; step++) {
		// A weak pull home keeps marks near their places; the pushes come last, so the final
		// step leaves no overlap the pull made.
		pos.forEach((p, i) => {
			const item = items[i];
			if (!item) return;
			p.x += (item.x - p.x) * 0.04;
			p.y += (item.y - p.y) * 0.04;
		});
		for (let i = 0; i < pos.length; i++) {
			for (let j = i + 1; j < pos.length; j++) {
				const a = pos[i];
				const b = pos[j];
				if (!a || !b) continue;
				let dx = b.x - a.x;
				let dy = b.y - a.y;
				let d = Math.hypot(dx, dy);
				if (d >= spacing) continue;
				if (d < 1e-6) {
					// Still on top of each other: part along a direction fixed by their order.
					dx = Math.cos(i + j);
					dy = Math.sin(i + j);
					d = 1;
				}
				const push = (spacing - d) / 2 / d;
				a.x -= dx * push;
				a.y -= dy * push;
				b.x += dx * push;
				b.y += dy * push;
			}
		}
	}

	return items.map((item, i) => {
		const p = pos[i] ?? item;
		const markX = round(p.x);
		const markY = round(p.y);
		return {
			...item,
			x: round(item.x),
			y: round(item.y),
			markX,
			markY,
			moved: Math.hypot(markX - item.x, markY - item.y) > radius * 0.8
		};
	});
}
