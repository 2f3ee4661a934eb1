/**
 * SvelteKit's inline start script imports the app's entry modules as soon as the parser reaches
 * it, before the browser has painted the text: some twenty module requests (and the page's data,
 * $lib/page-data.ts) then share the network and the main thread with the document's first paint,
 * and Lighthouse counts each of them as on the way to the LCP. The page is readable without
 * JavaScript — text and charts are in the HTML — so the start script is made to wait until the
 * first contentful paint is on screen (AFTER_PAINT). Measured: waiting for one or two animation
 * frames was not enough, Chromium ran them before the frame that painted the text. That costs
 * the app a frame or two before it starts; a click in that time is kept and replayed (app.html).
 *
 * Rewriting the script changes its hash, so the page's CSP <meta> gets the new one in place of
 * the old. Both edits match SvelteKit's output exactly; if a SvelteKit upgrade changes it, the
 * build fails here rather than shipping a page whose start script its own CSP blocks.
 */
import { createHash } from 'node:crypto';

const START_IMPORTS = 'Promise.all([';
const START_THEN = ']).then(([kit, app]) => {';
/**
 * Resolves once the first contentful paint is on screen, plus one frame: a paint entry is
 * reported after its frame is presented. Without Paint Timing, two frames; a hidden tab paints
 * nothing and starts at once, and so does a page in a frame (an embed, or the off-screen frame
 * an export draws the map or the timeline in, which may never paint: its first paint is not
 * the host page's, and an export waited 3 s for it); whatever happens, the app starts after 3 s.
 */
const AFTER_PAINT = `new Promise((painted) => {
	if (document.visibilityState === "hidden" || window.top !== window) return painted();
	setTimeout(painted, 3000);
	const nextFrame = () => requestAnimationFrame(() => setTimeout(painted));
	if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("paint"))
		return requestAnimationFrame(nextFrame);
	new PerformanceObserver((entries, observer) => {
		if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
		observer.disconnect();
		nextFrame();
	}).observe({ type: "paint", buffered: true });
}).then(() => Promise.all([`;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The inline script that starts the app: the one that imports SvelteKit's entry. */
const START_SCRIPT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;

/**
 * The page with its start script deferred to after the first paint and its CSP updated; a page
 * with no start script (an error page rendered without one) comes back unchanged.
 */
export function startAfterFirstPaint(html: string): string {
	const match = START_SCRIPT.exec(html);
	if (!match) return html;
	const script = match[1] ?? '';
	if (!script.includes(START_IMPORTS) || !script.includes(START_THEN))
		throw new Error("start-after-paint: SvelteKit's start script no longer has the expected form");
	const deferred = script
		.replace(START_IMPORTS, AFTER_PAINT)
		.replace(START_THEN, ']))' + START_THEN.slice(2));
	const oldHash = sha256(script);
	if (!html.includes(`'${oldHash}'`))
		throw new Error("start-after-paint: the page's CSP does not carry its start script's hash");
	// Spliced, not String.replace: the script's data may hold `$&` and the like.
	const start = match.index + '<script>'.length;
	const withScript = html.slice(0, start) + deferred + html.slice(start + script.length);
	return withScript.replace(`'${oldHash}'`, () => `'${sha256(deferred)}'`);
}
