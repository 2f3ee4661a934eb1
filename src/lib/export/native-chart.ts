/**
 * A chart described in PowerPoint's own terms (categories, series, colours), so the slide
 * holds an editable native chart rather than a picture. Charts whose type PowerPoint lacks
 * (the heatmap, the map, the timeline) have no native form and go in as a high-resolution image.
 */
export interface NativeSeries {
	name: string;
	values: number[];
	/** #rrggbb */
	colour: string;
}

export interface NativeChart {
	kind: 'bar';
	/** Horizontal bars (PowerPoint "bar") or vertical columns ("col"). */
	horizontal: boolean;
	stacked: boolean;
	labels: string[];
	series: NativeSeries[];
	valueTitle: string;
}
