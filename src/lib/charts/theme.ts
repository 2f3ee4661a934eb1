/**
 * The ECharts theme, built from the design tokens. Text and rules use `currentColor`, so one
 * server-rendered SVG follows the page's light or dark theme (the chart box sets `color`);
 * data colours (modality levels, ramps) are the same in both themes by design.
 */
import { FONT_STACK, LEVEL_COLOURS, TYPE_SCALE } from '$lib/design/tokens';

const PX = 16;
export const CHART_FONT_SIZE = Math.round(TYPE_SCALE.sm * PX * 0.86); // 12 px: axis labels
const MUTED = 0.78; // opacity of secondary text: still ≥ 4.5:1 on both backgrounds

const axis = {
	axisLine: { lineStyle: { color: 'currentColor', opacity: 0.45 } },
	axisTick: { lineStyle: { color: 'currentColor', opacity: 0.45 } },
	axisLabel: { color: 'currentColor', opacity: MUTED, fontSize: CHART_FONT_SIZE },
	splitLine: { lineStyle: { color: 'currentColor', opacity: 0.12 } },
	nameTextStyle: { color: 'currentColor', opacity: MUTED, fontSize: CHART_FONT_SIZE }
};

export const CHART_THEME = {
	color: [...LEVEL_COLOURS],
	backgroundColor: 'transparent',
	textStyle: { fontFamily: FONT_STACK, color: 'currentColor', fontSize: CHART_FONT_SIZE },
	legend: {
		textStyle: { color: 'currentColor', fontSize: CHART_FONT_SIZE },
		inactiveColor: 'rgba(128,128,128,0.45)'
	},
	categoryAxis: axis,
	valueAxis: axis,
	tooltip: {
		backgroundColor: 'rgba(20,22,26,0.94)',
		borderWidth: 0,
		textStyle: { color: '#ffffff', fontSize: CHART_FONT_SIZE + 1 },
		extraCssText:
			'border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);max-width:22rem;white-space:normal;'
	}
};
