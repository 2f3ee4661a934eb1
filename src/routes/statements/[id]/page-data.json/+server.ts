import { json } from '@sveltejs/kit';
import { pageData, statementIds } from '../page-data.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => statementIds().map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => json(pageData(params.id));
