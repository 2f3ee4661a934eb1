/**
 * Names a reader may use for a party of a statement, besides the party's own name: its ISO codes,
 * short forms and the old codes of the Viet Nam–EU reader. Matching ignores case and anything
 * that is not a letter or digit, so 'united-states', 'United States' and 'UNITED_STATES' agree.
 */
export const PARTY_IDS: Readonly<Record<string, readonly string[]>> = {
	// e.g. "The United States committed to …" → 'us', 'usa' or 'united-states'
	'United States': ['us', 'usa', 'u.s.', 'united states of america', 'america'],
	// e.g. "Vietnam affirmed to continue …" → 'vn', 'vnm', 'vietnam'
	'Viet Nam': ['vn', 'vnm', 'vietnam', 'socialist republic of viet nam'],
	'European Union': ['eu', 'the eu'],
	Indonesia: ['id', 'idn', 'republic of indonesia'],
	Mongolia: ['mn', 'mng'],
	Philippines: ['ph', 'phl', 'the philippines'],
	ASEAN: ['asean', 'association of southeast asian nations'],
	Japan: ['jp', 'jpn'],
	'Republic of Korea': ['kr', 'kor', 'rok', 'korea', 'south korea'],
	Australia: ['au', 'aus'],
	India: ['in', 'ind'],
	Singapore: ['sg', 'sgp']
};
