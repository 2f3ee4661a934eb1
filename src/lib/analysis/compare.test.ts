import { describe, expect, it } from 'vitest';
import type {
	ClauseRow,
	CueRow,
	DocumentRow,
	SectorMentionRow,
	SentenceRow
} from '../contract/tables';
import { compareTables, per1000Words, statementLabel, type ComparedStatement } from './compare';
import type { PartyDefinition } from './parties';

const party = (id: string, shortName: string): PartyDefinition =>
	({
		id,
		name: shortName,
		shortName,
		kind: 'state',
		names: [],
		demonyms: [],
		leaders: []
	}) as never;
const PARTIES = [party('vn', 'Viet Nam'), party('eu', 'EU'), party('us', 'US')];
const SECTORS = [
	{ id: 'trade', label: 'Trade', terms: ['trade'] },
	{ id: 'health', label: 'Health', terms: ['health'] }
];

const TEXT =
	'Both sides will trade under the EVFTA. They may explore trade by 2030 subject to law.';

function doc(docId: string, words: number): DocumentRow {
	return {
		docId,
		title: `Statement ${docId}`,
		date: '2023-09-11',
		kind: 'joint-statement',
		publisher: '',
		author: '',
		language: 'en',
		file: `${docId}.txt`,
		url: '',
		chapters: 0,
		paragraphs: 2,
		sentences: 2,
		words,
		parties: 'us; vn',
		commitmentsRg: 1
	};
}

function clause(docId: string, n: number, level: number, extra: Partial<ClauseRow>): ClauseRow {
	return {
		clauseId: `${docId}:p${n}:s1:c1`,
		docId,
		chapterNo: 0,
		paragraphNo: n,
		sentenceNo: 1,
		clauseNo: 1,
		actor: 'joint',
		level,
		levelName: 'strong',
		cues: '',
		novelty: 'new',
		polarity: 'positive',
		conditional: false,
		precision: 0,
		target: false,
		text: '',
		start: 0,
		end: 0,
		researchGroupCommitment: level >= 2,
		...extra
	};
}

function statement(docId: string, focus: boolean): ComparedStatement {
	const sentences: SentenceRow[] = [
		{
			docId,
			chapterNo: 0,
			paragraphNo: 1,
			sentenceNo: 1,
			text: TEXT.slice(0, 38),
			start: 0,
			end: 38
		},
		{
			docId,
			chapterNo: 0,
			paragraphNo: 2,
			sentenceNo: 1,
			text: TEXT.slice(39),
			start: 39,
			end: TEXT.length
		}
	];
	const cues: CueRow[] = [
		{ clauseId: `${docId}:p1:s1:c1`, docId, role: 'instrument', text: 'EVFTA', start: 32, end: 37 },
		{ clauseId: `${docId}:p1:s1:c1`, docId, role: 'instrument', text: 'EVFTA', start: 32, end: 37 },
		{ clauseId: `${docId}:p2:s1:c1`, docId, role: 'modal', text: 'may', start: 44, end: 47 }
	];
	const mention = (start: number, paragraphNo: number): SectorMentionRow => ({
		docId,
		chapterNo: 0,
		paragraphNo,
		sentenceNo: 1,
		sector: 'trade',
		sectorLabel: 'Trade',
		term: 'trade',
		quote: 'trade',
		start,
		end: start + 5
	});
	return {
		focus,
		analysis: {
			documents: [doc(docId, 2000)],
			clauses: [
				clause(docId, 1, 3, { start: 0, end: 37, text: TEXT.slice(0, 37) }),
				clause(docId, 2, 1, { conditional: true, target: true, start: 39, end: 84 })
			],
			cues,
			sentences,
			sectors: [mention(16, 1), mention(56, 2)]
		}
	};
}

describe('per1000Words', () => {
	it('rates a count per 1,000 words to 2 decimals, 0 without words', () => {
		expect(per1000Words(60, 3814)).toBe(15.73);
		expect(per1000Words(5, 0)).toBe(0);
	});
});

describe('statementLabel', () => {
	it('names the parties by short name in order, then the year', () => {
		expect(statementLabel(['vn', 'eu'], '2026-01-29', PARTIES, 'x')).toBe('Viet Nam–EU 2026');
		expect(statementLabel(['xx'], '', PARTIES, 'x')).toBe('xx');
		expect(statementLabel([], '2021', PARTIES, 'Summit')).toBe('Summit 2021');
	});
});

describe('compareTables', () => {
	const tables = compareTables([statement('a', true), statement('b', false)], {
		sectors: SECTORS,
		parties: PARTIES
	});

	it('gives one row per statement with counts, rates and the focus', () => {
		expect(tables.compare.map((r) => [r.docId, r.focus, r.label])).toEqual([
			['a', true, 'US–Viet Nam 2023'],
			['b', false, 'US–Viet Nam 2023']
		]);
		const [a] = tables.compare;
		expect(a).toMatchObject({
			words: 2000,
			clauses: 2,
			commitments: 1,
			commitmentsRg: 1,
			clausesPer1000Words: 1,
			commitmentsPer1000Words: 0.5,
			level1: 1,
			level3: 1,
			conditional: 1,
			shareConditional: 0.5,
			targets: 1,
			targetsPer1000Words: 0.5,
			instrumentClauses: 1,
			instruments: 'EVFTA'
		});
	});

	it('keeps each clause with its document id and the instruments it names, once', () => {
		expect(tables.compareClauses.map((c) => [c.clauseId, c.instruments])).toEqual([
			['a:p1:s1:c1', 'EVFTA'],
			['a:p2:s1:c1', ''],
			['b:p1:s1:c1', 'EVFTA'],
			['b:p2:s1:c1', '']
		]);
	});

	it('counts every sector of the taxonomy per statement, zeros included', () => {
		expect(tables.compareSectors.filter((r) => r.docId === 'a')).toEqual([
			{ docId: 'a', sector: 'trade', sectorLabel: 'Trade', mentions: 2, mentionsPer1000Words: 1 },
			{ docId: 'a', sector: 'health', sectorLabel: 'Health', mentions: 0, mentionsPer1000Words: 0 }
		]);
	});

	it('finds the sentence each mention is in by its offsets', () => {
		const mentions = tables.compareMentions.filter((m) => m.docId === 'a');
		expect(mentions.map((m) => [m.sentenceStart, m.sentenceEnd])).toEqual([
			[0, 38],
			[39, TEXT.length]
		]);
	});
});
