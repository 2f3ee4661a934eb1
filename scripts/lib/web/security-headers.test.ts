import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	HEADERS_FILE,
	NGINX_FILE,
	NGINX_LOCATIONS,
	renderHeadersFile,
	renderNginx
} from './host-files';
import { HEADER_RULES, headersFor, matchingRules, patternToRegExp } from './security-headers';

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
