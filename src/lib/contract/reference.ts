/**
 * Schemas of the hand-edited inputs in seeds/: the source list and the reviewed reference data.
 * The CLI validates them before any analysis, so a typo fails loudly with the file and field.
 */
import { z } from 'zod';
import { ISO_PARTIAL_DATE, eventKind, figureKind } from './fields';

export const sourcesFile = z.array(
	z.object({
		file: z.string().min(1),
		id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
		title: z.string().min(1),
		kind: z.string().min(1),
		publisher: z.string(),
		/** Who wrote the text when it is not the publisher: an article's byline. */
		author: z.string().optional(),
		date: z.string().regex(ISO_PARTIAL_DATE),
		language: z.string().min(2),
		url: z.string(),
		/** Party ids or names (seeds/reference/parties.json); read from the title when absent. */
		parties: z.array(z.string().min(1)).optional()
	})
);

const coordinates = { lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) };

export const gazetteerFile = z.object({
	source: z.string().min(1),
	countries: z.array(
		z.object({
			name: z.string().min(1),
			aliases: z.array(z.string()),
			iso3: z.string().regex(/^[A-Z]{3}$/),
			isoNumeric: z.string().regex(/^(\d{3})?$/),
			capital: z.string(),
			...coordinates,
			region: z.string()
		})
	),
	cities: z.array(
		z.object({
			name: z.string().min(1),
			aliases: z.array(z.string()),
			country: z.string(),
			iso3: z.string().regex(/^[A-Z]{3}$/),
			...coordinates,
			airport: z.object({ iata: z.string().regex(/^[A-Z]{3}$/), name: z.string(), ...coordinates })
		})
	)
});

export const routeOriginsFile = z.array(
	z.object({
		destinationIata: z.string().regex(/^[A-Z]{3}$/),
		originIata: z.string().regex(/^[A-Z]{3}$/),
		sourceUrl: z.string().url(),
		note: z.string().optional(),
		referenceLaunch: z.string().regex(ISO_PARTIAL_DATE).optional()
	})
);

export const referenceEventsFile = z.array(
	z.object({
		date: z.string().regex(ISO_PARTIAL_DATE),
		precision: z.enum(['day', 'month', 'year']),
		title: z.string().min(1),
		kind: eventKind,
		sourceUrl: z.string().url(),
		/** Who published the source page, as a reader would name them (not the host name: a page
		 * may sit on a content-management system's host). Reviewed by hand, like the date. */
		publisher: z.string().min(1),
		/** The source page's own title (its headline), shown as the link's words. */
		sourceTitle: z.string().min(1),
		note: z.string()
	})
);

export const sectorsFile = z.array(
	z.object({
		id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
		label: z.string().min(1),
		terms: z.array(z.string().min(1)).min(1),
		senses: z
			.array(
				z.object({
					match: z.string().min(1),
					in: z.string().min(1),
					rejects: z.literal(true).optional(),
					yields: z.string().optional(),
					reason: z.string().min(1),
					example: z.string().min(1)
				})
			)
			.optional()
	})
);

export const partiesFile = z.object({
	about: z.string().min(1),
	source: z.string().min(1),
	parties: z.array(
		z.object({
			id: z.string().regex(/^[a-z][a-z0-9-]*$/),
			name: z.string().min(1),
			shortName: z.string().min(1),
			kind: z.enum(['state', 'organisation']),
			names: z.array(z.string().min(1)).min(1),
			demonyms: z.array(z.string().min(1)),
			leaders: z.array(z.string().min(1)),
			organs: z.array(z.string().min(1)),
			members: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).optional()
		})
	)
});

const referenceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** seeds/reference/measures.json: what a figure measures, read from its label's words. */
export const measuresFile = z.object({
	about: z.string().min(1),
	measures: z.array(
		z.object({
			id: referenceId,
			label: z.string().min(1),
			kinds: z.array(figureKind).min(1),
			terms: z.array(z.string().min(1)).min(1),
			/** A label the measure must take: checked by a test, so a term cannot silently stop matching. */
			example: z.string().min(1)
		})
	)
});

const tileDetail = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('change') }),
	z.object({ kind: z.literal('period') }),
	z.object({ kind: z.literal('companion'), measure: referenceId, prefix: z.string() }),
	z.object({
		kind: z.literal('named-visits'),
		direction: z.enum(['inbound', 'outbound']),
		list: z.boolean().optional()
	}),
	z.object({ kind: z.literal('route-list') })
]);

/** seeds/reference/overview-tiles.json: the overview's tiles, each by what it measures. */
export const overviewTilesFile = z.object({
	about: z.string().min(1),
	tiles: z.array(
		z
			.object({
				id: referenceId,
				/** A measure of measures.json, or a table whose rows the tile counts. */
				measure: referenceId.optional(),
				table: z.literal('routes').optional(),
				title: z.string().min(1),
				/** Appends the figure's period to the title: " in 2025" or ", first ten months of 2025". */
				period: z.enum(['in', 'comma']).optional(),
				detail: tileDetail
			})
			.refine((t) => (t.measure === undefined) !== (t.table === undefined), {
				message: 'a tile shows either a measure or a table'
			})
	)
});

export type MeasureDefinition = z.infer<typeof measuresFile>['measures'][number];
export type OverviewTile = z.infer<typeof overviewTilesFile>['tiles'][number];
