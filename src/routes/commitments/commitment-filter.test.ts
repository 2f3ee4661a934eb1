import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { filterClauses, isFiltered } from './commitment-filter';

const statement = loadDashboardData().clauses.filter((c) => c.docId === 'joint-statement-2026');

describe('commitment filters', () => {
	it('lists nothing until the reader picks something', () => {
		expect(isFiltered({})).toBe(false);
		expect(filterClauses(statement, {})).toEqual([]);
	});
	it('a bar (chapter × level) lists exactly the clauses it counts', () => {
		const chapters = loadDashboardData().chapters.filter((c) => c.docId === 'joint-statement-2026');
		for (const ch of chapters) {
			for (let level = 0; level <= 4; level++) {
				const listed = filterClauses(statement, {
					chapter: String(ch.chapterNo),
					level: String(level)
				});
				expect(listed.length).toBe(ch[`level${level}` as 'level0']);
			}
		}
	});
	it('combines chapter, level and actor', () => {
		const listed = filterClauses(statement, { level: '4', actor: 'joint' });
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((c) => c.level === 4 && c.actor === 'joint')).toBe(true);
	});
});
