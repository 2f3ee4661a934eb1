import { describe, expect, it } from 'vitest';
import { loadDashboardData } from '$lib/server/data';
import { buildKpis, summariseStatement } from './kpis';

const data = loadDashboardData();
const kpis = buildKpis(data);
const byId = Object.fromEntries(kpis.map((k) => [k.id, k]));

describe('overview tiles from the seeds', () => {
	it('keeps the text’s qualifiers and periods', () => {
		expect(byId['two-way-trade']?.qualifier).toBe('nearly');
		expect(byId['two-way-trade']?.value).toBe('US$61 bn');
		expect(byId['two-way-trade']?.label).toBe('Two-way trade, first ten months of 2025');
		expect(byId['two-way-trade']?.detail).toBe('+8.4% year on year');
		expect(byId['visitors']?.qualifier).toBe('over');
		expect(byId['visitors']?.value).toBe('20 million');
		expect(byId['trading-partner-rank']?.detail).toBe(
			'And Viet Nam is the EU’s largest goods trading partner in ASEAN'
		);
	});
	it('reads the counts the issue names', () => {
		expect(byId['trading-partner-rank']?.value).toBe('4th');
		expect(byId['delegations-hosted']?.value).toBe('12');
		expect(byId['visits-made']?.value).toBe('7');
		expect(byId['visits-made']?.detail).toBe(
			'6 named: Estonia, Russia, Belarus, Bulgaria, United Kingdom, Finland'
		);
		expect(byId['relations-upgraded']?.value).toBe('9');
		expect(byId['air-routes']?.value).toBe('3');
		expect(byId['air-routes']?.detail).toBe(
			'Milan (Jul 2025), Munich (Oct 2025*), Copenhagen (Dec 2025)'
		);
		expect(byId['air-routes']?.note).toBe(
			'* Munich: October 2025 in the text; reference data: October 2024.'
		);
	});
	it('every tile quotes words that are in its paragraph', () => {
		for (const k of kpis) {
			const p = data.paragraphs.find(
				(x) => x.docId === k.source.docId && x.paragraphNo === k.source.paragraphNo
			);
			expect(p?.text).toContain(k.source.quote);
		}
	});
	it('summarises the statement', () => {
		const s = summariseStatement(data, 'joint-statement-2026');
		expect(s?.paragraphs).toBe(60);
		expect(s?.chapters).toBe(12);
		// The reader's count, whatever it is today: clauses of level 3 or 4 in the statement.
		const strong = data.clauses.filter((c) => c.docId === 'joint-statement-2026' && c.level >= 3);
		expect(s?.commitments).toBe(strong.length);
		expect(s?.commitments).toBeGreaterThan(40);
	});
	it('a text without the figures gives no tiles, not zeros', () => {
		expect(buildKpis({ ...data, figures: [], routes: [] })).toEqual([]);
	});
});

describe('tiles by the reviewed list', () => {
	it('follows the list’s order and leaves out a tile no figure measures', () => {
		const tiles = [
			{ id: 'b', measure: 'visitors', title: 'Visitors', detail: { kind: 'period' as const } },
			{ id: 'none', measure: 'no-such-measure', title: 'X', detail: { kind: 'period' as const } },
			{
				id: 'a',
				measure: 'two-way-trade',
				title: 'Trade',
				period: 'in' as const,
				detail: { kind: 'change' as const }
			}
		];
		const built = buildKpis(data, tiles);
		expect(built.map((k) => k.id)).toEqual(['b', 'a']);
		// The value is the money figure, not its change; the change is the detail.
		expect(built[1]?.value).toBe('US$61 bn');
		expect(built[1]?.label).toBe('Trade in first ten months of 2025');
		expect(built[1]?.detail).toBe('+8.4% year on year');
	});
});
