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
	 * its slide sizes; visuals without a slide layout are scaled from `svg`. `theme` colours it
	 * where the visual takes its colours from the page (the map); charts carry their own.
	 * `view` is one of `slideViews`, when the visual offers a choice.
	 */
	slidePicture?(
		box: { width: number; height: number },
		theme: ThemeName,
		view?: string
	): Promise<{
		svg: string;
		width: number;
		height: number;
	}>;
	/** What a slide of this visual can show, the presenter's choice (the timeline's window). */
	slideViews?: readonly { id: string; label: string }[];
	/** The slide's subtitle when its picture shows less than the web figure (else `description`). */
	slideDescription?: (view?: string) => string;
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
	/** False when no address reopens this view (a pasted statement's report): no Copy link. */
	linkable?: boolean;
}
