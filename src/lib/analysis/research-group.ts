/**
 * A second commitment count, comparable with the ones the G7/G20 Research Group (University of
 * Toronto) publishes (METHOD.md, "A second count"): "a discrete, specific, publicly expressed,
 * collectively agreed statement of intent; a promise by summit members that they will
 * undertake future action". One per clause (the reader already makes one clause per action).
 * Counted: a party or the parties as subject, a future action at intent or above (intend, aim,
 * will, commit, agree to), and "support" / "remain ready" without a modal. Not counted: welcomes,
 * notes and other statements (level 0), demands on others, exploratory wording (explore,
 * consider, may), negated actions ("will never recognise"), and what others do.
 */
import type { Clause } from './types';

/** Verb cues that make a present-tense clause of the parties a commitment in the Group's coding. */
const SUPPORT_CUES = new Set(['support', 'supports', 'ready']);

export function isResearchGroupCommitment(
	clause: Pick<Clause, 'level' | 'polarity' | 'cues'>,
	byParty: boolean
): boolean {
	if (!byParty || clause.polarity === 'negative') return false;
	if (clause.level >= 2) return true;
	if (clause.level !== 1) return false;
	return clause.cues.some(
		(cue) =>
			cue.role === 'verb' && SUPPORT_CUES.has(cue.text.toLowerCase().split(/\s+/).pop() ?? '')
	);
}
