import { loadPageData } from '$lib/page-data';
import type { PageDataJson } from './page-data.server';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => loadPageData<PageDataJson>(fetch, '/analyse');
