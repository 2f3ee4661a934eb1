/**
 * The annotated text as HTML strings: a paragraph (its number as a link to itself, its words
 * with cues, conditions, figures and search hits drawn on them, its clause levels and sectors),
 * the marked words alone, and a level badge. Styled by annotations.css.
 *
 * Why strings and not Svelte elements: a statement is hundreds of marked words, and hydrating
 * one component per word and badge was most of a statement page's blocking time (≈ 60 of
 * 110 ms of hydration here, ×4 under Lighthouse's mobile CPU). `{@html}` hydrates by adopting
 * the server's nodes without walking them, and nothing in the text needs a listener: the links
 * and tooltips are the browser's own.
 *
 * Every piece of text and every attribute value from the data goes through `escapeHtml`
 * ($lib/format/html); the tags and class names are this module's constants.
 * annotated-html.test.ts holds it to that.
 */
import { LEVEL_NAMES } from '$lib/design/tokens';
import { attributes, escapeHtml } from '$lib/format/html';
import { paragraphHits } from './filter';
import type { TextParagraph, TextSpan } from './paragraphs';
import { paragraphPieces } from './pieces';

/**
 * Words with their annotations drawn on them (pieces.ts decides what each piece is): cue words
 * on their level's colour with the level number after them (so colour is never the only key),
 * figures underlined, conditions wavy, search hits as <mark>.
 */
export function annotatedHtml(text: string, start: number, spans: readonly TextSpan[]): string {
	return paragraphPieces(text, start, spans)
		.map((piece) => {
			const words = escapeHtml(piece.text);
			if (piece.tag === null) return words;
			const attrs = attributes([
				['class', piece.className],
				['data-level', piece.levelMark],
				['title', piece.title]
			]);
			return `<${piece.tag}${attrs}>${words}</${piece.tag}>`;
		})
		.join('');
}

/** A modality level as a small coloured badge: its number, and its name when `named`. */
export function levelBadgeHtml(level: number, { named = false, title = '' } = {}): string {
	const name = named ? `<span class="name">${escapeHtml(LEVEL_NAMES[level] ?? '')}</span>` : '';
	return `<span${attributes([
		['class', `level-badge l${level}`],
		['title', title]
	])}>${level}${name}</span>`;
}

/**
 * One paragraph of a document, its anchor the one every other page links to (`textHref`).
 *
 * @param query     search text to mark, '' for none
 * @param targeted  the URL points at this paragraph (`:target` misses client-side navigation)
 */
export function paragraphHtml(p: TextParagraph, query: string, targeted: boolean): string {
	const hits = paragraphHits(p, query);
	const spans: readonly TextSpan[] = hits.length
		? [...p.spans, ...hits.map((h) => ({ ...h, kind: 'hit' as const }))]
		: p.spans;
	const number = p.label
		? escapeHtml(p.label)
		: `<span class="unnumbered">¶${p.paragraphNo}</span>`;
	const link = `<a${attributes([
		['class', 'no'],
		['href', `#${p.anchor}`],
		['title', p.label ? 'Link to this paragraph' : 'Unnumbered in the text; link to this paragraph']
	])}>${number}</a>`;
	const voice =
		p.voice === 'publisher'
			? '<p class="voice">The publisher’s introduction, not the author’s words</p>'
			: '';
	const words = `<p class="words">${annotatedHtml(p.text, p.start, spans)}</p>`;
	const levels = p.clauseLevels.length
		? `<span class="levels"><span class="visually-hidden">Clause levels:</span>${p.clauseLevels
				.map((level, i) =>
					levelBadgeHtml(level, {
						title: `Clause ${i + 1}: level ${level}, ${LEVEL_NAMES[level] ?? ''}`
					})
				)
				.join('')}</span>`
		: '';
	const sectors = p.sectors.length
		? `<ul class="sectors" aria-label="Sectors">${p.sectors
				.map(
					(s) =>
						`<li${attributes([['title', `Matched: ${s.words.join(', ')}`]])}>${escapeHtml(s.label)}</li>`
				)
				.join('')}</ul>`
		: '';
	const meta =
		levels || sectors
			? ` <div class="meta">${[levels, sectors].filter(Boolean).join(' ')}</div>`
			: '';
	return `<div${attributes([
		['class', targeted ? 'para targeted' : 'para'],
		['id', p.anchor]
	])}>${link} <div class="body">${voice}${words}${meta}</div></div>`;
}
