import { TABLE_NAMES } from '$lib/contract/tables';
import { PRIMARY_DOC_ID, textHref } from '$lib/links';
import { loadDashboardData } from '$lib/server/data';
import {
	boosterWords,
	carrierVerbs,
	commonActions,
	conditionsFound,
	cuesByLevel,
	noveltyCarriers
} from '$lib/text/method-lexicon';
import {
	exampleClauses,
	figureExamples,
	levelCounts,
	referenceSources,
	targetExample,
	visitsCountedVersusNamed
} from '$lib/text/method-page';

/** Sector terms shown per sector: enough to see what counts, short enough for a table cell. */
const TERMS_SHOWN = 5;

export const pageData = () => {
	const data = loadDashboardData();
	const counts = levelCounts(data.clauses);
	const examples = exampleClauses(data.clauses, data.cues, PRIMARY_DOC_ID);
	const sectors = new Map<string, { label: string; terms: string[] }>();
	for (const t of data.sectorTerms) {
		const s = sectors.get(t.sector) ?? { label: t.sectorLabel, terms: [] };
		s.terms.push(t.term);
		sectors.set(t.sector, s);
	}
	// The text counts Kyrgyzstan's prime minister among the "European delegations".
	const kyrgyzstan = data.visits.find((v) => v.iso3 === 'KGZ');

	return {
		levels: cuesByLevel().map((l) => ({
			...l,
			clauses: counts[l.level] ?? 0,
			example: examples[l.level] ?? null
		})),
		clauses: data.clauses.length,
		actions: commonActions(data.clauses, data.cues, 8),
		carriers: carrierVerbs(),
		novelty: noveltyCarriers(),
		boosters: boosterWords(),
		conditions: conditionsFound(data.cues),
		documents: data.documents.map((d) => ({
			docId: d.docId,
			title: d.title,
			publisher: d.publisher,
			author: d.author,
			date: d.date,
			paragraphs: d.paragraphs,
			words: d.words,
			url: d.url
		})),
		sectors: [...sectors.values()].map((s) => ({
			label: s.label,
			terms: s.terms.length,
			examples: s.terms.slice(0, TERMS_SHOWN)
		})),
		figures: figureExamples(data.figures, ['money', 'percent', 'count', 'anniversary', 'rank']),
		target: targetExample(data.clauses, data.cues),
		countedVersusNamed: visitsCountedVersusNamed(data.figures, data.visits),
		kyrgyzstanHref: kyrgyzstan ? textHref(kyrgyzstan.docId, kyrgyzstan.paragraphNo) : null,
		// Every reference fact, also those that are a further source of an event from the texts.
		references: referenceSources(data.eventSources, data.routes),
		tables: TABLE_NAMES.length
	};
};

/** What /method/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
