/**
 * What the action bar needs from a visual, whatever draws it (an ECharts chart, the map, the
 * timeline): its captions, its data as CSV, its picture as SVG, and optionally a native
 * PowerPoint slide. Heavy parts (ECharts, papaparse, pptxgenjs) are imported only on demand.
 */
import type { ThemeName } from '$lib/design/tokens';
import type { SlideSpec } from './pptx';

export interface Exportable {
	id: string;
	title: string;
	description: string;
	source: string;
	/** File name stem for downloads. */
	fileStem: string;
	csv(): Promise<string>;
	/** The picture alone (with a viewBox), coloured for `theme`, and its natural size. */
	svg(theme: ThemeName): Promise<{ svg: string; width: number; height: number }>;
	/**
	 * The picture drawn for a slide (slide-layout.ts) at exactly `box` pixels, so its text keeps
	 * its slide sizes; visuals without a slide layout are scaled from `svg`.
	 */
	slidePicture?(box: { width: number; height: number }): Promise<{
		svg: string;
		width: number;
		height: number;
	}>;
	/**
	 * The visual's PowerPoint slide in native form (bars, or the heatmap as a table) with its
	 * captions and notes; visuals without one go in as their slide picture.
	 */
	deckSlide?: (origin: string) => Promise<SlideSpec>;
	/**
	 * The chrome-free page of this visual, with the current view's parameters; none for a
	 * visual whose rows an embed's URL cannot name (one statement's report).
	 */
	embedPath?: string;
}
