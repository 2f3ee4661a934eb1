/**
 * When two records of the timeline are one event: a text event and a reference fact ("Viet
 * Nam–EU relations established" and "EC/EU–Viet Nam diplomatic relations established"), or
 * the same target named in two paragraphs ("net zero … by 2050"). Rules as data: a row per
 * kind of event, with the dates it allows and an example pair that is a test.
 *
 * Two records are one event when a rule covers their kind, their dates agree (equal at the
 * coarser precision: "2020" holds "2020-08-01") or the rule lets them disagree, and their
 * titles share a distinctive word of the rule's sort: a name (a capitalised word or an acronym:
 * "EU", "Munich", "EVFTA"), or a term (a lower-case word: "net", "zero", "official"). A
 * distinctive word is not a function word, not a word every event of the kind has
 * ("relations", "visit", "flights"), not a number and not a name of the home country (every
 * event of a bilateral timeline names it). The first word of a title counts as lower-case
 * unless it is an acronym ("Net zero …" → net; "EVFTA in force" → EVFTA).
 */
import type { EventKind } from './types';

export interface SameEventRule {
	kind: EventKind;
	/**
	 * 'agree': the dates must agree at the coarser precision (an agreement is signed, then in
	 * force: two events). 'may-disagree': the event happens once (a route opens once, relations
	 * begin once), so a different date is the sources disagreeing, and the text's date is kept.
	 */
	dates: 'agree' | 'may-disagree';
	/** What the titles must share: a name (parties, places, instruments) or a term (what a target is). */
	match: 'names' | 'terms';
	reason: string;
	/** Two records the rule makes one event: [date, title] each. */
	example: [[string, string], [string, string]];
}

export const SAME_EVENT_RULES: SameEventRule[] = [
	{
		kind: 'relations',
		match: 'names',
		dates: 'may-disagree',
		reason: 'Relations between two parties are established once.',
		example: [
			['1990', 'Viet Nam–EU relations established (35th anniversary in 2025)'],
			['1990', 'EC/EU–Viet Nam diplomatic relations established']
		]
	},
	{
		kind: 'route',
		match: 'names',
		dates: 'may-disagree',
		reason: 'A direct route to a city opens once; a source that dates it otherwise disagrees.',
		example: [
			['2025-10', 'Direct air route to Munich, Germany (October 2025)'],
			['2024-10', 'Vietnam Airlines direct flights to Munich begin']
		]
	},
	{
		kind: 'agreement',
		match: 'names',
		dates: 'agree',
		reason:
			'One instrument has several dated steps (signed, in force): only the same date is the same step.',
		example: [
			['2020', 'EVFTA in force (five years of implementation by 2025)'],
			['2020-08-01', 'EVFTA enters into force']
		]
	},
	{
		kind: 'visit',
		match: 'terms',
		dates: 'agree',
		reason:
			'A visit is the same visit only on the same day (or in the same month at month precision).',
		example: [
			['2026-01-28', 'Official visit to Viet Nam'],
			['2026-01-28', 'European Council President António Costa’s official visit to Viet Nam']
		]
	},
	{
		kind: 'target',
		match: 'terms',
		dates: 'agree',
		reason: 'A target named again in another paragraph or document, with the same deadline.',
		example: [
			['2050', 'Net zero greenhouse gas emissions in Viet Nam and in the EU by 2050'],
			['2050', 'Viet Nam’s net-zero commitment by 2050']
		]
	}
];

/** Words that do not tell one event from another: function words and words of every event of a kind. */
export const GENERIC_WORDS = new Set([
	...['a', 'an', 'the', 'of', 'to', 'in', 'on', 'by', 'for', 'and', 'with', 'at', 'from', 'into'],
	...['during', 's', 'its', 'their', 'first', 'new'],
	...['relations', 'established', 'anniversary', 'visit', 'visits', 'talks'],
	...['direct', 'air', 'route', 'routes', 'flight', 'flights', 'begin', 'begins', 'inaugural'],
	...['launch', 'launched', 'enters', 'entry', 'force', 'signed', 'ratified', 'agreement'],
	...['agreements', 'cooperation']
]);

/** A title without its parenthesis ("… (35th anniversary in 2025)"). */
const stem = (title: string) => title.replace(/\s*\(.*$/, '');

/** The distinctive names and terms of a title. `homeWords`: the home country's names, lower-case words. */
export function distinctiveWords(
	title: string,
	homeWords: ReadonlySet<string>
): { names: Set<string>; terms: Set<string> } {
	const names = new Set<string>();
	const terms = new Set<string>();
	stem(title)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== '' && !/\d/.test(w))
		.forEach((word, i) => {
			const lower = word.toLowerCase();
			if (GENERIC_WORDS.has(lower) || homeWords.has(lower)) return;
			const acronym = word.length > 1 && word === word.toUpperCase();
			const name = acronym || (i > 0 && /^\p{Lu}/u.test(word));
			(name ? names : terms).add(lower);
		});
	return { names, terms };
}

/** Whether two ISO dates agree at the coarser of their precisions. */
export function datesAgree(a: string, b: string): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) === b.slice(0, length);
}

export interface Dated {
	date: string;
	title: string;
	kind: EventKind;
}

/** The rule that makes `a` and `b` one event, or undefined. */
export function sameEventRule(
	a: Dated,
	b: Dated,
	homeWords: ReadonlySet<string>
): SameEventRule | undefined {
	if (a.kind !== b.kind) return undefined;
	const rule = SAME_EVENT_RULES.find((r) => r.kind === a.kind);
	if (!rule) return undefined;
	if (rule.dates === 'agree' && !datesAgree(a.date, b.date)) return undefined;
	const words = distinctiveWords(b.title, homeWords)[rule.match];
	for (const w of distinctiveWords(a.title, homeWords)[rule.match]) if (words.has(w)) return rule;
	return undefined;
}

/** The home country's names as lower-case words ("Viet Nam", "Vietnam" → viet, nam, vietnam). */
export function homeWordsOf(names: readonly string[]): Set<string> {
	return new Set(
		names.flatMap((n) =>
			n
				.toLowerCase()
				.split(/[^\p{L}]+/u)
				.filter(Boolean)
		)
	);
}
