/** The words of the /analyse progress line for each step of the worker (analyse-statement.ts). */
import type { Progress } from './analyse-statement';

const number = new Intl.NumberFormat('en-GB');

export function sizeText(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${number.format(Math.round(bytes / 1024))} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "1 row", "1,204 rows". */
export const plural = (count: number, one: string, many: string) =>
	`${number.format(count)} ${count === 1 ? one : many}`;

export function progressLine(progress: Progress): string {
	switch (progress.step) {
		case 'read':
			return `Checking ${sizeText(progress.bytes)} of text…`;
		case 'analyse':
			return `Reading ${plural(progress.lines, 'line', 'lines')} into paragraphs, sentences and clauses…`;
		case 'tables':
			return `Found ${plural(progress.paragraphs, 'paragraph', 'paragraphs')} and ${plural(progress.clauses, 'clause', 'clauses')}; writing the tables…`;
	}
}
