/**
 * The one importer of data/: reads dashboard.json at build time and checks it against the data
 * contract, so a stale or hand-edited package fails the build instead of showing wrong numbers.
 */
import raw from '../../../data/dashboard.json?raw';
import type { DashboardData } from '$lib/contract/tables';
import { DashboardFormatError, parseDashboard } from '$lib/data-package/dashboard-json';

let cached: DashboardData | undefined;

export function loadDashboardData(): DashboardData {
	if (!cached) {
		try {
			cached = parseDashboard(raw);
		} catch (error) {
			if (!(error instanceof DashboardFormatError)) throw error;
			throw new Error(
				`data/dashboard.json does not match the data contract at ${error.path}: ${error.detail}. Run npm run preprocess.`
			);
		}
	}
	return cached;
}

let texts: Record<string, string> | undefined;

/**
 * Each document's text by id, as dashboard.json holds it (the comparison corpus included): the
 * rows' offsets point into these, so a page can quote a whole sentence around a mention.
 */
export function loadDocumentTexts(): Readonly<Record<string, string>> {
	if (!texts) {
		loadDashboardData(); // checked against the contract first
		texts = (JSON.parse(raw) as { texts: Record<string, string> }).texts;
	}
	return texts;
}
