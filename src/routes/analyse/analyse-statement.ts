/**
 * One statement analysed as the CLI analyses `--input FILE --out DIR`: the same input checks
 * ($lib/analysis/input), the same reader (analyseCorpus) and the same package files
 * (serializePackage), zipped. Pure, so it runs in the page's worker (analyse.worker.ts) and in
 * unit tests alike; `report` is told each step as it starts, with what the last one found.
 */
import { zipSync } from 'fflate';
import { analyseCorpus, type ReferenceData } from '$lib/analysis/analyse-corpus';
import { decodeText, metaFromFileName } from '$lib/analysis/input';
import { TABLES, TABLE_NAMES, type DashboardData, type TableName } from '$lib/contract/tables';
import { serializePackage } from '$lib/data-package/serialize';
import { statementView, type StatementView } from '$lib/statement/statement-view';
import { assertSize } from './input-limit';

/** What the page says while it works; each step carries the counts known when it starts. */
export type Progress =
	| { step: 'read'; bytes: number }
	| { step: 'analyse'; lines: number }
	| { step: 'tables'; paragraphs: number; clauses: number };

export interface PackageFile {
	name: string;
	/** A table's title and its number of rows; none for the package's other files. */
	table?: { title: string; rows: number };
	/** UTF-8, as the CLI writes it. */
	bytes: Uint8Array<ArrayBuffer>;
}

export interface StatementResult {
	docId: string;
	text: string;
	tables: DashboardData;
	/** What the report shows (StatementReport.svelte), built here so the page runs no analysis. */
	view: StatementView;
	/** The package's files in the CLI's order: each table's CSV, dashboard.json, datapackage.json, README.md. */
	files: PackageFile[];
	/** The same files in one folder of a zip named after the statement. */
	zip: Uint8Array<ArrayBuffer>;
}

/**
 * Paragraphs of the annotated text the report draws: a book-length text would hold the page for
 * seconds and, at 1 MB, run the tab out of memory. The tables and the zip keep every paragraph.
 */
export const REPORT_PARAGRAPHS = 300;

/** The view with its annotated text cut to the first `limit` paragraphs. */
export function cutText(view: StatementView, limit = REPORT_PARAGRAPHS): StatementView {
	if (view.text.paragraphs.length <= limit) return view;
	return { ...view, text: { ...view.text, paragraphs: view.text.paragraphs.slice(0, limit) } };
}

/** Entry times fixed, so the same statement always gives the same zip. */
const ZIP_TIME = new Date('2026-01-29T00:00:00Z');

/** The text of an input's bytes, or the InputError the CLI would raise for the same bytes. */
export function readStatement(name: string, bytes: Uint8Array): string {
	assertSize(name, bytes.length);
	return decodeText(name, bytes);
}

export function analyseStatement(
	name: string,
	input: string | Uint8Array,
	reference: ReferenceData,
	report: (progress: Progress) => void = () => {}
): StatementResult {
	// Pasted text is measured and checked as the file it would be saved as.
	const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
	report({ step: 'read', bytes: bytes.length });
	const text = readStatement(name, bytes);
	report({ step: 'analyse', lines: text.split('\n').length });
	const meta = metaFromFileName(name);
	const tables = analyseCorpus([{ meta, text }], reference);
	report({ step: 'tables', paragraphs: tables.paragraphs.length, clauses: tables.clauses.length });
	const utf8 = new TextEncoder();
	const tableOfFile = new Map<string, TableName>(
		TABLE_NAMES.map((table) => [TABLES[table].file, table])
	);
	const files = [...serializePackage(tables, new Map([[meta.docId, text]]))].map(
		([file, contents]): PackageFile => {
			const table = tableOfFile.get(file);
			return {
				name: file,
				bytes: utf8.encode(contents),
				...(table ? { table: { title: TABLES[table].title, rows: tables[table].length } } : {})
			};
		}
	);
	const zip = zipSync(
		Object.fromEntries(
			files.map((file) => [`${meta.docId}-data/${file.name}`, [file.bytes, { mtime: ZIP_TIME }]])
		),
		{ level: 6 }
		// fflate builds the archive in a plain ArrayBuffer (never a shared one).
	) as Uint8Array<ArrayBuffer>;
	return {
		docId: meta.docId,
		text,
		tables,
		view: cutText(statementView(tables, text, meta.docId)),
		files,
		zip
	};
}
