import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TARGET_LENGTH, parseRequestTarget } from './request-target';

describe('parseRequestTarget', () => {
	it.each([
		['/', '/'],
		['/commitments', '/commitments'],
		['/commitments?chapter=3', '/commitments'],
		['/caf%C3%A9', '/café'],
		['/embed/map', '/embed/map'],
		['http://other.example/map?x', '/map']
	])('reads %s as the path %s', (target, pathname) => {
		expect(parseRequestTarget(target)).toEqual({ kind: 'path', pathname });
	});

	it.each([
		['//', '/'],
		['///', '/'],
		['//[', '/%5B'],
		['/commitments/', '/commitments'],
		['/commitments/?chapter=3', '/commitments?chapter=3'],
		['/map//', '/map'],
		['/a//b', '/a/b'],
		['//evil.com', '/evil.com'],
		['//evil.com/', '/evil.com'],
		['/map/?q=a b\r', '/map?q=a%20b%0D'],
		['http://other.example//x/', '/x']
	])('redirects %s to %s', (target, location) => {
		expect(parseRequestTarget(target)).toMatchObject({ kind: 'redirect', location });
	});

	it.each([
		'/%ZZ',
		'/%',
		'/%C3',
		'/%00',
		'/a%00.html',
		'/%0d%0aSet-Cookie:x',
		'/..',
		'/../etc/passwd',
		'/..%2f..%2fetc/passwd',
		'/%2e%2e/etc/passwd',
		'/.',
		'/a\\b',
		'/%5C..%5C',
		'/%2Fevil.com/',
		'*',
		'commitments',
		'http://[::1'
	])('refuses %s with 400', (target) => {
		expect(parseRequestTarget(target)).toMatchObject({ kind: 'refused', status: 400 });
	});

	it('refuses an overlong target with 414', () => {
		expect(parseRequestTarget(`/${'x'.repeat(MAX_TARGET_LENGTH)}`)).toMatchObject({
			kind: 'refused',
			status: 414
		});
	});

	it('reads raw UTF-8 bytes (latin1 characters in req.url) as UTF-8', () => {
		const raw = Buffer.from('/café', 'utf8').toString('latin1');
		expect(parseRequestTarget(raw)).toEqual({ kind: 'path', pathname: '/café' });
	});

	it('never throws, and redirects only to a same-origin path of visible ASCII', () => {
		const char = fc.constantFrom(
			'/',
			'\\',
			'%',
			'.',
			'?',
			'#',
			'a',
			'é',
			'2',
			'F',
			'C',
			'5',
			':',
			'@'
		);
		fc.assert(
			fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
				const answer = parseRequestTarget(`/${chars.join('')}`);
				if (answer.kind === 'redirect') {
					expect(answer.location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
				}
				// Canonical: `/`, or segments that are never empty.
				if (answer.kind === 'path') expect(answer.pathname).toMatch(/^\/$|^(\/[^/]+)+$/);
			})
		);
	});
});
