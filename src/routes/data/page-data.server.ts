import Papa from 'papaparse';
import { ZIP_NAME, publishedFile } from '$lib/server/data-files';

interface Field {
	name: string;
	type: string;
	description: string;
}
interface Resource {
	name: string;
	path: string;
	title: string;
	description: string;
	schema: { fields: Field[] };
}

const PREVIEW_ROWS = 3;
const PREVIEW_CHARS = 90;

export const pageData = () => {
	const pkg = JSON.parse(publishedFile('datapackage.json') ?? '{}') as {
		title: string;
		description: string;
		resources: Resource[];
	};
	return {
		title: pkg.title,
		description: pkg.description,
		zip: ZIP_NAME,
		tables: pkg.resources.map((r) => {
			const csv = publishedFile(r.path) ?? '';
			// Every value stays text (dtype-free preview): ids like "004" must not turn into 4.
			const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
			const rows = parsed.data.slice(1);
			return {
				name: r.name,
				path: r.path,
				title: r.title,
				description: r.description,
				rowCount: rows.length,
				bytes: new TextEncoder().encode(csv).length,
				fields: r.schema.fields.map((f) => ({
					name: f.name,
					type: f.type,
					description: f.description
				})),
				preview: rows
					.slice(0, PREVIEW_ROWS)
					.map((row) =>
						row.map((cell) => (cell.length > PREVIEW_CHARS ? `${cell.slice(0, PREVIEW_CHARS)}…` : cell))
					)
			};
		})
	};
};

/** What /data/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
