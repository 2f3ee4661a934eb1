/**
 * The figures the web benchmark reports, read out of a Lighthouse result, and their median over
 * runs (each figure on its own).
 */

/** The parts of a Lighthouse result (LHR) read here. */
export interface LighthouseResult {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; numericValue?: number; details?: unknown }>;
}

export interface PageFigures {
	/** Category scores, 0–100. */
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	cls: number;
	lcpMs: number;
	tbtMs: number;
	/** Script bytes transferred during the load (no interaction happens in a Lighthouse run). */
	jsBytes: number;
	totalBytes: number;
	/** Weighted audits below full score in accessibility, best practices and SEO. */
	failingAudits: string[];
}

const score = (lhr: LighthouseResult, id: string) =>
	Math.round((lhr.categories[id]?.score ?? 0) * 100);

const numeric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? NaN;

interface NetworkItem {
	resourceType?: string;
	transferSize?: number;
}

export function measure(lhr: LighthouseResult): PageFigures {
	const details = lhr.audits['network-requests']?.details;
	const requests: NetworkItem[] =
		details && typeof details === 'object' && 'items' in details && Array.isArray(details.items)
			? details.items
			: [];
	const failingAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${category}/${ref.id}`)
	);
	return {
		performance: score(lhr, 'performance'),
		accessibility: score(lhr, 'accessibility'),
		bestPractices: score(lhr, 'best-practices'),
		seo: score(lhr, 'seo'),
		cls: numeric(lhr, 'cumulative-layout-shift'),
		lcpMs: numeric(lhr, 'largest-contentful-paint'),
		tbtMs: numeric(lhr, 'total-blocking-time'),
		jsBytes: requests
			.filter((r) => r.resourceType === 'Script')
			.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
		totalBytes: numeric(lhr, 'total-byte-weight'),
		failingAudits
	};
}

export function medianOf(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Each numeric figure's median over the runs; failing audits from every run. */
export function median(runs: PageFigures[]): PageFigures {
	const of = (key: Exclude<keyof PageFigures, 'failingAudits'>) =>
		medianOf(runs.map((r) => r[key]));
	return {
		performance: of('performance'),
		accessibility: of('accessibility'),
		bestPractices: of('bestPractices'),
		seo: of('seo'),
		cls: of('cls'),
		lcpMs: of('lcpMs'),
		tbtMs: of('tbtMs'),
		jsBytes: of('jsBytes'),
		totalBytes: of('totalBytes'),
		failingAudits: [...new Set(runs.flatMap((r) => r.failingAudits))]
	};
}
