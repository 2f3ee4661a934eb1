import { describe, expect, it } from 'vitest';
import { attributes, escapeHtml } from './html';

describe('escapeHtml', () => {
	it('escapes the five characters that can open markup or end an attribute', () => {
		expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
		);
	});
});

describe('attributes', () => {
	it('writes the attributes that have a value, escaped, and drops the empty ones', () => {
		expect(
			attributes([
				['class', 'n'],
				['title', '"x" <y>'],
				['data-level', 0],
				['id', ''],
				['lang', null]
			])
		).toBe(' class="n" title="&quot;x&quot; &lt;y&gt;" data-level="0"');
	});
});
