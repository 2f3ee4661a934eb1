/**
 * The horizontal timeline for wide screens. Time runs left to right on a piecewise axis (each
 * era its own share). Each mark and its label are stacked into lanes (label-lanes.ts) on the
 * side of the axis where they sit nearer it (text facts prefer above, reference facts below),
 * so that none overlap; tick lines run through all lanes so each mark reads against the axis.
 * A dated day is a dot; a month or year is a bar over the whole period, or a dot where the
 * period is too narrow to show as a bar.
 */
import { laneCount, stackInLanes, type LaneItem } from './label-lanes';
import { chronological, eventFacts, type EventFacts, type PlacedEvent } from './placed-event';
import { wrapText, textWidth } from './text-measure';
import type { TimelineEvent } from './timeline-event';
import { eraAt, timelineEras, type Era, type EraId } from './timeline-eras';
import { piecewiseScale, stopsFromWeights } from './time-scale';
import { timelineTicks, type Tick } from './timeline-ticks';

export interface EraBand {
	era: Era;
	x0: number;
	x1: number;
	/** Centre of the era's heading: over the band, moved aside where it would touch the next. */
	labelX: number;
}

export interface WideLayout {
	width: number;
	height: number;
	fontSize: number;
	/** Baseline of the era headings. */
	headerY: number;
	axis: { y: number; height: number };
	bands: EraBand[];
	ticks: Tick[];
	/** In time order: the order of the links for the keyboard. */
	events: PlacedEvent[];
}

export interface WideOptions {
	width: number;
	docNames: Readonly<Record<string, string>>;
	fontSize?: number;
	/** The eras the axis runs through; by default the events' own (timelineEras). */
	eras?: readonly Era[];
	/**
	 * Space at each end of the axis. The web figure lets its end year labels overflow the box;
	 * a picture clips at its edge, so a slide keeps room for half a year label.
	 */
	margin?: number;
}

/** Share of the axis each era takes: the year in detail and the upgrade get most of it. */
export const WIDE_ERA_WEIGHTS: Readonly<Record<EraId, number>> = {
	before: 0.06,
	past: 0.27,
	year: 0.39,
	upgrade: 0.1,
	targets: 0.18
};

const MARGIN = 8;
const HEADER = 26;
const AXIS_HEIGHT = 22;
const AXIS_GAP = 6;
const DOT = 4.5;
const UPGRADE_DOT = 6.5;
const BAR = 3;
/** Room a bar takes beside its label's text. */
const BAR_ZONE = 5;
/** Space between two stacked labels, more than between the lines of one. */
const ITEM_GAP = 5;
/** Lanes are this many px deep; a label takes as many as its lines and bar need. */
const UNIT = 4;
const MIN_BAR = 10;
const TEXT_PAD = 9;

interface Draft {
	facts: EventFacts;
	bar: boolean;
	x0: number;
	x1: number;
	anchor: number;
	lines: string[];
	textAnchor: 'start' | 'end';
	item: LaneItem;
}

/** Era headings are set a little smaller than the labels (Timeline.svelte: .era-label). */
const HEADING_SCALE = 0.96;

/**
 * The eras' bands and their headings' centres: each heading over its band (the first one from
 * the band's start), then pushed right where it would touch the previous one and pulled back
 * left from the edge, so that narrow eras ("Upgrade, 29 Jan 2026" beside "Targets to 2050")
 * keep readable headings at any width.
 */
function eraBands(
	eras: readonly Era[],
	scale: (t: number) => number,
	width: number,
	fontSize: number
): EraBand[] {
	const size = fontSize * HEADING_SCALE;
	const gap = size;
	const bands = eras.map((era, i) => {
		const x0 = r(scale(era.start));
		const x1 = r(scale(era.end));
		const half = textWidth(era.label, size, true) / 2;
		return { era, x0, x1, half, labelX: i === 0 ? x0 + 2 + half : (x0 + x1) / 2 };
	});
	for (let i = 1; i < bands.length; i++) {
		const [prev, band] = [bands[i - 1]!, bands[i]!];
		band.labelX = Math.max(band.labelX, prev.labelX + prev.half + gap + band.half);
	}
	for (let i = bands.length - 1; i >= 0; i--) {
		const band = bands[i]!;
		const next = bands[i + 1];
		const limit = next ? next.labelX - next.half - gap : width - 2;
		band.labelX = Math.min(band.labelX, limit - band.half);
	}
	return bands.map(({ era, x0, x1, labelX }) => ({ era, x0, x1, labelX: r(labelX) }));
}

export function wideLayout(events: readonly TimelineEvent[], options: WideOptions): WideLayout {
	const { width, docNames } = options;
	const fontSize = options.fontSize ?? 12.5;
	const line = Math.round(fontSize * 1.24 * 2) / 2;
	const eras = options.eras ?? timelineEras(events);
	const margin = options.margin ?? MARGIN;
	const bounds = [...eras.map((e) => e.start), (eras[eras.length - 1] as Era).end];
	const scale = piecewiseScale(
		stopsFromWeights(
			bounds,
			eras.map((e) => WIDE_ERA_WEIGHTS[e.id]),
			margin,
			width - margin
		)
	);
	const labelMax = Math.min(200, Math.max(100, width * 0.18));
	const right = width - margin;

	const drafts: Draft[] = chronological(events.map((e) => eventFacts(e, docNames))).map((facts) => {
		const x0 = scale(facts.period.start);
		const x1 = scale(facts.period.end);
		const bar = x1 - x0 >= MIN_BAR;
		const anchor = bar ? x0 : (x0 + x1) / 2;
		const bold = facts.event.kind === 'upgrade';
		const lines = wrapText(facts.label, bar ? Math.max(labelMax, x1 - x0) : labelMax, fontSize, {
			bold
		});
		const widest = Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
		const pad = bar ? 1 : TEXT_PAD;
		// A label that would run off the right edge hangs leftwards from its mark.
		const textAnchor = anchor + pad + widest > right ? 'end' : 'start';
		const from = textAnchor === 'start' ? anchor - DOT : anchor - pad - widest;
		const to =
			textAnchor === 'start' ? Math.max(anchor + pad + widest, bar ? x1 : 0) : anchor + DOT;
		const height = lines.length * line + (bar ? BAR_ZONE : 0) + ITEM_GAP;
		return {
			facts,
			bar,
			x0,
			x1,
			anchor,
			lines,
			textAnchor,
			item: {
				id: facts.event.eventId,
				from,
				to,
				lanes: Math.ceil(height / UNIT),
				// The upgrade first (nearest the axis), year-long bars last (outermost).
				pass: facts.event.kind === 'upgrade' ? -1 : bar && facts.event.precision === 'year' ? 1 : 0,
				prefer: facts.event.origin === 'text' ? 0 : 1
			}
		};
	});

	const placements = stackInLanes(
		drafts.map((d) => d.item),
		{ sides: 2 }
	);
	const axisY = HEADER + laneCount(placements, 0) * UNIT + AXIS_GAP;
	const axisBottom = axisY + AXIS_HEIGHT;
	const downTop = axisBottom + AXIS_GAP;
	const height = Math.ceil(downTop + laneCount(placements, 1) * UNIT + MARGIN);
	const ascent = fontSize * 0.76;
	const descent = fontSize * 0.24;

	const placed = drafts.map((d, i): PlacedEvent => {
		const { facts } = d;
		const p = placements[i];
		if (!p) throw new Error(`Event ${facts.event.eventId} was not placed`);
		const n = d.lines.length;
		const boxHeight = p.lanes * UNIT;
		// Each label is a box of whole lanes; its mark (bar) sits on the side facing the axis,
		// right against its own text, and ITEM_GAP keeps it clear of the next label's.
		const up = p.side === 0;
		const boxTop = up ? axisY - AXIS_GAP - (p.lane + p.lanes) * UNIT : downTop + p.lane * UNIT;
		const textTop = up
			? boxTop + boxHeight - (d.bar ? BAR_ZONE : 0) - n * line - 1
			: boxTop + (d.bar ? BAR_ZONE : 0) + 1;
		const baseline = (k: number) => textTop + k * line + (line - ascent - descent) / 2 + ascent;
		const firstMid = baseline(0) - fontSize * 0.34;
		const upgrade = facts.event.kind === 'upgrade';
		const mark: PlacedEvent['mark'] = d.bar
			? {
					shape: 'bar',
					x: d.x0,
					y: up ? textTop + n * line + 1 : boxTop + BAR_ZONE - BAR - 1.5,
					width: d.x1 - d.x0,
					height: BAR
				}
			: { shape: 'dot', cx: d.anchor, cy: firstMid, r: upgrade ? UPGRADE_DOT : DOT };
		const pad = d.bar ? 1 : TEXT_PAD;
		const textX = d.textAnchor === 'start' ? d.anchor + pad : d.anchor - pad;
		return {
			event: facts.event,
			source: facts.source,
			otherSources: facts.otherSources,
			era: eraAt(eras, facts.period.start).id,
			dateLabel: facts.dateLabel,
			dateLong: facts.dateLong,
			accessibleName: facts.accessibleName,
			tooltip: facts.tooltip,
			mark,
			pole: null,
			lines: d.lines.map((text, k) => ({ x: r(textX), y: r(baseline(k)), text })),
			textAnchor: d.textAnchor,
			box: {
				x: r(p.from - 2),
				y: r(boxTop + (up ? ITEM_GAP / 2 : 0)),
				width: r(p.to - p.from + 4),
				height: r(boxHeight - ITEM_GAP / 2)
			}
		};
	});

	return {
		width,
		height,
		fontSize,
		headerY: 16,
		axis: { y: axisY, height: AXIS_HEIGHT },
		bands: eraBands(eras, scale, width, fontSize),
		ticks: timelineTicks(eras, scale, { minSpacing: fontSize * 3.2 }).map((t) => ({
			...t,
			x: r(t.x)
		})),
		events: placed.map((e) => ({ ...e, mark: roundMark(e.mark) }))
	};
}

/** A tenth of a pixel is plenty for SVG and keeps the prerendered HTML small. */
function r(value: number): number {
	return Math.round(value * 10) / 10;
}

function roundMark(mark: PlacedEvent['mark']): PlacedEvent['mark'] {
	return mark.shape === 'dot'
		? { ...mark, cx: r(mark.cx), cy: r(mark.cy) }
		: { ...mark, x: r(mark.x), y: r(mark.y), width: r(mark.width) };
}
