import { describe, expect, it } from 'vitest';
import {
	SAME_EVENT_RULES,
	datesAgree,
	distinctiveWords,
	sameEventRule,
	type Dated
} from './same-event';
import type { EventKind } from './types';

const HOME = new Set(['viet', 'nam', 'vietnam']);

/** An event written '<date> <kind> <title>'. */
function dated(line: string): Dated {
	const [date = '', kind = '', ...title] = line.split(' ');
	return { date, kind: kind as EventKind, title: title.join(' ') };
}

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

	// What only shares the home country, a number or a word every such event has, and kinds without
	// a rule. Each event in events.test's format: '<date> <kind> <title>'.
	it.each([
		// Only the home country is shared.
		[
			'1950 relations Viet Nam–Russian Federation relations established (75th anniversary in 2025)',
			'1950 relations Viet Nam–Central and Eastern European countries relations established'
		],
		// One agreement, two dated steps (signed, in force): the dates do not agree.
		['2019-06-30 agreement EVFTA and EVIPA signed in Hanoi', '2020 agreement EVFTA in force'],
		// Only a number, the year, is shared.
		[
			'2030 target 2030 Agenda for Sustainable Development',
			'2030 target Stopping deforestation and restoring forests by 2030'
		],
		// No rule merges anniversaries: two 75th anniversaries of 2025 are two events.
		[
			'2025 anniversary 75th anniversary of Viet Nam–Russia relations',
			'2025 anniversary 75th anniversary of Viet Nam–Poland relations'
		]
	])('keeps apart "%s" and "%s"', (a, b) => {
		expect(sameEventRule(dated(a), dated(b), HOME)).toBeUndefined();
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
