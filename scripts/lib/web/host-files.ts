/**
 * The host configuration files, rendered from the header rules in security-headers.ts:
 * `static/_headers` (Netlify, Cloudflare Pages; copied into build/ by the adapter) and
 * `scripts/hosting/nginx.conf`. Written by write-host-files.ts; a test checks the committed files
 * equal these renderings.
 */
import { HEADER_RULES, HOST_CONFIG_FILES, headersFor } from './security-headers';

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
		'# Netlify / Cloudflare Pages header rules. No two rules set the same header on one path.'
	];
	for (const rule of HEADER_RULES) {
		lines.push('', `# ${rule.why}`, rule.path);
		for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * nginx locations and a path each stands for. An `add_header` inside a location replaces every
 * inherited one, so each location lists all of its headers.
 */
export const NGINX_LOCATIONS: readonly { location: string; sample: string }[] = [
	{ location: '/', sample: '/commitments' },
	{ location: '^~ /embed/', sample: '/embed/chart' },
	{ location: '^~ /_app/immutable/', sample: '/_app/immutable/entry/app.js' }
];

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
		''
	];
	for (const file of HOST_CONFIG_FILES) lines.push(`location = ${file} { return 404; }`);
	for (const { location, sample } of NGINX_LOCATIONS) {
		lines.push('', `location ${location} {`);
		// Pages are prerendered as <name>.html: /commitments is commitments.html.
		lines.push('    try_files $uri $uri.html $uri/index.html =404;');
		for (const [name, value] of Object.entries(headersFor(sample))) {
			lines.push(`    add_header ${name} "${value}" always;`);
		}
		lines.push('}');
	}
	return `${lines.join('\n')}\n`;
}
