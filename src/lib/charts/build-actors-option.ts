/** Who speaks in each clause of the joint statement (both sides, the EU, Viet Nam, …) by level. */
import type { ChartOption } from './echarts';
import type { ActorLevelRow } from './rows/commitment-rows';
import { buildStackedLevelsOption } from './stacked-levels';
import type { ChartView } from './types';

export function buildActorsOption(rows: ActorLevelRow[], view: ChartView): ChartOption {
	return buildStackedLevelsOption({
		rows,
		view,
		category: (r) => r.actorLabel,
		categoryTitle: (r) => r.actorLabel,
		labelWidth: 110,
		valueName: 'clauses',
		totals: true
	});
}
