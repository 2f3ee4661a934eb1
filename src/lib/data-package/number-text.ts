/** Decimal texts of the integers below this, kept once made: offsets, counts, numbers, levels. */
const KEPT = 1 << 17;
/** Made on first use (1 MB): a page that never writes a table never makes it. */
let kept: (string | undefined)[] | undefined;

/**
 * `String(value)`, from a table for the integers 0 … 131,071. Every row of every table holds a
 * few of them (offsets, paragraph and sentence numbers, levels) and writes each twice, to its CSV
 * and to dashboard.json: V8's own cache of number texts is small, so most conversions made a new
 * string (about 30 ns; 10 ns from the table).
 */
export function numberText(value: number): string {
	if (value >= 0 && value < KEPT && (value | 0) === value) {
		kept ??= new Array<string | undefined>(KEPT);
		let text = kept[value];
		if (text === undefined) kept[value] = text = String(value);
		return text;
	}
	return String(value);
}
