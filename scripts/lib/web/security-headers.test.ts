import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	HEADERS_FILE,
	NGINX_FILE,
	NGINX_LOCATIONS,
	NGINX_TRAILING_SLASH,
	renderHeadersFile,
	renderNginx
} from './host-files';
import {
	ERROR_HEADERS,
	HEADER_RULES,
	headersFor,
	matchingRules,
	patternToRegExp
} from './security-headers';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('headersFor', () => {
	it.each(['/', '/commitments', '/map'])('denies framing of the page %s', (path) => {
		const h = headersFor(path);
		expect(h['X-Frame-Options']).toBe('DENY');
		expect(h['Content-Security-Policy']).toBe(
			"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
		);
		expect(h['X-Content-Type-Options']).toBe('nosniff');
		expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
		expect(h['Cache-Control']).toBe('public, max-age=0, must-revalidate');
	});

	it('lets any site frame an embed, without X-Frame-Options', () => {
		const h = headersFor('/embed/commitments-by-chapter');
		expect(h['Content-Security-Policy']).toBe(
			"frame-ancestors *; object-src 'none'; base-uri 'self'"
		);
		expect(h).not.toHaveProperty('X-Frame-Options');
		expect(h['X-Content-Type-Options']).toBe('nosniff');
	});

	it('caches content-hashed assets for a year', () => {
		const h = headersFor('/_app/immutable/chunks/Bx1.js');
		expect(h['Cache-Control']).toBe(IMMUTABLE);
		expect(h).not.toHaveProperty('X-Frame-Options');
		expect(headersFor('/_app/version.json')['Cache-Control']).not.toBe(IMMUTABLE);
	});

	it('never has two rules set the same header on one path (hosts would disagree)', () => {
		const segment = fc.constantFrom('embed', '_app', 'immutable', 'map', 'a.js', 'x', '');
		fc.assert(
			fc.property(fc.array(segment, { maxLength: 4 }), (segments) => {
				const names = matchingRules(`/${segments.join('/')}`).flatMap((r) =>
					Object.keys(r.headers)
				);
				expect(new Set(names).size).toBe(names.length);
			})
		);
	});
});

describe('ERROR_HEADERS', () => {
	it('deny framing and never cache for a year', () => {
		expect(ERROR_HEADERS['X-Frame-Options']).toBe('DENY');
		expect(ERROR_HEADERS['Content-Security-Policy']).toMatch(/^frame-ancestors 'none';/);
		expect(ERROR_HEADERS['X-Content-Type-Options']).toBe('nosniff');
		expect(ERROR_HEADERS['Cache-Control']).toBe('public, max-age=0, must-revalidate');
	});
});

describe('patternToRegExp', () => {
	it('reads * as anything and :name as one segment', () => {
		expect(patternToRegExp('/*').test('/')).toBe(true);
		expect(patternToRegExp('/:page').test('/text')).toBe(true);
		expect(patternToRegExp('/:page').test('/embed/x')).toBe(false);
		expect(patternToRegExp('/:page').test('/')).toBe(false);
		expect(patternToRegExp('/_app/immutable/*').test('/_app/immutableX')).toBe(false);
	});
});

describe('host files', () => {
	it(`${HEADERS_FILE} is rendered from the rules`, () => {
		expect(readFileSync(resolve(ROOT, HEADERS_FILE), 'utf8')).toBe(renderHeadersFile());
	});

	it(`${NGINX_FILE} is rendered from the rules`, () => {
		expect(readFileSync(resolve(ROOT, NGINX_FILE), 'utf8')).toBe(renderNginx());
	});

	it("sends a file's Cache-Control from nginx on success only, the error headers on a 404", () => {
		const nginx = renderNginx();
		const at = nginx.indexOf('location @not-found {');
		expect(nginx.slice(0, at)).not.toMatch(/Cache-Control .* always;/);
		expect(nginx).toContain('error_page 404 @not-found;');
		const notFound = nginx.slice(at);
		for (const [name, value] of Object.entries(ERROR_HEADERS)) {
			expect(notFound).toContain(`add_header ${name} "${value}" always;`);
		}
	});

	it('redirects a trailing slash in nginx where pages are, to a path that stays on the site', () => {
		const nginx = renderNginx();
		const pageLocations = NGINX_LOCATIONS.filter((l) => l.pages);
		expect(nginx.split(NGINX_TRAILING_SLASH).length - 1).toBe(pageLocations.length);
		// The rewrite's regular expression, with nginx's \x5c read as a backslash.
		const [, source = ''] = /^rewrite (\S+) /.exec(NGINX_TRAILING_SLASH) ?? [];
		const regExp = new RegExp(source.replace('\\x5c', '\\\\'));
		const redirect = (path: string) => (regExp.test(path) ? path.replace(regExp, '/$1') : null);
		expect(redirect('/commitments/')).toBe('/commitments');
		expect(redirect('/embed/map//')).toBe('/embed/map');
		expect(redirect('//evil.com/')).toBe('/evil.com');
		expect(redirect('/\\evil.com/')).toBeNull();
		expect(redirect('/')).toBeNull();
	});

	it('gives every rule an nginx location that sends the same headers', () => {
		const prefixOf = (location: string) => location.replace(/^\^~ /, '');
		for (const rule of HEADER_RULES) {
			const example = rule.path.replace(/\*|:\w+/g, 'x');
			const chosen = [...NGINX_LOCATIONS]
				.filter((l) => example.startsWith(prefixOf(l.location)))
				.sort((a, b) => prefixOf(b.location).length - prefixOf(a.location).length)[0];
			expect(chosen, rule.path).toBeDefined();
			expect(headersFor(chosen?.sample ?? ''), rule.path).toEqual(headersFor(example));
		}
	});
});
