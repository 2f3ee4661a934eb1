/**
 * The Joint Statement's hand-levelled sentences, one line each: "<the sentence's opening> →
 * <level of each clause> <actor of the first> (<why>)". clauses.test.ts checks them and
 * `npm run bench:accuracy` reports how many hold, so both read this one list.
 */
import type { Actor, ModalityLevel } from './types';

/**
 * Real sentences of the Joint Statement, the levels they get and why, one a line:
 * '<start of the sentence> → <level of each clause, in order> <actor of the first clause> (<why>)'.
 * The case reads the whole sentence that starts with those words.
 */
export const SEED_CASES: string[] = [
	'The Socialist Republic of Viet Nam (Viet Nam) and the European Union (EU) → 0 joint (confirm carries "the importance" (a stance); coordinated party names are joint)',
	'Both sides affirm and highly appreciate → 0 joint (affirm carries nothing committal, appreciate is expressive; the ";" list is nouns)',
	'Based on the outstanding achievements → 4 joint (agreed to + verb is firm; the subject follows an introductory phrase)',
	'The new partnership will elevate → 0 other (will with a subject that is not a party is a prediction (METHOD rule 11))',
	'Within the framework of the Comprehensive Strategic Partnership, both sides → 3 joint (will continue to deepen: continue is transparent, will sets 3)',
	'Both sides aim to continue promoting political cooperation → 2 2 joint (aim ∘ continue → 2; "; and enhance" shares the subject and "aim to")',
	'Both sides reaffirm their commitment to effectively implement agreements → 4 4 4 joint (three clauses at ";", the last two inherit "reaffirm their commitment to")',
	'Both sides affirm the strategic importance → 0 joint (affirm the importance: assertive)',
	'The EU recognises Viet Nam → 0 2 eu (recognises → 0; ", and confirms its readiness to engage" → readiness is 2)',
	'Both sides give priority to cooperation in the field of labour → 2 joint (give priority to: a present policy direction without a modal → intent)',
	'Both sides emphasise the importance of ILO standards → 0 4 joint (emphasise the importance → 0; "and reaffirm their commitments" → 4)',
	'Both sides will explore, develop and deepen → 1 3 3 joint (a list of verbs sharing will: one clause each, explore 1, develop 3, deepen 3 (rule 10))',
	'These include, but are not limited to → 0 other (include describes, it does not act)',
	'Both sides agreed, building on their existing engagement → 4 joint (agreed, <aside>, to step up → agreed to + verb)',
	'Both sides will aim to mobilise investments → 2 2 joint (will ∘ aim → 2; "and create …" shares "will aim to")',
	'This would promote mutually-beneficial → 0 other ("would" with no party subject predicts an effect, it pledges nothing)',
	'Both sides reaffirm their commitment to a transparent → 4 1 joint (commitment to a system → 4; ", and to explore" continues the commitment → 1)',
	'These priority areas may include → 0 other (may ∘ include: descriptive)',
	'Both sides identify priority areas for action → 1 joint (identify (areas) is exploratory)',
	'Both sides affirm the importance of advancing the ratification → 0 joint (affirm the importance → 0 (and "once in force" makes it conditional))',
	'Both sides emphasise the vital importance of peace → 0 2 joint ("and will endeavour to maintain it" is a clause with its own modal: will ∘ endeavour)',
	'Both sides support the promotion of multilateralism → 1 joint (support + noun without will → 1)',
	'Both sides intend to explore further cooperation with security forces → 1 joint (intend ∘ explore → 1)',
	'The EU will continue cooperation on helping → 3 1 eu (will continue cooperation → 3; "as well as explore" shares "will" → 1)',
	'Both sides are determined to uphold → 4 3 joint (are determined to → 4; ", and will enhance" → 3)',
	'Both sides consistently reaffirm their respect → 0 joint (respect names no future action; "consistently" is a booster only)',
	'Both sides reaffirm their interest in enhancing security cooperation → 1 joint (interest in + -ing is like willing → 1)',
	'Cooperation will also be explored → 1 unspecified (passive: nobody named; will ∘ explore → 1)',
	'Both sides (with the EU in its capacity → 2 joint (make efforts to → 2; the bracket is skipped to find the subject)',
	'The early entry into force of the Convention would → 0 other ("would" with a non-party subject → 0)',
	'Both sides emphasised the importance of maintaining peace → 0 joint (a past report of an emphasis)',
	'Both sides reaffirm that 1982 UNCLOS → 0 joint (reaffirm that … is assertive)',
	'Both sides will study the possibility of expanding → 1 joint (will ∘ study the possibility → 1)',
	'Both sides envisage cooperating → 2 joint (envisage → 2)',
	'Both sides intend to deepen and expand cooperation in science → 2 2 2 joint (deepen and expand: one clause each; "; and promote" shares "intend to")',
	'They reaffirm their willingness to further deepen → 1 1 1 joint (willingness → 1 for deepen and for expand; "; to explore" continues it; They = both sides)',
	'Both sides agree on the need to explore → 1 2 joint (agree on (transparent) the need (2) to explore (1) → 1; and implement → the need, 2)',
	'Both sides will implement the 2030 Agenda → 3 3 joint (", and cooperate in …" is a new verb with its own object, sharing will)',
	'Both sides target the most vulnerable → 2 joint (present-tense action with no modal: a course of action, not a pledge)',
	'Both sides highlight the importance of sustainable fisheries → 0 4 joint (highlight → 0; "and commit to promoting" → 4)',
	'Both sides affirmed their determination to promote → 4 joint (determination to = are determined to)',
	'Both sides are willing to promote the development of organic → 1 1 joint (willing → 1, shared by "; and strengthen")',
	'Both sides recognise the increasingly severe consequences → 0 3 joint (recognise → 0; "and will improve" → 3)',
	'Both sides will pursue efforts to limit → 3 3 3 joint (three actions under one will, split at ";")',
	'They take note of the opportunities → 0 0 joint (take note of → 0; ", which will together contribute" predicts what the programmes do (rule 11))',
	'Both sides will explore and encourage all forms → 1 3 joint (explore and encourage: one clause each, will ∘ explore 1, will ∘ encourage 3)',
	'This effort will be supported → 3 unspecified (passive, will + support → 3)',
	'Both sides also highlight the importance of domestic → 0 2 joint ("and confirm their intention to cooperate" → 2)',
	'Both sides may work together to enhance → 1 joint (may → 1; "and to cooperate" is inside the purpose infinitive, not a new clause)',
	'Both sides reiterate their commitment to respect → 4 4 4 4 joint (reiterate (carrier) their commitment to → 4, for respect, protect, fulfil and promote)',
	'They intend to make full use of the Subcommittee → 2 joint (intend → 2; make full use is an action)',
	'Both sides will share experience in the consideration of → 3 3 3 joint ("; enhance" and "and enhance capacity" share will)',
	'Both sides express their willingness to strengthen → 1 1 joint (express their willingness → 1, shared by "; and implement")',
	'Both sides will strengthen cooperation in sustainable transport → 3 3 3 2 joint (will …; promote …; and, <aside>, promote …; and aim to (will ∘ aim → 2))',
	'Both sides will promote Viet Nam-EU dialogue → 3 3 3 3 3 joint ("; support capacity building" has will, so support is an action (3); research, propose and promote: one each)',
	'Both sides commit to supporting ASEAN → 4 joint (commit to + -ing → 4)',
	'This document is approved in Hanoi → 0 unspecified (a passive statement of fact)',
	'Cooperation may include exchanges on 5G → 0 other (may ∘ include: describes the scope, no action)'
];

/** A row of SEED_CASES read into its parts. */
export function seedCase(row: string): { prefix: string; levels: ModalityLevel[]; actor: Actor } {
	const match = /^(.+?) → ([0-4](?: [0-4])*) (\S+) \(.+\)$/.exec(row);
	if (!match) throw new Error(`not a seed case: ${row}`);
	const [, prefix = '', levels = '', actor = ''] = match;
	return { prefix, levels: levels.split(' ').map(Number) as ModalityLevel[], actor };
}
