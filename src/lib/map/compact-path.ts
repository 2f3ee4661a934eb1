/**
 * A d3-geo path context that writes short SVG path data: coordinates rounded to a fixed grid,
 * one absolute move per ring, then relative line-tos with repeated commands left out and
 * zero-length steps dropped (or, with `minStep`, every step shorter than that: a small drawing
 * needs fewer points than a large one). A country outline costs about half of d3's default output, which
 * matters because the map is inlined in the page's HTML.
 */
import type { GeoContext } from 'd3-geo';

export class CompactPath implements GeoContext {
	private parts: string[] = [];
	private x = 0;
	private y = 0;
	private inLine = false;
	private readonly scale: number;
	private readonly minStep: number;

	/**
	 * `decimals`: digits kept after the point (0 = whole SVG units); `minStep`: steps shorter
	 * than this (SVG units) are left out, the next point measured from the last one kept.
	 */
	constructor(decimals = 1, minStep = 0) {
		this.scale = 10 ** decimals;
		this.minStep = minStep * this.scale;
	}

	private grid(value: number): number {
		return Math.round(value * this.scale);
	}

	private format(value: number): string {
		// "-0.5" → "-.5": a leading zero is never needed in path data.
		return String(value / this.scale).replace(/^(-?)0\./, '$1.');
	}

	moveTo(x: number, y: number): void {
		this.x = this.grid(x);
		this.y = this.grid(y);
		this.parts.push(`M${this.format(this.x)} ${this.format(this.y)}`);
		this.inLine = false;
	}

	lineTo(x: number, y: number): void {
		const gx = this.grid(x);
		const gy = this.grid(y);
		const dx = gx - this.x;
		const dy = gy - this.y;
		if ((dx === 0 && dy === 0) || Math.hypot(dx, dy) < this.minStep) return;
		const pair = `${this.format(dx)}${dy < 0 ? '' : ' '}${this.format(dy)}`;
		this.parts.push(this.inLine ? (dx < 0 ? pair : ` ${pair}`) : `l${pair}`);
		this.inLine = true;
		this.x = gx;
		this.y = gy;
	}

	closePath(): void {
		this.parts.push('z');
		this.inLine = false;
	}

	/** A new path: d3-geo calls it for canvas contexts only; the string just carries on. */
	beginPath(): void {}

	/** Points are drawn as marks by the page, not as path circles. */
	arc(): void {}

	/** The path data so far, and a fresh start. */
	result(): string {
		const d = this.parts.join('');
		this.parts = [];
		this.inLine = false;
		return d;
	}
}
