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
	/** The LCP element (its selector), to tell what a slow LCP waited to paint. */
	lcpElements: string[];
	/** Requests that held up the first paint (Lighthouse's render-blocking insight), as paths. */
	renderBlocking: string[];
}

const score = (lhr: LighthouseResult, id: string) =>
	Math.round((lhr.categories[id]?.score ?? 0) * 100);

const numeric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? NaN;

interface NetworkItem {
	resourceType?: string;
	transferSize?: number;
}

/** `details.items` of an audit, or none. */
function itemsOf(lhr: LighthouseResult, id: string): unknown[] {
	const details = lhr.audits[id]?.details;
	return details &&
		typeof details === 'object' &&
		'items' in details &&
		Array.isArray(details.items)
		? details.items
		: [];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

/**
 * The selector of the LCP element: the first table of the audit's list holds one row whose
 * `node` describes the element.
 */
function lcpElements(lhr: LighthouseResult): string[] {
	for (const table of itemsOf(lhr, 'largest-contentful-paint-element')) {
		if (!isRecord(table) || !Array.isArray(table.items)) continue;
		for (const row of table.items) {
			const node: unknown = isRecord(row) ? row.node : undefined;
			if (isRecord(node) && typeof node.selector === 'string') return [node.selector];
		}
	}
	return [];
}

/** Paths of the render-blocking requests (same origin as the page, so the path says which). */
const renderBlocking = (lhr: LighthouseResult): string[] =>
	itemsOf(lhr, 'render-blocking-insight').flatMap((row) =>
		isRecord(row) && typeof row.url === 'string' ? [new URL(row.url).pathname] : []
	);

export function measure(lhr: LighthouseResult): PageFigures {
	const requests = itemsOf(lhr, 'network-requests') as NetworkItem[];
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
		failingAudits,
		lcpElements: lcpElements(lhr),
		renderBlocking: renderBlocking(lhr)
	};
}

export function medianOf(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

type ListKey = 'failingAudits' | 'lcpElements' | 'renderBlocking';

/** Each numeric figure's median over the runs; the lists (audits, elements) from every run. */
export function median(runs: PageFigures[]): PageFigures {
	const of = (key: Exclude<keyof PageFigures, ListKey>) => medianOf(runs.map((r) => r[key]));
	const all = (key: ListKey) => [...new Set(runs.flatMap((r) => r[key]))];
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
		failingAudits: all('failingAudits'),
		lcpElements: all('lcpElements'),
		renderBlocking: all('renderBlocking')
	};
}
