/**
 * The words before a date that say what it is to the sentence: a time limit ("by 2030"), the
 * time of an action ("in 2025"), the period a figure measures ("first ten months of 2025") or
 * the base of a comparison ("compared with 2024"). One table of rows read by the one date
 * reader (dates.ts); each row's example is a test. A linguist adds a lead by adding a row.
 */

/**
 * What a lead makes of the date after it. `deadline`: a time limit (the date reader's
 * relation). `time`: a preposition of time that makes a bare year a date of an action (the
 * precision markers). `period`: what a figure's period names. `comparison`: a figure's base.
 */
export type DateLeadRole = 'deadline' | 'time' | 'period' | 'comparison';

export interface DateLeadRule {
	/** Words right before the date (a regular expression source, any case, spaces as `\s+`). */
	match: string;
	yields: readonly DateLeadRole[];
	/**
	 * How much of the lead a figure's period quotes: from this word on ("early 2025", "first ten
	 * months of 2025"); without it, the date alone ("in 2025" → "2025").
	 */
	quotedFrom?: string;
	reason: string;
	/**
	 * A sentence holding the lead and, after " → ", the date as the rule's first role quotes it:
	 * a deadline or a time with the whole lead, a period or a comparison from `quotedFrom`.
	 */
	example: string;
}

const END_OF = String.raw`(?:\s+the\s+end\s+of)?`;
const SPAN = String.raw`(?:months?|quarters?|half|weeks?|years?|days?)`;

export const DATE_LEAD_RULES: readonly DateLeadRule[] = [
	{
		match: String.raw`by${END_OF}`,
		yields: ['deadline'],
		reason: 'a time limit set on the action',
		example: 'to halt deforestation by the end of 2030 → by the end of 2030'
	},
	{
		match: String.raw`(?:no|not)\s+later\s+than${END_OF}`,
		yields: ['deadline'],
		reason: 'a time limit, said as the latest date',
		example: 'to ratify it no later than June 2027 → no later than June 2027'
	},
	{
		match: String.raw`(?:before|until|till)${END_OF}`,
		yields: ['deadline'],
		reason: 'an action to be done or to last up to the date',
		example: 'The programme will run until 2028. → until 2028'
	},
	{
		match: String.raw`compared\s+(?:with|to)(?:\s+the\s+same\s+period\s+(?:of|in|last))?`,
		quotedFrom: 'compared',
		yields: ['comparison'],
		reason: 'the base a change is measured against, not the period it measures',
		example:
			'trade rose 8% compared with the same period of 2024 → compared with the same period of 2024'
	},
	{
		match: String.raw`than(?:\s+in)?`,
		quotedFrom: 'than',
		yields: ['comparison'],
		reason: 'the base of a comparison',
		example: 'exports were higher than in 2024 → than in 2024'
	},
	{
		match: String.raw`(?:first|last|past|next|final|second|third|fourth)\s+(?:(?:\d{1,2}|[a-z]+)\s+)?${SPAN}\s+of(?:\s+the\s+year)?`,
		quotedFrom: String.raw`(?:first|last|past|next|final|second|third|fourth)`,
		yields: ['period'],
		reason: 'a part of a year, the period a figure measures',
		example: 'In the first ten months of 2025, trade reached … → first ten months of 2025'
	},
	{
		match: String.raw`[QH][1-4]`,
		quotedFrom: String.raw`[QH][1-4]`,
		yields: ['period'],
		reason: 'a quarter or half of a year',
		example: 'exports in Q1 2025 grew → Q1 2025'
	},
	{
		match: String.raw`(?:in|during|for|throughout|of|year)\s+(?:early|mid|late)-?`,
		quotedFrom: '(?:early|mid|late)',
		yields: ['period'],
		reason: 'a part of a year, named loosely',
		example: 'growth slowed in mid-2024 → mid-2024'
	},
	{
		match: String.raw`in|during`,
		yields: ['time', 'period'],
		reason: 'a preposition of time: the year the action or the figure belongs to',
		example: 'In 2025, trade reached … → In 2025'
	},
	{
		match: String.raw`on|from|since|as\s+of`,
		yields: ['time'],
		reason:
			'the time of an action; never a figure’s period, since "from" and "since" name the base it grew from',
		example: 'since 2020 the two sides have met yearly → since 2020'
	},
	{
		match: String.raw`for|throughout|of|year`,
		yields: ['period'],
		reason:
			'the year a figure covers ("the year 2025", "a record of 2025"); too loose to date an action',
		example: 'the trade figures for 2025 → 2025'
	}
];

/** A lead found before a date: its rule, where it starts, and where a figure's quote starts. */
export interface DateLead {
	rule: DateLeadRule;
	start: number;
	quoteStart: number;
}

/** Each rule as a pattern that must end right where the date starts, longest rules first. */
const LEAD_PATTERNS = DATE_LEAD_RULES.map((rule) => ({
	rule,
	// A lead ends in a space, or in the hyphen of "mid-2024".
	lead: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${rule.match})(?:\s+|(?<=-))$`, 'iu'),
	quoted: rule.quotedFrom ? new RegExp(String.raw`(?<![\p{L}\p{N}])${rule.quotedFrom}`, 'iu') : null
}));

/** How far back a lead may start ("compared with the same period of" is the longest). */
const LEAD_REACH = 48;

/**
 * Every lead that ends right before `at` in `text`, in the table's order: the same words can
 * be a comparison to a figure and a time to the precision markers ("than in 2024").
 */
export function leadsBefore(text: string, at: number, from = 0): DateLead[] {
	const offset = Math.max(from, at - LEAD_REACH);
	const before = text.slice(offset, at);
	const leads: DateLead[] = [];
	for (const { rule, lead, quoted } of LEAD_PATTERNS) {
		const m = lead.exec(before);
		if (!m) continue;
		const start = offset + m.index;
		const q = quoted?.exec(before.slice(m.index));
		leads.push({ rule, start, quoteStart: q ? start + q.index : at });
	}
	return leads;
}

/** The first of `leads` that yields `role`. */
export const leadYielding = (
	leads: readonly DateLead[],
	role: DateLeadRole
): DateLead | undefined => leads.find((lead) => lead.rule.yields.includes(role));
