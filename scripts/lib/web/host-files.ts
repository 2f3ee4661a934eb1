/**
 * The host configuration files, rendered from the header rules in security-headers.ts:
 * `static/_headers` (Netlify, Cloudflare Pages; copied into build/ by the adapter) and
 * `scripts/hosting/nginx.conf`. Written by write-host-files.ts; a test checks the committed files
 * equal these renderings.
 */
import { ERROR_HEADERS, HEADER_RULES, HOST_CONFIG_FILES, headersFor } from './security-headers';

export const HEADERS_FILE = 'static/_headers';
export const NGINX_FILE = 'scripts/hosting/nginx.conf';
const REGENERATE = 'npx tsx scripts/lib/web/write-host-files.ts';

const generatedNote = (file: string) => [
	`# ${file}: generated from scripts/lib/web/security-headers.ts by`,
	`# \`${REGENERATE}\`. Do not edit by hand: a test compares them.`
];

export function renderHeadersFile(): string {
	const lines = [
		...generatedNote(HEADERS_FILE),
		'# Netlify / Cloudflare Pages header rules. No two rules set the same header on one path.',
		'#',
		'# Trailing slashes: Cloudflare Pages answers /commitments/ with a 308 to /commitments (its',
		'# default html_handling, as commitments.html exists). Netlify matches each rule with or',
		'# without a trailing slash (netlify/build headers-parser: ^/<rule>/?$), so /commitments/',
		"# gets the page's headers; whether it also redirects depends on its Pretty URLs setting. A",
		'# _redirects rule /:page/ -> /:page would loop on Netlify, which ignores trailing slashes in',
		'# redirect sources: none is shipped. Check a deploy with curl -I <site>/commitments/.'
	];
	for (const rule of HEADER_RULES) {
		lines.push('', `# ${rule.why}`, rule.path);
		for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
	}
	return `${lines.join('\n')}\n`;
}

/** A header is repeated on error answers (`always`) unless it describes the file sent. */
const nginxHeader = (name: string, value: string) =>
	`    add_header ${name} "${value}"${name === 'Cache-Control' ? '' : ' always'};`;

/**
 * nginx locations and a path each stands for. An `add_header` inside a location replaces every
 * inherited one, so each location lists all of its headers. Locations of pages redirect a
 * trailing slash inside the location, so that the 301 carries the page's headers.
 */
export const NGINX_LOCATIONS: readonly { location: string; sample: string; pages: boolean }[] = [
	{ location: '/', sample: '/commitments', pages: true },
	{ location: '^~ /embed/', sample: '/embed/chart', pages: true },
	{ location: '^~ /_app/immutable/', sample: '/_app/immutable/entry/app.js', pages: false }
];

export const NGINX_TRAILING_SLASH = 'rewrite ^/+([^/\\x5c].*?)/+$ /$1 permanent;';

export function renderNginx(): string {
	const lines = [
		...generatedNote(NGINX_FILE),
		'#',
		'# The site as a static host serves it. Include inside a server block whose root is the',
		'# deployed build/ directory:',
		'#',
		'#   server {',
		'#       listen 443 ssl;',
		'#       server_name dashboard.example.org;',
		'#       root /srv/vn-eu-dashboard/build;',
		'#       include /srv/vn-eu-dashboard/nginx.conf;',
		'#   }',
		'',
		'# The adapter writes .gz and .br beside every text file: send those, compress nothing live.',
		'gzip_static on;',
		'# brotli_static on;  # with the ngx_brotli module',
		'',
		'# One address per page: in the locations of pages, /commitments/ (or any trailing slashes)',
		"# is a 301 to /commitments, as with npm start; under /commitments/ the pages' relative asset",
		'# paths would miss. The capture never starts with / or \\ (\\x5c), so the Location stays on',
		'# this site; nginx escapes captures of an escaped URI, so no %0d%0a reaches the header; the',
		'# query is kept. merge_slashes (on by default) has made // into / before.',
		'',
		'# Every 404, also under /embed/ and /_app/immutable/, answers with the headers of an error:',
		'# framing denied, never the year-long cache of an asset.',
		'error_page 404 @not-found;',
		''
	];
	for (const file of HOST_CONFIG_FILES) lines.push(`location = ${file} { return 404; }`);
	for (const { location, sample, pages } of NGINX_LOCATIONS) {
		lines.push('', `location ${location} {`);
		if (pages) lines.push(`    ${NGINX_TRAILING_SLASH}`);
		// Pages are prerendered as <name>.html: /commitments is commitments.html.
		lines.push('    try_files $uri $uri.html $uri/index.html =404;');
		for (const [name, value] of Object.entries(headersFor(sample))) {
			lines.push(nginxHeader(name, value));
		}
		lines.push('}');
	}
	lines.push(
		'',
		'location @not-found {',
		'    types { }',
		'    default_type "text/plain; charset=utf-8";'
	);
	for (const [name, value] of Object.entries(ERROR_HEADERS)) {
		lines.push(`    add_header ${name} "${value}" always;`);
	}
	lines.push('    return 404 "Not Found\\n";', '}');
	return `${lines.join('\n')}\n`;
}
