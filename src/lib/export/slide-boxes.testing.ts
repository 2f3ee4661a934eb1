/**
 * The picture boxes a visual is drawn into on a slide, for tests that measure label sizes
 * there: the chart box of the 16:9 and 4:3 PNG/SVG slides (which depends on how many lines the
 * caption takes) and the PowerPoint picture box.
 */
import { IMAGE_BOX } from './slide-image';
import { SLIDE_SIZES, slideCaptionLayout } from './slide-layout';

export function slidePictureBoxes(caption: { title: string; subtitle: string; source: string }) {
	const full = { ...caption, date: '2026-12-07', url: 'https://partnership.example.org/page' };
	return {
		'PNG/SVG 1920×1080': slideCaptionLayout(full, SLIDE_SIZES.wide).chart,
		'PNG/SVG 1600×1200': slideCaptionLayout(full, SLIDE_SIZES.standard).chart,
		'PowerPoint picture': IMAGE_BOX
	};
}
