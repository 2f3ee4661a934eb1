/**
 * Reusable field schemas for the data contract. Each carries a description, which becomes the
 * field description in datapackage.json and in data/README.md, so the words live in one place.
 */
import { z } from 'zod';

/** ISO 8601 truncated to its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const docId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/)
	.describe('Document identifier (see documents.csv).');
export const chapterNo = z
	.number()
	.int()
	.min(0)
	.describe(
		'Chapter number in document order; 0 is the preamble (text before the first chapter heading).'
	);
export const paragraphNo = z
	.number()
	.int()
	.min(1)
	.describe('Paragraph number as printed in the document, or its position when unnumbered.');
export const sentenceNo = z
	.number()
	.int()
	.min(1)
	.describe('Sentence number within the paragraph, from 1.');
export const start = z
	.number()
	.int()
	.min(0)
	.describe(
		'Character offset (UTF-16 code units, as JavaScript counts) where the quoted text starts in the seed file, after a UTF-8 byte-order mark if any.'
	);
export const end = z
	.number()
	.int()
	.min(0)
	.describe(
		'Character offset where the quoted text ends (exclusive): text.slice(start, end) is the quote.'
	);
export const quote = z.string().describe('The exact words of the source text behind this record.');
export const partialDate = z
	.string()
	.regex(ISO_PARTIAL_DATE)
	.describe('ISO 8601 date at its precision: YYYY, YYYY-MM or YYYY-MM-DD.');
export const optionalPartialDate = z
	.string()
	.regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/)
	.describe('ISO 8601 date at its precision (YYYY, YYYY-MM or YYYY-MM-DD), or empty when unknown.');
export const precision = z
	.enum(['day', 'month', 'year'])
	.describe('Precision of the date: day, month or year.');
export const origin = z
	.enum(['text', 'reference'])
	.describe(
		'Where the fact comes from: text (the seed documents) or reference (reviewed public data, see source_url).'
	);
export const sourceUrl = z
	.string()
	.describe('URL of the public source for reference facts; empty for facts from the texts.');
export const sourcePublisher = z
	.string()
	.describe(
		'Who published the reference source at source_url (reviewed, e.g. Viet Nam News); empty when there is no reference source.'
	);
export const sourceTitle = z
	.string()
	.describe('Title of the reference source at source_url; empty when there is none.');
export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);

/** Kinds of timeline event: the reference facts' file and the events table share them. */
export const eventKind = z
	.enum([
		'relations',
		'agreement',
		'visit',
		'route',
		'anniversary',
		'cultural',
		'upgrade',
		'target',
		'other'
	])
	.describe('Kind of event.');

/** The kinds of figure the reader finds: one list for the figures table and measures.json. */
export const figureKind = z
	.enum(['money', 'percent', 'count', 'temperature', 'anniversary', 'rank', 'duration'])
	.describe('Kind of figure.');
