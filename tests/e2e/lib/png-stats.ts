/**
 * A PNG decoded in the browser and sampled: how many distinct colours it has and what share of
 * its pixels is near black. A blank, single-colour or black picture shows in both.
 */
import type { Page } from 'playwright-core';

export function pngStats(
	page: Page,
	png: Uint8Array,
	step: number
): Promise<{ colours: number; dark: number }> {
	return page.evaluate(
		async ([b64, stride]) => {
			const image = new Image();
			image.src = `data:image/png;base64,${b64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const px = context.getImageData(0, 0, image.width, image.height).data;
			const seen = new Set<number>();
			let dark = 0;
			let total = 0;
			for (let i = 0; i < px.length; i += 4 * stride) {
				seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
				if (px[i]! + px[i + 1]! + px[i + 2]! < 60) dark++;
				total++;
			}
			return { colours: seen.size, dark: total ? dark / total : 0 };
		},
		[Buffer.from(png).toString('base64'), step] as const
	);
}
