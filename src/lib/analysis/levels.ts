/**
 * The modality scale's names (METHOD.md), index = level 0–4. The pipeline writes them into the
 * data; legends, tables and the method page read them from here so they cannot drift.
 */
export const LEVEL_NAMES = ['not a commitment', 'exploratory', 'intent', 'strong', 'firm'] as const;

export type LevelName = (typeof LEVEL_NAMES)[number];

/** Level 3 and above is a commitment (METHOD.md). */
export const COMMITMENT_LEVEL = 3;
