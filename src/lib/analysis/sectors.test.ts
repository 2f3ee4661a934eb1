import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSectorMatcher } from './sectors';
import type { SectorDefinition, SectorMention } from './types';

const STATEMENT = readFileSync('seeds/000_094e36a2e337436e.txt', 'utf8');
const TAXONOMY = JSON.parse(
	readFileSync('seeds/reference/sectors.json', 'utf8')
) as SectorDefinition[];
const match = createSectorMatcher(TAXONOMY);

const inText = (text: string) => match({ docText: text, start: 0, end: text.length });
const brief = (text: string, mentions: SectorMention[]) =>
	mentions.map((m) => [m.sector, m.term, text.slice(m.start, m.end)]);

describe('sectors.json', () => {
	it('has the fifteen sectors of METHOD.md with kebab-case ids', () => {
		expect(TAXONOMY.map((s) => s.id)).toEqual([
			'trade-investment',
			'energy-climate',
			'digital-ai',
			'semiconductors-critical-raw-materials',
			'defence-security',
			'maritime',
			'agriculture-fisheries',
			'environment-biodiversity',
			'science-education-people',
			'health',
			'finance-aml',
			'labour-human-rights',
			'transport-connectivity',
			'governance-law',
			'multilateral-regional'
		]);
	});

	it('every sector is mentioned in the Joint Statement', () => {
		const counts = new Map(TAXONOMY.map((s) => [s.id, 0]));
		for (const m of inText(STATEMENT)) counts.set(m.sector, (counts.get(m.sector) ?? 0) + 1);
		const missing = [...counts].filter(([, n]) => n === 0).map(([id]) => id);
		expect(missing).toEqual([]);
	});
});

describe('createSectorMatcher', () => {
	it.each([
		[
			'cooperation on critical raw materials and raw materials',
			[
				[
					'semiconductors-critical-raw-materials',
					'critical raw materials',
					'critical raw materials'
				],
				['semiconductors-critical-raw-materials', 'raw materials', 'raw materials']
			]
		],
		[
			'exchanges on 5G, AI, Data and cybersecurity',
			[
				['digital-ai', '5G', '5G'],
				['digital-ai', 'AI', 'AI'],
				['digital-ai', 'data', 'Data'],
				['digital-ai', 'cybersecurity', 'cybersecurity']
			]
		],
		[
			'combating IUU fishing; sustainable aquaculture and Fisheries',
			[
				['agriculture-fisheries', 'IUU', 'IUU'],
				['agriculture-fisheries', 'fishing', 'fishing'],
				['agriculture-fisheries', 'aquaculture', 'aquaculture'],
				['agriculture-fisheries', 'fisheries', 'Fisheries']
			]
		],
		[
			'new investments in semiconductors and a fishery',
			[
				['trade-investment', 'investment', 'investments'],
				['semiconductors-critical-raw-materials', 'semiconductor', 'semiconductors'],
				['agriculture-fisheries', 'fishery', 'fishery']
			]
		],
		[
			'net-zero and net zero; anti money laundering; workers’ rights',
			[
				['energy-climate', 'net zero', 'net-zero'],
				['energy-climate', 'net zero', 'net zero'],
				['finance-aml', 'anti-money laundering', 'anti money laundering'],
				['labour-human-rights', "workers' rights", 'workers’ rights']
			]
		],
		[
			'maritime security, energy security and security',
			[
				['maritime', 'maritime security', 'maritime security'],
				['energy-climate', 'energy security', 'energy security'],
				['defence-security', 'security', 'security']
			]
		],
		['the said ai and the Un-named; again, trained', []],
		[
			'Erasmus+ and the UN Charter',
			[
				['science-education-people', 'Erasmus+', 'Erasmus+'],
				['multilateral-regional', 'UN Charter', 'UN Charter']
			]
		]
	])('%j', (text, expected) => {
		expect(brief(text, inText(text))).toEqual(expected);
	});

	it('gives offsets into the whole document', () => {
		const docText = 'Heading\r\nBoth sides will deploy 5G.\r\n';
		const start = docText.indexOf('Both');
		const [m] = createSectorMatcher(TAXONOMY)({
			docText,
			start,
			end: docText.indexOf('\r', start)
		});
		expect(m && docText.slice(m.start, m.end)).toBe('5G');
	});

	it('rejects a term listed twice, even in another spelling', () => {
		const twice: SectorDefinition[] = [
			{ id: 'a', label: 'A', terms: ['net zero'] },
			{ id: 'b', label: 'B', terms: ['Net-Zero'] }
		];
		expect(() => createSectorMatcher(twice)).toThrow(/listed in "a" and "b"/);
		expect(() => createSectorMatcher([{ id: 'c', label: 'C', terms: [' '] }])).toThrow(/empty/);
	});

	it('matches nothing with an empty taxonomy', () => {
		expect(createSectorMatcher([])({ docText: 'trade', start: 0, end: 5 })).toEqual([]);
	});
});

describe('sector mentions (properties)', () => {
	const terms = TAXONOMY.flatMap((s) => s.terms);
	const piece = fc.oneof(
		fc.constantFrom(...terms),
		fc.constantFrom(' ', ', ', '-', 's ', 'es ', '\r\n', 'the '),
		fc.string({ maxLength: 6 })
	);

	it('never overlap, come in order, and slice the words they name', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 20 }), fc.string({ maxLength: 4 }), (parts, pad) => {
				const body = parts.join('');
				const docText = pad + body;
				const mentions = match({ docText, start: pad.length, end: docText.length });
				let last = pad.length;
				for (const m of mentions) {
					expect(m.start).toBeGreaterThanOrEqual(last);
					expect(m.end).toBeGreaterThan(m.start);
					const words = docText.slice(m.start, m.end).toLowerCase();
					const first = m.term.toLowerCase().split(/[\s-]+/)[0]!;
					expect(words.startsWith(first.replace(/’/g, "'")) || words.startsWith(first)).toBe(true);
					last = m.end;
				}
				expect(last).toBeLessThanOrEqual(docText.length);
			})
		);
	});
});

describe('the word-hash prefilter', () => {
	const walkEverywhere = createSectorMatcher(TAXONOMY, { prefilter: false });
	const terms = TAXONOMY.flatMap((s) => s.terms);

	it('finds exactly what a trie walk at every word start finds', () => {
		const piece = fc.oneof(
			fc.constantFrom(...terms),
			fc.constantFrom(...terms).map((t) => t.toUpperCase()),
			fc.constantFrom(...terms).map((t) => `${t}s`),
			fc.constantFrom(' ', '-', '\r\n', ', ', '’', "'", '+', 'the ', 'Việt ', 'an', 'in'),
			fc.string({ maxLength: 5 })
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(3), (parts, cut) => {
				const docText = parts.join('');
				const sentence = { docText, start: Math.min(cut, docText.length), end: docText.length };
				expect(match(sentence)).toEqual(walkEverywhere(sentence));
			}),
			{ numRuns: 1000 }
		);
		const whole = { docText: STATEMENT, start: 0, end: STATEMENT.length };
		expect(match(whole)).toEqual(walkEverywhere(whole));
		expect(match(whole).length).toBeGreaterThan(300);
	});
});
