/** '#121418' → 'rgb(18, 20, 24)', as getComputedStyle reports a design token's colour. */
export function rgb(hex: string): string {
	const n = Number.parseInt(hex.slice(1), 16);
	return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
