import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { annotatedHtml, levelBadgeHtml, paragraphHtml } from './annotated-html';
import { buildTextPage, type TextParagraph, type TextSpan } from './paragraphs';

const page = buildTextPage(loadDashboardData());
const p41 = page.paragraphs.find((p) => p.anchor === 'p-41');
if (!p41) throw new Error('no p-41');

/** What a browser shows of HTML as text: the tags dropped, the five escapes read back. */
const shownText = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
			e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&'
		);
const tagNames = (html: string) =>
	new Set([...html.matchAll(/<\/?([a-z0-9-]+)/g)].map((m) => m[1]));

/** A paragraph whose every field from the data tries to become markup. */
const hostile: TextParagraph = {
	anchor: 'x-p-1',
	docId: 'x',
	paragraphNo: 1,
	label: '<b>1</b>',
	chapterNo: 0,
	start: 100,
	text: '<script>alert("x")</script> & we shall \'act\'',
	voice: 'publisher',
	clauseLevels: [3],
	sectors: [{ id: 'trade', label: 'Trade <i>&</i> investment', words: ['"trade"', "it's"] }],
	spans: [
		{ kind: 'cue', start: 134, end: 139, level: 3, role: 'modal "x" <y>' },
		{ kind: 'figure', start: 100, end: 108, label: '<img src=x onerror=alert(1)>' }
	]
};

describe('annotatedHtml', () => {
	it('draws paragraph 41’s cues as level-coloured spans, each numbered once at its end', () => {
		const html = annotatedHtml(p41.text, p41.start, p41.spans);
		expect(shownText(html)).toBe(p41.text);
		expect(html).toContain(
			'<span class="cue l1" data-level="1" title="modal: level 1, exploratory">will</span>'
		);
		expect([...html.matchAll(/data-level="(\d)"/g)].map((m) => m[1])).toEqual([
			'0',
			'0',
			'0',
			'0',
			'0',
			'1',
			'1',
			'3'
		]);
	});

	it('shows any text as it is and makes no tag of it, whatever the spans', () => {
		const spanOf = (length: number) =>
			fc
				.tuple(
					fc.nat({ max: length }),
					fc.nat({ max: length }),
					fc.constantFrom('cue', 'condition', 'figure', 'hit')
				)
				.map(([a, b, kind]): TextSpan => {
					const [start, end] = a <= b ? [a, b] : [b, a];
					if (kind === 'cue') return { kind, start, end, level: 2, role: '<role>' };
					if (kind === 'figure') return { kind, start, end, label: '"label"' };
					return { kind, start, end } as TextSpan;
				});
		const input = fc
			.string({ unit: 'grapheme', maxLength: 40 })
			.chain((text) =>
				fc.tuple(fc.constant(text), fc.array(spanOf(text.length), { maxLength: 5 }))
			);
		fc.assert(
			fc.property(input, ([text, spans]) => {
				const html = annotatedHtml(text, 0, spans);
				expect(shownText(html)).toBe(text);
				for (const tag of tagNames(html)) expect(['span', 'mark']).toContain(tag);
			})
		);
	});
});

describe('levelBadgeHtml', () => {
	it('writes the level, its name when asked, and an escaped tooltip', () => {
		expect(levelBadgeHtml(3)).toBe('<span class="level-badge l3">3</span>');
		expect(levelBadgeHtml(4, { named: true, title: 'a "b"' })).toBe(
			'<span class="level-badge l4" title="a &quot;b&quot;">4<span class="name">firm</span></span>'
		);
	});
});

describe('paragraphHtml', () => {
	it('draws a paragraph: its number linking to its anchor, its words, levels and sectors', () => {
		const html = paragraphHtml(p41, '', false);
		expect(html.startsWith('<div class="para" id="p-41"><a class="no" href="#p-41"')).toBe(true);
		expect(html).toContain('title="Link to this paragraph">41</a>');
		expect(html.match(/class="level-badge /g)).toHaveLength(p41.clauseLevels.length);
		expect(html).toContain(
			`title="Clause 1: level ${p41.clauseLevels[0]}, ${['not a commitment', 'exploratory', 'intent', 'strong', 'firm'][p41.clauseLevels[0] ?? 0]}"`
		);
		expect(html.match(/<li title="Matched: /g)).toHaveLength(p41.sectors.length);
		expect(html).not.toContain('class="voice"');
	});

	it('marks the paragraph the URL points at, and the search hits in its words', () => {
		const html = paragraphHtml(p41, 'will explore', true);
		expect(html.startsWith('<div class="para targeted" id="p-41">')).toBe(true);
		expect(html).toContain(
			'<mark class="cue l1" data-level="1" title="modal: level 1, exploratory">will</mark><mark> </mark>'
		);
		expect(paragraphHtml(p41, '', false)).not.toContain('<mark');
	});

	it('escapes every word and attribute from the data', () => {
		const html = paragraphHtml(hostile, '', false);
		expect(tagNames(html)).toEqual(new Set(['div', 'a', 'p', 'span', 'ul', 'li']));
		expect(html).toContain('>&lt;script&gt;</span>alert(&quot;x&quot;)&lt;/script&gt; &amp; we s');
		expect(html).toContain('title="modal &quot;x&quot; &lt;y&gt;: level 3, strong">hall </span>');
		expect(html).toContain('title="Link to this paragraph">&lt;b&gt;1&lt;/b&gt;</a>');
		expect(html).toContain('title="figure: &lt;img src=x onerror=alert(1)&gt;"');
		expect(html).toContain('<li title="Matched: &quot;trade&quot;, it&#39;s">');
		expect(html).toContain('>Trade &lt;i&gt;&amp;&lt;/i&gt; investment</li>');
		expect(html).toContain('<p class="voice">');
	});

	it('numbers an unnumbered paragraph by its position', () => {
		const html = paragraphHtml({ ...hostile, label: '', paragraphNo: 7 }, '', false);
		expect(html).toContain(
			'title="Unnumbered in the text; link to this paragraph"><span class="unnumbered">¶7</span></a>'
		);
	});
});
