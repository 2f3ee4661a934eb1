import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordCode } from './lines';
import { createSectorMatcher, fold, foldedWordCode } from './sectors';
import type { SectorDefinition, SectorMention } from './types';

const STATEMENT = readFileSync('seeds/000_094e36a2e337436e.txt', 'utf8');
const TAXONOMY = JSON.parse(
	readFileSync('seeds/reference/sectors.json', 'utf8')
) as SectorDefinition[];
const match = createSectorMatcher(TAXONOMY);

const inText = (text: string) => match({ docText: text, start: 0, end: text.length });
/** Each mention as one line: '<the words of the text> = <sector>: <its term>'. */
const brief = (text: string, mentions: SectorMention[]) =>
	mentions.map((m) => `${text.slice(m.start, m.end)} = ${m.sector}: ${m.term}`);

describe('sectors.json', () => {
	it('has the sixteen sectors of METHOD.md with kebab-case ids', () => {
		const ids = TAXONOMY.map((s) => s.id);
		expect(ids).toEqual([
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
			'multilateral-regional',
			'politics-diplomacy'
		]);
	});

	it('every sector is mentioned in the Joint Statement', () => {
		const counts = new Map(TAXONOMY.map((s) => [s.id, 0]));
		for (const m of inText(STATEMENT)) counts.set(m.sector, (counts.get(m.sector) ?? 0) + 1);
		const missing = [...counts].filter(([, n]) => n === 0).map(([id]) => id);
		expect(missing).toEqual([]);
	});
});

describe('sense rules (sectors.json): each example is a test', () => {
	const senses = TAXONOMY.flatMap((sector) =>
		(sector.senses ?? []).map((sense) => [sector.id, sense.match, sense] as const)
	);

	it('there are rules, each with a reason', () => {
		expect(senses.length).toBeGreaterThanOrEqual(8);
		for (const [, , sense] of senses) expect(sense.reason.length).toBeGreaterThan(20);
	});

	it.each(senses)('%s: “%s” in its example', (sector, term, sense) => {
		const found = inText(sense.example).filter((m) => m.term === term);
		const plain = createSectorMatcher(
			TAXONOMY.map((s) => ({ id: s.id, label: s.label, terms: s.terms }))
		);
		const before = plain({ docText: sense.example, start: 0, end: sense.example.length }).filter(
			(m) => m.term === term
		);
		// Without the rule the term counts for its own sector …
		expect(before.map((m) => m.sector)).toContain(sector);
		// … with it, not there: gone, or counted for the sector the rule names.
		const at = before.find((m) => m.sector === sector)!;
		const after = found.find((m) => m.start === at.start);
		if (sense.rejects) expect(after).toBeUndefined();
		else expect(after?.sector).toBe(sense.yields);
	});

	it('leaves the term in its own sense alone', () => {
		const kept = [
			['trade-investment', 'trade', 'Both sides will deepen trade and investment.'],
			[
				'science-education-people',
				'science',
				'Both sides will step up research, science and innovation.'
			],
			[
				'science-education-people',
				'research',
				'Cooperation in research, development and innovation.'
			],
			[
				'transport-connectivity',
				'critical infrastructure',
				'They will protect critical infrastructure such as ports and railways.'
			],
			[
				'transport-connectivity',
				'connectivity',
				'Transport contributes to connectivity and emissions reduction.'
			],
			[
				'multilateral-regional',
				'ASEAN',
				'Both sides support ASEAN centrality and ASEAN - EU cooperation.'
			],
			[
				'politics-diplomacy',
				'consultation',
				'Both sides will increase exchanges, consultations and coordination.'
			],
			[
				'transport-connectivity',
				'infrastructure',
				'Investments in infrastructure to connect Viet Nam to global markets.'
			]
		] as const;
		for (const [sector, term, text] of kept) {
			expect(
				inText(text)
					.filter((m) => m.term === term)
					.map((m) => m.sector),
				text
			).toContain(sector);
		}
	});

	it('refuses a rule for a term its sector does not list, or for an unknown sector', () => {
		const base = { id: 'a', label: 'A', terms: ['trade'] };
		const rule = { match: 'trade', in: 'trade fraud', reason: 'r', example: 'trade fraud' };
		expect(() =>
			createSectorMatcher([{ ...base, senses: [{ ...rule, match: 'fraud', rejects: true }] }])
		).toThrow(/not a term of "a"/);
		expect(() => createSectorMatcher([{ ...base, senses: [{ ...rule, yields: 'b' }] }])).toThrow(
			/unknown sector "b"/
		);
		expect(() => createSectorMatcher([{ ...base, senses: [rule] }])).toThrow(
			/either reject or yield/
		);
	});
});

describe('politics & diplomacy, and cultural events', () => {
	it('reads visits, dialogues and high-level exchanges as politics & diplomacy', () => {
		const text =
			'The two leaders held talks during the official visit, with delegation exchanges and inter-parliamentary cooperation.';
		expect(inText(text).map((m) => [m.sector, m.term])).toEqual([
			['politics-diplomacy', 'talks'],
			['politics-diplomacy', 'official visit'],
			['politics-diplomacy', 'delegation exchanges'],
			['politics-diplomacy', 'inter-parliamentary cooperation']
		]);
	});
	it('keeps the longer term of another sector: a human rights dialogue, people-to-people diplomacy', () => {
		const text = 'The Human Rights Dialogue and people-to-people diplomacy continued.';
		expect(inText(text).map((m) => m.sector)).toEqual([
			'labour-human-rights',
			'science-education-people'
		]);
	});
	it('puts concerts, exhibitions and cultural events under science, education & people', () => {
		const text =
			'Audiences saw cultural and artistic events, a concert, an art exhibition and a music night.';
		expect(new Set(inText(text).map((m) => m.sector))).toEqual(
			new Set(['science-education-people'])
		);
		expect(inText(text)).toHaveLength(4);
	});
});

describe('createSectorMatcher', () => {
	it.each([
		[
			'cooperation on critical raw materials and raw materials',
			[
				'critical raw materials = semiconductors-critical-raw-materials: critical raw materials',
				'raw materials = semiconductors-critical-raw-materials: raw materials'
			]
		],
		[
			'exchanges on 5G, AI, Data and cybersecurity',
			[
				'5G = digital-ai: 5G',
				'AI = digital-ai: AI',
				'Data = digital-ai: data',
				'cybersecurity = digital-ai: cybersecurity'
			]
		],
		[
			'combating IUU fishing; sustainable aquaculture and Fisheries',
			[
				'IUU = agriculture-fisheries: IUU',
				'fishing = agriculture-fisheries: fishing',
				'aquaculture = agriculture-fisheries: aquaculture',
				'Fisheries = agriculture-fisheries: fisheries'
			]
		],
		[
			'new investments in semiconductors and a fishery',
			[
				'investments = trade-investment: investment',
				'semiconductors = semiconductors-critical-raw-materials: semiconductor',
				'fishery = agriculture-fisheries: fishery'
			]
		],
		[
			'net-zero and net zero; anti money laundering; workers’ rights',
			[
				'net-zero = energy-climate: net zero',
				'net zero = energy-climate: net zero',
				'anti money laundering = finance-aml: anti-money laundering',
				"workers’ rights = labour-human-rights: workers' rights"
			]
		],
		[
			'maritime security, energy security and security',
			[
				'maritime security = maritime: maritime security',
				'energy security = energy-climate: energy security',
				'security = defence-security: security'
			]
		],
		['the said ai and the Un-named; again, trained', []],
		[
			'Erasmus+ and the UN Charter',
			[
				'Erasmus+ = science-education-people: Erasmus+',
				'UN Charter = multilateral-regional: UN Charter'
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
			// Letters whose lower case is an ASCII letter or longer than one char.
			fc.constantFrom('İ', '\u212a', 'ſ', 'ẞ', 'ǅ'),
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

	// The index compares a text's word with a key's first word once, not key by key from its
	// first letter: the same only if letters and digits fold to letters and digits, and signs to
	// signs. It then compares only the keys that go on as the text does, which needs that no char
	// but the space folds to a space. Checked here for every char code.
	it('folds letters and digits to letters and digits, nothing else to one, and one char to a space', () => {
		const wrong: number[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			if (isWordCode(c) !== isWordCode(fold(c))) wrong.push(c);
			if (fold(c) === 32 && c !== 32) wrong.push(c);
			if (foldedWordCode(c) !== (isWordCode(c) ? fold(c) : 0) || fold(c) === 0) {
				if (c !== 0) wrong.push(c);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('finds a term next to any char code, as the trie walk does', () => {
		const differ: number[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			const x = String.fromCharCode(c);
			for (const docText of [
				`${x}digital trade`,
				`digital${x} trade`,
				`digital ${x}trade`,
				`digital${x}${x}trade ${x}`,
				`Erasmus${x}+ ESIWA+${x} workers'${x}rights AI${x}`
			]) {
				const sentence = { docText, start: 0, end: docText.length };
				const [fast, walk] = [match(sentence), walkEverywhere(sentence)];
				if (JSON.stringify(fast) !== JSON.stringify(walk)) differ.push(c);
			}
		}
		expect(differ).toEqual([]);
	});
});
