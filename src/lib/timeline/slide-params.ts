/**
 * What a link to the timeline's slide carries (/embed/timeline-slide?box=1792x620&window=detail):
 * the slide's picture box and the window it shows. Small and separate from slide-layout.ts, so
 * that /timeline's action bar links a slide without loading the layout code.
 */
export const TIMELINE_WINDOWS = [
	{ id: 'span', label: 'The whole span' },
	{ id: 'detail', label: 'The year in detail and the upgrade' }
] as const;
export type TimelineWindow = (typeof TIMELINE_WINDOWS)[number]['id'];

export const isTimelineWindow = (value: string | null): value is TimelineWindow =>
	TIMELINE_WINDOWS.some((w) => w.id === value);

/** The slide's picture box as an embed link carries it: `?box=1792x620` (CSS pixels). */
export const SLIDE_BOX_PARAM = 'box';
export const SLIDE_WINDOW_PARAM = 'window';

/** A box from a link, or `fallback` when the value is missing or not a plausible slide box. */
export function parseSlideBox(
	value: string | null,
	fallback: { width: number; height: number }
): { width: number; height: number } {
	const match = /^(\d{3,4})x(\d{3,4})$/.exec(value ?? '');
	const [width, height] = [Number(match?.[1]), Number(match?.[2])];
	const plausible = (n: number) => n >= 200 && n <= 4000;
	return match && plausible(width) && plausible(height) ? { width, height } : fallback;
}

/** The query of /embed/timeline-slide that draws `window` for `box`. */
export function slideSearch(
	box: { width: number; height: number },
	window: TimelineWindow,
	theme: string
): string {
	const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
	return `?theme=${theme}&${SLIDE_BOX_PARAM}=${size}&${SLIDE_WINDOW_PARAM}=${window}`;
}
