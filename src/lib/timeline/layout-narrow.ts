/**
 * The vertical timeline for phones and narrow windows. Time runs down the left edge, era by era;
 * every label starts with its date and stands level with it on the axis, which stretches where
 * labels crowd (its ticks show where). Events that share a date share a point on the axis and
 * fan out from it. The figure is drawn at its real width, so text keeps its size on a phone.
 */
import { chronological, eventFacts, type EventFacts, type PlacedEvent } from './placed-event';
import { BOLD_FACTOR, textWidth, wrapText } from './text-measure';
import type { TimelineEvent } from './timeline-event';
import { eraAt, timelineEras, type Era } from './timeline-eras';
import { piecewiseScale, type PiecewiseScale, type ScaleStop } from './time-scale';
import { timelineTicks, type Tick } from './timeline-ticks';

export interface EraBlock {
	era: Era;
	y0: number;
	y1: number;
}

export interface NarrowLayout {
	width: number;
	height: number;
	fontSize: number;
	axisX: number;
	blocks: EraBlock[];
	/** Ticks; `x` is the position along the (vertical) axis. */
	ticks: Tick[];
	/** In time order: the order of the links for the keyboard. */
	events: PlacedEvent[];
}

export interface NarrowOptions {
	width: number;
	docNames: Readonly<Record<string, string>>;
	fontSize?: number;
}

const HEADING = 26;
const ERA_FOOT = 10;
const MIN_CONTENT = 56;
const GAP = 7;
const AXIS_X = 44;
const LABEL_X = 80;
const DOT = 4;
const UPGRADE_DOT = 6;
const MIN_BAR = 5;

interface Draft {
	facts: EventFacts;
	era: Era;
	lines: string[];
	size: number;
}

/** A tenth of a pixel is plenty for SVG and keeps the prerendered HTML small. */
const r = (v: number) => Math.round(v * 10) / 10;

export function narrowLayout(
	events: readonly TimelineEvent[],
	options: NarrowOptions
): NarrowLayout {
	const { width, docNames } = options;
	const fontSize = options.fontSize ?? 13;
	const line = Math.round(fontSize * 1.35);
	const labelWidth = width - LABEL_X - 4;
	const eras = timelineEras(events);

	const drafts: Draft[] = chronological(events.map((e) => eventFacts(e, docNames))).map((facts) => {
		const bold = facts.event.kind === 'upgrade';
		// The date leads in bold: the first line gives up what bold adds to it.
		const leadExtra = textWidth(facts.dateLabel, fontSize) * (BOLD_FACTOR - 1);
		const lines = wrapText(`${facts.dateLabel} · ${facts.label}`, labelWidth, fontSize, {
			bold,
			firstLineInset: bold ? 0 : leadExtra
		});
		return { facts, era: eraAt(eras, facts.period.start), lines, size: lines.length * line };
	});

	// Era by era, each label goes where its date falls on a base scale (MIN_CONTENT per era) or,
	// when the label before it is in the way, just below that label. The axis then runs through
	// every label's date (a piecewise scale with a stop per date), so leaders stay level and the
	// ticks show where time is stretched.
	const blocks: (EraBlock & { scale: PiecewiseScale })[] = [];
	const tops = new Map<Draft, number>();
	let y = 0;
	for (const era of eras) {
		const top = y + HEADING;
		const base = (t: number) => top + ((t - era.start) / (era.end - era.start)) * MIN_CONTENT;
		// One stop where a date's first label stands and, when several share the date, one a
		// millisecond later where the last stands: the axis pauses there instead of lending
		// the stack's height to the months after it.
		const stops: ScaleStop[] = [];
		let free = top - line / 2;
		for (const d of drafts.filter((x) => x.era === era)) {
			const labelTop = Math.max(base(d.facts.period.start) - line / 2, free);
			tops.set(d, labelTop);
			free = labelTop + d.size + GAP;
			const t = d.facts.period.start;
			const first = stops.find((stop) => stop.t === t);
			const mid = labelTop + line / 2;
			if (!first) stops.push({ t, x: mid });
			else if (stops[stops.length - 1]?.t === t + 1) (stops[stops.length - 1] as ScaleStop).x = mid;
			else stops.push({ t: t + 1, x: mid });
		}
		const bottom = Math.max(top + MIN_CONTENT, free);
		if (!stops.length || (stops[0] as ScaleStop).t > era.start)
			stops.unshift({ t: era.start, x: top });
		stops.push({ t: era.end, x: bottom });
		blocks.push({ era, y0: y, y1: bottom + ERA_FOOT, scale: piecewiseScale(stops) });
		y = bottom + ERA_FOOT;
	}
	const height = Math.ceil(y);
	const scale = (t: number): number => {
		const era = eraAt(eras, t);
		const block = blocks.find((b) => b.era === era) ?? blocks[blocks.length - 1];
		if (!block) throw new Error('No eras');
		return block.scale(t);
	};

	const placedEvents = drafts.map((d): PlacedEvent => {
		const { facts } = d;
		const top = tops.get(d) ?? 0;
		const baseline = (k: number) => top + k * line + line * 0.74;
		const firstMid = baseline(0) - fontSize * 0.34;
		const y0 = scale(facts.period.start);
		const y1 = scale(Math.min(facts.period.end, d.era.end) - 1);
		// A day is a point in time even where the axis pauses for a stack of labels.
		const bar = facts.event.precision !== 'day' && y1 - y0 >= MIN_BAR;
		const upgrade = facts.event.kind === 'upgrade';
		// Labels stand at the start of their period; a bar on the axis shows the rest of it.
		const dateAt = y0;
		const bulletX = LABEL_X - 10;
		const [first = '', ...rest] = d.lines;
		const lead = first.startsWith(facts.dateLabel) ? facts.dateLabel : undefined;
		return {
			event: facts.event,
			source: facts.source,
			otherSources: facts.otherSources,
			era: d.era.id,
			dateLabel: facts.dateLabel,
			dateLong: facts.dateLong,
			accessibleName: facts.accessibleName,
			tooltip: facts.tooltip,
			mark: { shape: 'dot', cx: bulletX, cy: r(firstMid), r: upgrade ? UPGRADE_DOT : DOT },
			axisMark: bar
				? { shape: 'bar', x: AXIS_X - 2, y: r(y0), width: 4, height: r(y1 - y0) }
				: { shape: 'dot', cx: AXIS_X, cy: r(dateAt), r: 3 },
			pole: `M${AXIS_X + 4} ${r(dateAt)}L${bulletX - (upgrade ? UPGRADE_DOT : DOT) - 2} ${r(firstMid)}`,
			lines: [
				{
					x: LABEL_X,
					y: r(baseline(0)),
					text: lead ? first.slice(lead.length) : first,
					...(lead ? { lead } : {})
				},
				...rest.map((text, k) => ({ x: LABEL_X, y: r(baseline(k + 1)), text }))
			],
			textAnchor: 'start',
			box: {
				x: bulletX - 8,
				y: r(top),
				width: r(
					Math.min(
						width - bulletX + 6,
						18 + Math.max(...d.lines.map((l) => textWidth(l, fontSize)))
					)
				),
				height: d.size
			}
		};
	});

	return {
		width,
		height,
		fontSize,
		axisX: AXIS_X,
		blocks: blocks.map(({ era, y0, y1 }) => ({ era, y0: r(y0), y1: r(y1) })),
		ticks: timelineTicks(eras, scale, { minSpacing: line * 1.6 }).map((t) => ({
			...t,
			x: r(t.x)
		})),
		events: placedEvents
	};
}
