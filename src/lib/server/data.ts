/**
 * The one importer of data/: reads dashboard.json at build time and checks it against the data
 * contract, so a stale or hand-edited package fails the build instead of showing wrong numbers.
 */
import raw from '../../../data/dashboard.json?raw';
import { dashboardData, type DashboardData } from '$lib/contract/tables';

let cached: DashboardData | undefined;

export function loadDashboardData(): DashboardData {
	if (!cached) {
		const result = dashboardData.safeParse(JSON.parse(raw));
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(
				`data/dashboard.json does not match the data contract at ${issue?.path.join('.')}: ${issue?.message}. Run npm run preprocess.`
			);
		}
		cached = result.data;
	}
	return cached;
}
