/**
 * Test helper for tables written one row a line, '<input> → <expected>' (rules as data: every
 * row's example is a test): one test per row, named by the row.
 */
import { it } from 'vitest';

/**
 * One test per row: `check` gets the row's two sides, split at the first `separator`. A row
 * without it is an error, not a pass.
 */
export function itEachRow(
	rows: readonly string[],
	check: (input: string, expected: string) => void,
	separator = ' → '
): void {
	it.each(rows)('%s', (row) => {
		const at = row.indexOf(separator);
		if (at < 0) throw new Error(`no "${separator}" in the row: ${row}`);
		check(row.slice(0, at), row.slice(at + separator.length));
	});
}
