/**
 * The line under a chart that leads to the list its selection fills. A click on a mark selects
 * and stays put (no scroll, no focus move); reading the list is the reader's next, deliberate
 * step, and this line says how far and which way it is.
 */

/** Where the list sits relative to the chart. */
export type DrillDirection = 'below' | 'above';

export interface DrillTarget {
	/** Element id of the list's section. */
	target: string;
	/** How many items the selection lists. */
	count: number;
	/** The listed item, singular and plural ("clause", "clauses"). */
	noun: readonly [string, string];
	direction: DrillDirection;
}

/** "23 clauses below ↓", "↑ 1 sentence above", "No clauses below". */
export function drillJumpLabel({ count, noun, direction }: DrillTarget): string {
	const items = `${count === 0 ? 'No' : count} ${count === 1 ? noun[0] : noun[1]} ${direction}`;
	return direction === 'below' ? `${items} ↓` : `↑ ${items}`;
}

/**
 * Moves the reader to the list: scrolls its section into view (smoothly unless reduced motion
 * is asked for) and puts focus on its heading, so keyboard and screen-reader users arrive too.
 */
export function jumpToList(doc: Document, target: string): void {
	const section = doc.getElementById(target);
	if (!section) return;
	const reduced = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
	section.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
	const heading = section.querySelector<HTMLElement>('h2, h3');
	heading?.setAttribute('tabindex', '-1');
	heading?.focus({ preventScroll: true });
}
