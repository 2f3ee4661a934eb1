/**
 * What to draw for each segment of an annotated paragraph: one element (or bare text) with the
 * classes of every annotation covering it. Kept out of the component so the rules are tested.
 */
import { LEVEL_NAMES } from '$lib/design/tokens';
import { annotate } from './annotate';
import type { TextSpan } from './paragraphs';

export interface Piece {
	text: string;
	/** 'mark' for a search hit, 'span' for other annotations, null for plain text. */
	tag: 'mark' | 'span' | null;
	/** Space-separated classes: `cue l<level>`, `cond`, `fig`. */
	className: string;
	/** The cue's level, printed after the last piece of a cue so colour is never the only key. */
	levelMark: number | null;
	/** What the annotations are, in words (tooltip). */
	title: string;
}

function describe(span: TextSpan): string {
	switch (span.kind) {
		case 'cue':
			return `${span.role}: level ${span.level}, ${LEVEL_NAMES[span.level] ?? ''}`;
		case 'condition':
			return 'condition: the clause keeps its level and is conditional';
		case 'figure':
			return `figure: ${span.label}`;
		case 'hit':
			return '';
	}
}

/**
 * Pieces for a paragraph. Where two cues overlap, the innermost one (the later start, or the
 * shorter at the same start) gives the colour, so the choice does not depend on input order.
 */
export function paragraphPieces(text: string, start: number, spans: readonly TextSpan[]): Piece[] {
	return annotate(text, start, spans).map((segment) => {
		const cue = segment.spans.findLast((s) => s.kind === 'cue');
		const classes: string[] = [];
		if (cue) classes.push('cue', `l${cue.level}`);
		if (segment.spans.some((s) => s.kind === 'condition')) classes.push('cond');
		if (segment.spans.some((s) => s.kind === 'figure')) classes.push('fig');
		const hit = segment.spans.some((s) => s.kind === 'hit');
		return {
			text: segment.text,
			tag: hit ? 'mark' : classes.length > 0 ? 'span' : null,
			className: classes.join(' '),
			levelMark: cue && cue.end === segment.end ? cue.level : null,
			title: segment.spans
				.filter((s) => s.kind !== 'hit')
				.map(describe)
				.join('; ')
		};
	});
}
