/**
 * What goes on each slide of an exported deck, decided without pptxgenjs or a browser: the
 * native form of each registered chart (bars with the web's axis, the heatmap as a table),
 * its captions and speaker notes, and the deck's title and sources slides. Visuals with no
 * native form get `image: undefined` here and their picture is added by the caller.
 */
import type { ChartDefinition } from '$lib/charts/types';
import { heatmapTable, withWebAxis } from './native-chart';
import type { DeckOptions, SlideSpec } from './pptx';

/** A visual's captions, as every slide carries them. */
export interface SlideCaption {
	title: string;
	description: string;
	source: string;
	/** Address of the page the visual lives on; '' when no address reopens it. */
	url: string;
}

/** Speaker notes: the one-sentence description, then the source sentences. */
export function slideNotes(caption: SlideCaption, extra: string[] = []): string {
	return [caption.description, caption.source, ...extra, caption.url].filter(Boolean).join('\n\n');
}

export function captionSlide(caption: SlideCaption): SlideSpec {
	return {
		title: caption.title,
		subtitle: caption.description,
		source: [caption.source, caption.url].filter(Boolean).join(' · '),
		notes: slideNotes(caption)
	};
}

/** A registered chart's slide: native bars, or a native table for the heatmap, or neither. */
export function chartSlide<Row>(
	chart: ChartDefinition<Row>,
	rows: Row[],
	origin: string
): SlideSpec {
	const caption = { ...chart, url: chart.page && `${origin}${chart.page}` };
	const option = chart.option(rows, { compact: false });
	if (chart.native)
		return { ...captionSlide(caption), native: withWebAxis(chart.native(rows), option) };
	const table = heatmapTable(option);
	if (table) {
		// The table's header holds chapter numbers only: the notes name them in full.
		const key = `Columns: ${table.columns.join('; ')}.`;
		return { ...captionSlide(caption), table, notes: slideNotes(caption, [key]) };
	}
	return captionSlide(caption);
}

/** The deck's title slide and closing sources slide (each distinct source line once). */
export function deckFrame(captions: SlideCaption[], origin: string, date: string): DeckOptions {
	return {
		cover: {
			title: 'The Viet Nam–EU Comprehensive Strategic Partnership in figures',
			subtitle: `${captions.length} figures: every chart, the map and the timeline, from the joint statement and its sources · ${date} · ${origin}`
		},
		sources: {
			title: 'Sources',
			lines: [
				...new Set(captions.map((c) => c.source)),
				`Every chart, its data and method: ${origin}`
			]
		}
	};
}

/** True when a slide still needs its picture (no native chart or table). */
export const needsImage = (slide: SlideSpec) => !slide.native && !slide.table && !slide.image;
