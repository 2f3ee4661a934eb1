/**
 * Stacks labels into lanes so that none overlap. Lanes count outwards from the axis; a label
 * may need several lanes (one per line of text). Labels are taken pass by pass, each pass from
 * left to right, and each takes the first lanes where it overlaps nothing (first fit). The
 * caller puts dated points in the first pass and bars over a whole year in the second, so the
 * points stay near the axis and the year bars stack outside them.
 */

export interface LaneItem {
	id: string;
	/** The label's extent along the axis (px), mark included. */
	from: number;
	to: number;
	/** How many lanes the label needs (its lines of text). */
	lanes: number;
	/** Items of a lower pass are placed first (default 0): they get the lanes near the axis. */
	pass?: number;
	/** The side of the axis the item prefers when both have room as near the axis. */
	prefer?: 0 | 1;
}

export interface LanePlacement {
	id: string;
	/** 0 above the axis, 1 below it (always 0 with one side). */
	side: 0 | 1;
	/** The lane nearest the axis that the label occupies. */
	lane: number;
	lanes: number;
	from: number;
	to: number;
}

function fits(
	item: LaneItem,
	lane: number,
	placed: readonly LanePlacement[],
	gap: number
): boolean {
	const top = lane + item.lanes - 1;
	return placed.every(
		(p) =>
			// Apart in lanes, or apart along the axis by at least `gap`.
			top < p.lane ||
			p.lane + p.lanes - 1 < lane ||
			item.to + gap <= p.from ||
			p.to + gap <= item.from
	);
}

function firstLane(item: LaneItem, placed: readonly LanePlacement[], gap: number): number {
	let lane = 0;
	while (!fits(item, lane, placed, gap)) lane++;
	return lane;
}

/**
 * Places every item (the result keeps the input order). With two sides, each item goes to the
 * side where it lands nearer the axis (its preferred side on a tie), which keeps the figure low.
 */
export function stackInLanes(
	items: readonly LaneItem[],
	{ gap = 8, sides = 1 }: { gap?: number; sides?: 1 | 2 } = {}
): LanePlacement[] {
	const order = items
		.map((item, index) => ({ item, index }))
		.sort(
			(a, b) =>
				(a.item.pass ?? 0) - (b.item.pass ?? 0) || a.item.from - b.item.from || a.index - b.index
		);
	const placed: [LanePlacement[], LanePlacement[]] = [[], []];
	const byIndex = new Array<LanePlacement>(items.length);
	for (const { item, index } of order) {
		const preferred = sides === 2 ? (item.prefer ?? 0) : 0;
		const other = preferred === 0 ? 1 : 0;
		const near = firstLane(item, placed[preferred], gap);
		const far = sides === 2 ? firstLane(item, placed[other], gap) : Infinity;
		const side = far < near ? other : preferred;
		const placement: LanePlacement = {
			id: item.id,
			side,
			lane: Math.min(near, far),
			lanes: item.lanes,
			from: item.from,
			to: item.to
		};
		placed[side].push(placement);
		byIndex[index] = placement;
	}
	return byIndex;
}

/** Lanes used on one side of the axis (0 when empty). */
export function laneCount(placements: readonly LanePlacement[], side: 0 | 1 = 0): number {
	return placements
		.filter((p) => p.side === side)
		.reduce((max, p) => Math.max(max, p.lane + p.lanes), 0);
}
