import { describe, expect, it } from 'vitest';
import { SAME_EVENT_RULES, datesAgree, distinctiveWords, sameEventRule } from './same-event';

const HOME = new Set(['viet', 'nam', 'vietnam']);

describe('SAME_EVENT_RULES', () => {
	it.each(SAME_EVENT_RULES.map((r) => [r.kind, r] as const))(
		'%s: its example is one event',
		(kind, rule) => {
			const [[dateA, titleA], [dateB, titleB]] = rule.example;
			const a = { date: dateA, title: titleA, kind };
			const b = { date: dateB, title: titleB, kind };
			expect(sameEventRule(a, b, HOME)).toBe(rule);
			expect(sameEventRule(b, a, HOME)).toBe(rule);
		}
	);

	it('keeps apart what only shares the home country, a number or a word every such event has', () => {
		const russia = {
			date: '1950',
			kind: 'relations' as const,
			title: 'Viet Nam–Russian Federation relations established (75th anniversary in 2025)'
		};
		const cee = {
			...russia,
			title: 'Viet Nam–Central and Eastern European countries relations established'
		};
		expect(sameEventRule(russia, cee, HOME)).toBeUndefined();
		const signed = {
			date: '2019-06-30',
			kind: 'agreement' as const,
			title: 'EVFTA and EVIPA signed in Hanoi'
		};
		const inForce = { date: '2020', kind: 'agreement' as const, title: 'EVFTA in force' };
		expect(sameEventRule(signed, inForce, HOME)).toBeUndefined();
		const agenda = {
			date: '2030',
			kind: 'target' as const,
			title: '2030 Agenda for Sustainable Development'
		};
		const forests = { ...agenda, title: 'Stopping deforestation and restoring forests by 2030' };
		expect(sameEventRule(agenda, forests, HOME)).toBeUndefined();
	});

	it('never merges kinds without a rule (two 75th anniversaries of 2025 are two events)', () => {
		const a = {
			date: '2025',
			kind: 'anniversary' as const,
			title: '75th anniversary of Viet Nam–Russia relations'
		};
		const b = { ...a, title: '75th anniversary of Viet Nam–Poland relations' };
		expect(sameEventRule(a, b, HOME)).toBeUndefined();
	});
});

describe('distinctiveWords and datesAgree', () => {
	it('drops the parenthesis, numbers, generic words and the home country', () => {
		const words = (title: string) => {
			const { names, terms } = distinctiveWords(title, HOME);
			return { names: [...names], terms: [...terms] };
		};
		expect(words('Viet Nam–EU relations established (35th anniversary in 2025)')).toEqual({
			names: ['eu'],
			terms: []
		});
		expect(words('Vietnam Airlines direct flights to Munich begin')).toEqual({
			names: ['airlines', 'munich'],
			terms: []
		});
		expect(words('Net-zero emissions by 2050')).toEqual({
			names: [],
			terms: ['net', 'zero', 'emissions']
		});
		expect(words('EVFTA in force')).toEqual({ names: ['evfta'], terms: [] });
	});
	it('compares dates at the coarser precision', () => {
		expect(datesAgree('2020', '2020-08-01')).toBe(true);
		expect(datesAgree('2025-07', '2025-07-01')).toBe(true);
		expect(datesAgree('2025-10', '2024-10')).toBe(false);
	});
});
