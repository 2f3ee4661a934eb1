/**
 * Turns a paragraph and the annotations on it (cues, figures, search hits) into a flat list of
 * non-overlapping segments, so the page can render each piece of text as one element with the
 * classes of every annotation covering it (annotated-html.ts, escaped): no nesting, and
 * overlapping annotations (a figure around a quantity cue, a search hit across a cue) need no
 * special case.
 */

/** An annotation: absolute offsets into the seed file, `end` exclusive (as in the data package). */
export interface Span {
	start: number;
	end: number;
}

export interface Segment<S extends Span> {
	text: string;
	/** Absolute offsets of this piece of text. */
	start: number;
	end: number;
	/**
	 * Every span covering the piece, outermost first: earlier start first, then longer first,
	 * then input order. The same input always gives the same order.
	 */
	spans: S[];
}

/**
 * Splits `text` (which starts at absolute offset `textStart`) at every span boundary. Spans are
 * clipped to the paragraph; empty ones are dropped. The segments' texts concatenate back to
 * `text` exactly, and adjacent segments never carry the same set of spans.
 */
export function annotate<S extends Span>(
	text: string,
	textStart: number,
	spans: readonly S[]
): Segment<S>[] {
	const textEnd = textStart + text.length;
	const clipped = spans
		.map((span, index) => ({
			span,
			index,
			start: Math.max(span.start, textStart),
			end: Math.min(span.end, textEnd)
		}))
		.filter((s) => s.start < s.end)
		.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);

	const cuts = new Set<number>([textStart, textEnd]);
	for (const s of clipped) {
		cuts.add(s.start);
		cuts.add(s.end);
	}
	const bounds = [...cuts].sort((a, b) => a - b);

	const segments: Segment<S>[] = [];
	for (let i = 0; i + 1 < bounds.length; i++) {
		const start = bounds[i] as number;
		const end = bounds[i + 1] as number;
		segments.push({
			text: text.slice(start - textStart, end - textStart),
			start,
			end,
			spans: clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.span)
		});
	}
	return segments;
}
