import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseClauses } from '$lib/analysis/clauses';
import { parseDashboard } from '$lib/data-package/dashboard-json';
import {
	carrierVerbs,
	commonActions,
	conditionsFound,
	cuesByLevel,
	displayCue,
	type CueUse
} from './method-lexicon';

/** A sentence that uses `cue` the way its group says (see `CueUse`). */
function sentenceFor(use: CueUse, cue: string): string {
	switch (use) {
		case 'modal':
			return `Both sides ${cue} strengthen cooperation.`;
		case 'verb-to':
			return `Both sides ${cue} to strengthen cooperation.`;
		case 'will-verb':
			return `Both sides will ${cue} cooperation.`;
		case 'adjective':
			return `Both sides are ${cue} to strengthen cooperation.`;
		case 'noun':
			return `Both sides reaffirm their ${cue} to strengthen cooperation.`;
		case 'phrase':
			return `Both sides ${cue} strengthening cooperation.`;
		case 'verb':
			return `Both sides ${cue} cooperation.`;
	}
}

function levelOf(text: string): number | undefined {
	const before = 'Heading.\n';
	const docText = `${before}${text}\n`;
	const [clause] = analyseClauses({
		docText,
		start: before.length,
		end: before.length + text.length
	});
	return clause?.level;
}

describe('cues on the method page', () => {
	const levels = cuesByLevel();

	it('lists the METHOD table’s cues at their levels', () => {
		const at = (level: number) => levels[level]?.groups.flatMap((g) => g.cues) ?? [];
		expect(at(4)).toEqual(expect.arrayContaining(['shall', 'commit', 'pledge', 'ensure']));
		expect(at(3)).toEqual(['will']);
		expect(at(2)).toEqual(expect.arrayContaining(['intend', 'endeavour', 'look forward to']));
		expect(at(1)).toEqual(expect.arrayContaining(['explore', 'consider', 'may', 'willing']));
		expect(at(0)).toEqual(expect.arrayContaining(['welcome', 'note', 'urge', 'call on']));
		// One entry per lemma: "commitments" folds into "commitment", "recognize" into "recognise".
		expect(at(4).filter((c) => c === 'commitment')).toHaveLength(1);
		expect(at(4)).not.toContain('commitments');
		expect(at(0)).not.toContain('recognize');
		expect(at(0)).toContain('take note of');
		expect(at(0)).not.toContain('take note');
	});

	it('every listed cue gives the level it is listed under when the pipeline reads it', () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const { level, groups } of levels) {
			for (const { use, cues } of groups) {
				for (const cue of cues) {
					const sentence = sentenceFor(use, cue);
					const got = levelOf(sentence);
					checked++;
					if (got !== level) wrong.push(`${sentence} → ${got}, listed at ${level}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(60);
	});

	it('lists the carrier verbs, which take the level of what they carry', () => {
		expect(carrierVerbs()).toEqual(
			expect.arrayContaining(['reaffirm', 'reiterate', 'renew', 'continue'])
		);
		expect(levelOf('Both sides reaffirm their commitment to strengthen cooperation.')).toBe(4);
		expect(levelOf('Both sides reaffirm the importance of cooperation.')).toBe(0);
	});
});

describe('displayCue', () => {
	it('writes each cue as it reads in a sentence', () => {
		expect(displayCue('verb-to', 'commit')).toBe('commit to');
		expect(displayCue('will-verb', 'ensure')).toBe('will ensure');
		expect(displayCue('adjective', 'determined')).toBe('determined to');
		expect(displayCue('verb', 'welcome')).toBe('welcome');
	});
});

describe('examples read from the texts', () => {
	const data = parseDashboard(
		readFileSync(new URL('../../../data/dashboard.json', import.meta.url), 'utf8')
	);

	it('takes the most frequent action verbs of level-3 clauses', () => {
		const actions = commonActions(data.clauses, data.cues, 5);
		expect(actions).toHaveLength(5);
		// Counted independently: lemma of each verb cue in a level-3 clause.
		const strong = new Set(data.clauses.filter((c) => c.level === 3).map((c) => c.clauseId));
		const strengthen = data.cues.filter(
			(c) => strong.has(c.clauseId) && c.role === 'verb' && /^strengthen/i.test(c.text)
		).length;
		const top = actions[0] ?? '';
		const topCount = data.cues.filter(
			(c) => strong.has(c.clauseId) && c.role === 'verb' && c.text.toLowerCase().startsWith(top)
		).length;
		expect(topCount).toBeGreaterThanOrEqual(strengthen);
		expect(actions).not.toContain('explore');
	});

	it('lists the conditions found, as written', () => {
		const found = conditionsFound(data.cues);
		expect(found.length).toBe(
			new Set(data.cues.filter((c) => c.role === 'condition').map((c) => c.text)).size
		);
		expect(found.length).toBeGreaterThan(0);
	});
});
