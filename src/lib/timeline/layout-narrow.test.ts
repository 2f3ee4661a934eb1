import { describe, expect, it } from 'vitest';
import { eventPeriod } from './event-dates';
import { narrowLayout } from './layout-narrow';
import { seedEvents } from './seed-events';
import { textWidth } from './text-measure';

const { events, docKinds } = seedEvents();

describe('the vertical timeline (seed events)', () => {
	for (const width of [294, 520]) {
		describe(`at ${width} px`, () => {
			const layout = narrowLayout(events, { width, docNames: docKinds });

			it('stacks every label below the one before it, in time order', () => {
				expect(layout.events).toHaveLength(44);
				for (let i = 1; i < layout.events.length; i++) {
					const before = layout.events[i - 1]!.box;
					expect(layout.events[i]!.box.y).toBeGreaterThanOrEqual(before.y + before.height);
				}
			});
			it('keeps every line inside the figure', () => {
				for (const e of layout.events) {
					for (const line of e.lines) {
						const lead = line.lead ? textWidth(line.lead, 13, true) : 0;
						expect(line.x + lead + textWidth(line.text, 13)).toBeLessThanOrEqual(width);
					}
				}
			});
			it('starts each label with its date, in bold', () => {
				const upgrade = layout.events.find((e) => e.event.kind === 'upgrade');
				expect(upgrade?.lines[0]?.lead).toBe('29 Jan 2026');
				expect(layout.events.every((e) => e.lines[0]?.lead === e.dateLabel)).toBe(true);
			});
			it('sets the first label of each date level with its place on the axis', () => {
				const seen = new Set<number>();
				for (const e of layout.events) {
					const start = eventPeriod(e.event.date, e.event.precision).start;
					if (seen.has(start)) continue;
					seen.add(start);
					const axis = e.axisMark;
					const at = axis?.shape === 'dot' ? axis.cy : axis?.y;
					expect(e.mark.shape === 'dot' && Math.abs(e.mark.cy - (at ?? 0))).toBeLessThan(1.5);
				}
			});
			it('draws a month or a year as a bar on the axis and a day as a dot', () => {
				const byId = (id: string) => layout.events.find((e) => e.event.eventId.startsWith(id));
				expect(byId('2025-35th-anniversary')?.axisMark?.shape).toBe('bar');
				expect(byId('2025-11-vietnam-eu-day')?.axisMark?.shape).toBe('bar');
				expect(byId('2026-01-29-joint-statement')?.axisMark?.shape).toBe('dot');
			});
		});
	}
});
