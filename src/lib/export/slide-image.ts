/**
 * The picture of a visual for a PowerPoint image slide, in the browser: drawn from its slide
 * layout at the slide's chart box (so labels keep their slide sizes), on a light background,
 * without a caption strip (the slide has its own title and source), as a PNG.
 */
import { pictureSvg } from './captioned-svg';
import type { Exportable } from './exportable';
import { CHART_BOX, PX_PER_INCH, type SlideSpec } from './pptx';

/** The chart box of a deck slide in pixels of the 1920×1080 slide layouts. */
export const IMAGE_BOX = {
	width: Math.round(CHART_BOX.w * PX_PER_INCH),
	height: Math.round(CHART_BOX.h * PX_PER_INCH)
};

/** Pixel density of the PNG: sharp on a 4K projector without megabyte slides. */
const PNG_SCALE = 2;

/** A picture (SVG with a viewBox) fitted into the slide's chart box, as a PNG data URL. */
export async function slideImage(picture: {
	svg: string;
	width: number;
	height: number;
}): Promise<NonNullable<SlideSpec['image']>> {
	const { svgToPng, blobToDataUrl } = await import('./browser-files');
	const fit = Math.min(IMAGE_BOX.width / picture.width, IMAGE_BOX.height / picture.height);
	const width = Math.round(picture.width * fit);
	const height = Math.round(picture.height * fit);
	const png = await svgToPng(pictureSvg(picture.svg, width, height), width, height, PNG_SCALE);
	return { dataUrl: await blobToDataUrl(png), width, height };
}

/** An exportable's slide picture: its slide layout when it has one, else its web picture. */
export async function exportableSlideImage(
	exportable: Exportable,
	view?: string
): Promise<NonNullable<SlideSpec['image']>> {
	const picture = exportable.slidePicture
		? await exportable.slidePicture(IMAGE_BOX, 'light', view)
		: await exportable.svg('light');
	return slideImage(picture);
}
