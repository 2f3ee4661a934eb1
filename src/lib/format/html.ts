/**
 * HTML strings for the parts of a page that are drawn once and never re-wired (the annotated
 * text, a chart's data table): `{@html}` hydrates them without walking their nodes. Every text
 * and attribute value from the data goes through `escapeHtml`.
 */
const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text safe as element content and as a double-quoted attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** ` name="value"` for each attribute with a value; none for '' or null. */
export function attributes(pairs: [string, string | number | null][]): string {
	return pairs
		.filter(([, value]) => value !== null && value !== '')
		.map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
		.join('');
}
