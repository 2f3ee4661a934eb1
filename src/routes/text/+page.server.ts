import { loadDashboardData } from '$lib/server/data';
import { buildTextPage } from '$lib/text/paragraphs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => buildTextPage(loadDashboardData());
