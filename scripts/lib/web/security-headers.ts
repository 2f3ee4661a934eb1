/**
 * The HTTP headers the site is served with: one list of rules for `npm start` (scripts/serve.ts),
 * the static hosts' `static/_headers` (Netlify, Cloudflare Pages) and the nginx snippet
 * (scripts/hosting/nginx.conf). The two host files are rendered from these rules and a test
 * compares them byte for byte, so they cannot drift.
 *
 * Rule paths use the `_headers` syntax: `*` matches anything (slashes included), `:name` one path
 * segment. No two rules set the same header on one path: Cloudflare Pages would join both values
 * with a comma (for a CSP that means two policies, the stricter winning) while Netlify keeps
 * one, so overlapping rules would behave differently per host. That is why framing is denied on
 * `/` and `/:page` (every page but the nested `/embed/<chart>`) rather than on `/*`.
 *
 * The page's own CSP (scripts, styles, hashes) comes from SvelteKit's `kit.csp` as a <meta> tag;
 * browsers ignore `frame-ancestors` there, so framing rules must be HTTP headers (these).
 */

export type Headers = Readonly<Record<string, string>>;

export interface HeaderRule {
	/** `_headers` path pattern. */
	readonly path: string;
	/** Why the rule exists (written into the host files as a comment). */
	readonly why: string;
	readonly headers: Headers;
}

/** Hardening that holds in every document and is not expressible in a <meta> CSP. */
const DOCUMENT_CSP = "object-src 'none'; base-uri 'self'";

const DENY_FRAMING: Headers = {
	'Content-Security-Policy': `frame-ancestors 'none'; ${DOCUMENT_CSP}`,
	'X-Frame-Options': 'DENY'
};

export const HEADER_RULES: readonly HeaderRule[] = [
	{
		path: '/*',
		why: 'Everything: no MIME sniffing; send only the origin to other sites.',
		headers: {
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin'
		}
	},
	{ path: '/', why: 'The overview may not be framed.', headers: DENY_FRAMING },
	{ path: '/:page', why: 'Top-level pages may not be framed.', headers: DENY_FRAMING },
	{
		path: '/statements/:id',
		why: 'A statement’s page may not be framed.',
		headers: DENY_FRAMING
	},
	{
		path: '/embed/*',
		why: 'Embeds exist to be framed by any site.',
		headers: { 'Content-Security-Policy': `frame-ancestors *; ${DOCUMENT_CSP}` }
	},
	{
		path: '/_app/immutable/*',
		why: 'Content-hashed file names: cache for a year.',
		headers: { 'Cache-Control': 'public, max-age=31536000, immutable' }
	}
];

/**
 * Where no rule sets Cache-Control: revalidate every time (cheap with ETags). It is what Netlify
 * and Cloudflare Pages send by default, so `_headers` omits it; our server and nginx send it.
 */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Files in the build that hosts use as configuration and never serve. */
export const HOST_CONFIG_FILES: readonly string[] = ['/_headers'];

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A `_headers` path pattern as a RegExp over the URL path. */
export function patternToRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
		.join('');
	return new RegExp(`^${source}$`);
}

const COMPILED = HEADER_RULES.map((rule) => ({ rule, regExp: patternToRegExp(rule.path) }));

/** The rules whose path matches `pathname`, in file order. */
export function matchingRules(pathname: string): HeaderRule[] {
	return COMPILED.filter(({ regExp }) => regExp.test(pathname)).map(({ rule }) => rule);
}

/** Every header to send for `pathname` (the default Cache-Control included). */
export function headersFor(pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of matchingRules(pathname)) Object.assign(headers, rule.headers);
	headers['Cache-Control'] ??= DEFAULT_CACHE_CONTROL;
	return headers;
}

/**
 * Headers of every answer that is not a file of the site — a 404 (under `/_app/immutable/` and
 * `/embed/` too), a refused request, a server error: a page's headers, framing denied, and the
 * revalidating Cache-Control, never the year-long one (a missing asset may be deployed later).
 */
export const ERROR_HEADERS: Headers = headersFor('/');
