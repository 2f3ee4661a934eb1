/** Browser helpers for exports: rasterise an SVG, save a file, put an image on the clipboard. */

/** Draws an SVG string onto a canvas at `scale` × its size and returns a PNG blob. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 1
): Promise<Blob> {
	// System fonts must be ready, or the first export draws with a fallback face.
	await document.fonts.ready;
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'sync';
		const loaded = new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The SVG could not be drawn as an image'));
		});
		image.src = url;
		await loaded;
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function saveFile(content: Blob | string, fileName: string, type = 'text/plain'): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Copies a PNG that is still being made. Safari requires the ClipboardItem to be created
 * within the click, with a promise for the data; Chromium accepts the same.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
	await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

export function blobToDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}
