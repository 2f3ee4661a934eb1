/**
 * From the hand-edited inputs, as their schemas parse them, to what the analysis reads: the
 * reference data (seeds/reference/*.json) and a document's metadata (a sources.json entry).
 * One mapping for every reader of the files: the CLI reads them from disk, the site at build.
 */
import type { z } from 'zod';
import type { DocumentMeta, ReferenceData } from '../analysis/analyse-corpus';
import {
	gazetteerFile,
	measuresFile,
	partiesFile,
	referenceEventsFile,
	routeOriginsFile,
	sectorsFile,
	sourcesFile
} from './reference';

/** Each reference file of seeds/reference/ and its schema. */
export const REFERENCE_FILES = {
	gazetteer: { file: 'gazetteer.json', schema: gazetteerFile },
	routeOrigins: { file: 'route-origins.json', schema: routeOriginsFile },
	events: { file: 'events.json', schema: referenceEventsFile },
	sectors: { file: 'sectors.json', schema: sectorsFile },
	parties: { file: 'parties.json', schema: partiesFile },
	measures: { file: 'measures.json', schema: measuresFile }
} as const;

export type ReferenceFiles = {
	[Name in keyof typeof REFERENCE_FILES]: z.infer<(typeof REFERENCE_FILES)[Name]['schema']>;
};

export function referenceData(files: ReferenceFiles): ReferenceData {
	return { ...files, parties: files.parties.parties, measures: files.measures.measures };
}

export type SourceEntry = z.infer<typeof sourcesFile>[number];

/** A document's metadata from its sources.json entry. */
export function documentMeta(entry: SourceEntry): DocumentMeta {
	return {
		docId: entry.id,
		title: entry.title,
		date: entry.date,
		kind: entry.kind,
		publisher: entry.publisher,
		author: entry.author ?? '',
		language: entry.language,
		file: entry.file,
		url: entry.url,
		parties: entry.parties ?? []
	};
}
