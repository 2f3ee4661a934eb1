/**
 * The timeline's events are one composite widget (WAI-ARIA APG toolbar pattern, roving
 * tabindex): Tab enters it once, on one event; the arrow keys move to the previous or next event
 * in time, Home and End to the first and last. Both directions of arrows work in every layout,
 * so the keys need not change when the timeline turns from horizontal to vertical.
 */

const STEP: Readonly<Record<string, -1 | 1>> = {
	ArrowLeft: -1,
	ArrowUp: -1,
	ArrowRight: 1,
	ArrowDown: 1
};

/** Whether a key moves within the widget (so the page must not scroll with it). */
export function isRovingKey(key: string): boolean {
	return key in STEP || key === 'Home' || key === 'End';
}

/**
 * The event a key moves to from `current` among `order` (the events not filtered out, in time
 * order); null for any other key. Moves stop at either end (no wrap): a reader at the last event
 * knows it is the last. An unknown `current` starts from the first event.
 */
export function rovingTarget(
	order: readonly string[],
	current: string,
	key: string
): string | null {
	if (!isRovingKey(key) || order.length === 0) return null;
	if (key === 'Home') return order[0] ?? null;
	if (key === 'End') return order[order.length - 1] ?? null;
	const at = order.indexOf(current);
	if (at < 0) return order[0] ?? null;
	const next = Math.min(order.length - 1, Math.max(0, at + (STEP[key] ?? 0)));
	return order[next] ?? null;
}

/** The one event that takes Tab: the last one reached, or the first when that one is hidden. */
export function tabStop(order: readonly string[], current: string | null): string | null {
	return current !== null && order.includes(current) ? current : (order[0] ?? null);
}

/** What each drawn layout needs to know of the toolbar's state. */
export interface EventsState {
	/** The event Tab reaches. */
	tabStop: string | null;
	/** The event whose details are open. */
	open: string | null;
	/** Id of the details panel (aria-controls). */
	detailsId: string;
	/** Id of the line that tells how the keys work (aria-describedby). */
	hintId: string;
}
