import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAfterFirstPaint } from './start-after-paint';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** SvelteKit 2's start script, as adapter-static prerenders it (data shortened). */
const kitStartScript = (data: string) => `
	{
		__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 3], data: ${data}, form: null, error: null });
		});
	}
`;

const THEME_SCRIPT = `var t = localStorage.getItem('theme');`;

function page(startScript: string, cspHashes = [sha256(THEME_SCRIPT), sha256(startScript)]) {
	const sources = cspHashes.map((h) => `'${h}'`).join(' ');
	return (
		`<!doctype html><html><head>` +
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sources}">` +
		`<script>${THEME_SCRIPT}</script></head>` +
		`<body><div><p class="lede">Text</p><script>${startScript}</script></div></body></html>`
	);
}

/** The inline scripts of a page and the hashes its CSP allows. */
function scriptsAndPolicy(html: string) {
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
	const allowed = [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1] ?? '');
	return { scripts, allowed };
}

describe('startAfterFirstPaint', () => {
	it('makes the imports wait for a painted frame and keeps the rest of the script', () => {
		const out = startAfterFirstPaint(page(kitStartScript('[null,null]')));
		const start = scriptsAndPolicy(out).scripts[1] ?? '';
		expect(start).toMatch(/^[\s\S]*new Promise\(\(painted\) =>[\s\S]*requestAnimationFrame/);
		// The imports run inside the promise's continuation, and kit.start gets what they give.
		expect(start.indexOf('requestAnimationFrame')).toBeLessThan(start.indexOf('import('));
		expect(start).toContain('])).then(([kit, app]) => {');
		expect(start).toContain('kit.start(app, element, { node_ids: [0, 3], data: [null,null]');
		// Still a script a browser can parse.
		expect(() => new Function(start)).not.toThrow();
	});

	it("swaps the start script's hash in the CSP and leaves the other hashes alone", () => {
		const out = startAfterFirstPaint(page(kitStartScript('[null,null]')));
		const { scripts, allowed } = scriptsAndPolicy(out);
		expect(allowed).toEqual(scripts.map(sha256));
		expect(allowed[0]).toBe(sha256(THEME_SCRIPT));
	});

	it('copies the page data verbatim, $& and $` included', () => {
		const data = '[{"type":"data","data":{"q":"US$61 billion $& $` $\' $1"}}]';
		const out = startAfterFirstPaint(page(kitStartScript(data)));
		expect(out).toContain(`data: ${data}`);
		const { scripts, allowed } = scriptsAndPolicy(out);
		expect(allowed).toEqual(scripts.map(sha256));
	});

	it('returns a page without a start script unchanged', () => {
		const html = `<!doctype html><html><head></head><body><p>Static</p></body></html>`;
		expect(startAfterFirstPaint(html)).toBe(html);
	});

	it("fails the build when SvelteKit's start script has another form", () => {
		const changed = kitStartScript('[]').replace('Promise.all([', 'Promise.allSettled([');
		expect(() => startAfterFirstPaint(page(changed))).toThrow(/no longer has the expected form/);
	});

	it("fails the build when the CSP does not carry the start script's hash", () => {
		const script = kitStartScript('[]');
		expect(() => startAfterFirstPaint(page(script, [sha256(THEME_SCRIPT)]))).toThrow(
			/does not carry/
		);
	});
});
