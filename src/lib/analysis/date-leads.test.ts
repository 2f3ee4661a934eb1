import { describe, expect, it } from 'vitest';
import { DATE_LEAD_RULES, leadYielding } from './date-leads';
import { extractDates, writtenDates } from './dates';

/** The dates of `text` and their leads, as the readers of dates see them. */
const datesOf = (text: string) => writtenDates(text, { start: 0, end: text.length });

describe('DATE_LEAD_RULES', () => {
	it.each(DATE_LEAD_RULES.map((rule) => ({ rule, example: rule.example })))(
		'reads its example: $example',
		({ rule, example }) => {
			const [sentence = '', quoted] = example.split(' → ');
			const role = rule.yields[0] ?? 'time';
			const quotes = datesOf(sentence).flatMap((date) => {
				const lead = leadYielding(date.leads, role);
				if (lead?.rule !== rule) return [];
				const from = role === 'deadline' || role === 'time' ? lead.start : lead.quoteStart;
				return [sentence.slice(from, date.end)];
			});
			expect(quotes).toEqual([quoted]);
		}
	);

	it('gives the same words each role they play: "than in 2024" is a base and a time', () => {
		const [date] = datesOf('conditions were brighter than in 2024');
		expect(leadYielding(date?.leads ?? [], 'comparison')?.rule.match).toMatch(/^than/);
		expect(leadYielding(date?.leads ?? [], 'time')?.rule.match).toMatch(/^in\|/);
	});

	it('makes a date after any lead of deadline a deadline of the date reader', () => {
		const text = 'The programme will run until the end of 2028.';
		const [date] = extractDates({ docText: text, start: 0, end: text.length }, { docYear: 2026 });
		expect(date).toMatchObject({ relation: 'deadline', quote: 'until the end of 2028' });
	});

	it('leaves a bare year that names something without a lead', () => {
		expect(datesOf('the 2030 Agenda for Sustainable Development')[0]?.leads).toEqual([]);
	});
});
