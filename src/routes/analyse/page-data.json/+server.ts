import { json } from '@sveltejs/kit';
import { pageData } from '../page-data.server';

export const prerender = true;

export const GET = () => json(pageData());
