import { loadDashboardData } from '$lib/server/data';
import { buildTextPage } from '$lib/text/paragraphs';

export const pageData = () => buildTextPage(loadDashboardData());

/** What /text/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
