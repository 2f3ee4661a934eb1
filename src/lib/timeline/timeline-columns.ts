/** The timeline's rows as CSV and export columns (its counterpart of a registry entry). */
import type { ChartColumn } from '$lib/charts/types';
import type { TimelineRow } from './timeline-rows';

export const TIMELINE_COLUMNS: ChartColumn<TimelineRow>[] = [
	{ key: 'date', label: 'Date' },
	{ key: 'precision', label: 'Precision' },
	{ key: 'title', label: 'Event' },
	{ key: 'kind', label: 'Kind' },
	{ key: 'origin', label: 'Origin (text or reference)' },
	{ key: 'quote', label: 'Source words' },
	{ key: 'sourceLabel', label: 'Source' },
	{ key: 'sourceTitle', label: 'Source title' },
	{ key: 'href', label: 'Link' },
	{ key: 'note', label: 'Note' },
	{ key: 'otherSources', label: 'Other sources' }
];

/** The visible one of the timeline's server-rendered layouts (CSS shows one at a time). */
export function visibleSvg(container: Element | null): SVGSVGElement | null {
	if (!container) return null;
	for (const svg of container.querySelectorAll<SVGSVGElement>('svg')) {
		if (svg.getBoundingClientRect().width > 0 && svg.viewBox.baseVal?.width) return svg;
	}
	return null;
}
