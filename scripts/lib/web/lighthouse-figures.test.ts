import { describe, expect, it } from 'vitest';
import { measure, median, type LighthouseResult, type PageFigures } from './lighthouse-figures';

const lhr: LighthouseResult = {
	categories: {
		performance: { score: 0.97, auditRefs: [] },
		accessibility: { score: 0.93, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
		'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
		seo: {
			score: 0.92,
			auditRefs: [
				{ id: 'meta-description', weight: 1 },
				{ id: 'x', weight: 0 }
			]
		}
	},
	audits: {
		'color-contrast': { score: 0 },
		'errors-in-console': { score: 1 },
		'meta-description': { score: 0 },
		x: { score: 0 },
		'cumulative-layout-shift': { score: 1, numericValue: 0.012 },
		'largest-contentful-paint': { score: 1, numericValue: 1765.4 },
		'total-blocking-time': { score: 1, numericValue: 41 },
		'total-byte-weight': { score: 1, numericValue: 69_530 },
		'largest-contentful-paint-element': {
			score: 0,
			details: {
				type: 'list',
				items: [
					{ type: 'table', items: [{ node: { selector: 'main#main > div.page > p.lede' } }] },
					{ type: 'table', items: [{ phase: 'TTFB', timing: 532 }] }
				]
			}
		},
		'render-blocking-insight': {
			score: 0,
			details: {
				type: 'table',
				items: [
					{ url: 'http://localhost:4173/_app/immutable/assets/0.css', wastedMs: 232 },
					{ url: 'http://localhost:4173/theme.js', wastedMs: 382 }
				]
			}
		},
		'network-requests': {
			score: 1,
			details: {
				items: [
					{ resourceType: 'Document', transferSize: 9_000 },
					{ resourceType: 'Script', transferSize: 30_000 },
					{ resourceType: 'Script', transferSize: 12_345 },
					{ resourceType: 'Stylesheet', transferSize: 3_000 }
				]
			}
		}
	}
};

describe('measure', () => {
	it('reads scores, metrics, script bytes and the weighted audits below full score', () => {
		expect(measure(lhr)).toEqual({
			performance: 97,
			accessibility: 93,
			bestPractices: 100,
			seo: 92,
			cls: 0.012,
			lcpMs: 1765.4,
			tbtMs: 41,
			jsBytes: 42_345,
			totalBytes: 69_530,
			failingAudits: ['accessibility/color-contrast', 'seo/meta-description'],
			lcpElements: ['main#main > div.page > p.lede'],
			renderBlocking: ['/_app/immutable/assets/0.css', '/theme.js']
		});
	});

	it('reads a result without the LCP element or render-blocking audits as empty lists', () => {
		const audits = Object.fromEntries(
			Object.entries(lhr.audits).filter(
				([id]) => id !== 'largest-contentful-paint-element' && id !== 'render-blocking-insight'
			)
		);
		const figures = measure({ ...lhr, audits });
		expect(figures.lcpElements).toEqual([]);
		expect(figures.renderBlocking).toEqual([]);
	});
});

describe('median', () => {
	it('takes each figure’s median on its own and keeps every failing audit', () => {
		const run = (performance: number, jsBytes: number, failing: string[]): PageFigures => ({
			...measure(lhr),
			performance,
			jsBytes,
			failingAudits: failing
		});
		const m = median([run(90, 300, ['a']), run(99, 100, []), run(95, 200, ['b', 'a'])]);
		expect(m.performance).toBe(95);
		expect(m.jsBytes).toBe(200);
		expect(m.failingAudits).toEqual(['a', 'b']);
		expect(median([run(90, 100, []), run(96, 300, [])]).performance).toBe(93);
	});
});
