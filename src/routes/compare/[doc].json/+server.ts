/** /compare/<doc>.json: what the marks of one compared statement open, prerendered per statement. */
import { error, json } from '@sveltejs/kit';
import { loadDashboardData, loadDocumentTexts } from '$lib/server/data';
import { statementDetail } from '../statement-detail';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	loadDashboardData().compare.map((row) => ({ doc: row.docId }));

export const GET: RequestHandler = ({ params }) => {
	const text = loadDocumentTexts()[params.doc];
	if (text === undefined) error(404, 'No such statement');
	return json(statementDetail(loadDashboardData(), text, params.doc));
};
