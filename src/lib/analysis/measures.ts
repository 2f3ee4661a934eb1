/**
 * What a figure measures, by the reviewed measures of seeds/reference/measures.json: the first
 * measure whose kinds include the figure's kind and one of whose terms stands in its label as
 * whole words, in order. The label is the text's own words ("two-way trade, change
 * year-on-year"), so a statement that words a measure differently needs a term, not code.
 */
import type { MeasureDefinition } from '../contract/reference';
import { lowerWords, phraseWords, tokenize } from './tokens';

/** A measure with its terms as word sequences. */
interface CompiledMeasure {
	id: string;
	kinds: ReadonlySet<string>;
	terms: readonly (readonly string[])[];
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
	for (let at = 0; at + phrase.length <= words.length; at++) {
		if (phrase.every((word, k) => words[at + k] === word)) return true;
	}
	return false;
}

/** A reader of measures: figure kind and label → measure id, '' when none fits. */
export function createMeasureReader(
	measures: readonly MeasureDefinition[]
): (figure: { kind: string; label: string }) => string {
	const compiled: CompiledMeasure[] = measures.map((m) => ({
		id: m.id,
		kinds: new Set(m.kinds),
		terms: m.terms.map((term) => phraseWords(term))
	}));
	return ({ kind, label }) => {
		// Not phraseWords: labels are the texts' words, too many to keep for the process.
		const words = lowerWords(tokenize(label, 0, label.length));
		const measure = compiled.find(
			(m) => m.kinds.has(kind) && m.terms.some((term) => containsPhrase(words, term))
		);
		return measure?.id ?? '';
	};
}
