import { describe, expect, it } from 'vitest';
import { withoutInlinedPageData } from './page-data-inline';

/** A response SvelteKit inlined at prerender, as render.js writes it. */
const inlined = (url: string, body: string) =>
	`<script type="application/json" data-sveltekit-fetched data-url="${url}">` +
	`{"status":200,"statusText":"","headers":{},"body":${JSON.stringify(body)}}</script>`;

describe('withoutInlinedPageData', () => {
	it("takes out the page's data file and keeps the page around it", () => {
		const html = `<body><p>Text</p>\n\t\t\t${inlined('/sectors/page-data.json', '{"rows":[1,2]}')}\n<script>start()</script></body>`;
		expect(withoutInlinedPageData(html)).toBe(
			'<body><p>Text</p>\n\t\t\t\n<script>start()</script></body>'
		);
	});

	it("takes out the home page's and every page's, however many", () => {
		const html = [inlined('/page-data.json', '{}'), inlined('/text/page-data.json', '{}')].join('');
		expect(withoutInlinedPageData(html)).toBe('');
	});

	it('keeps other inlined responses: only page data files are fetched after the paint', () => {
		const other = inlined('/compare/vn-us.json', '{}');
		const lookalike = inlined('/notes/my-page-data.json', '{}');
		expect(withoutInlinedPageData(other + lookalike)).toBe(other + lookalike);
	});

	it('returns a page without inlined responses unchanged', () => {
		const html = '<!doctype html><html><body><script>start()</script></body></html>';
		expect(withoutInlinedPageData(html)).toBe(html);
	});
});
