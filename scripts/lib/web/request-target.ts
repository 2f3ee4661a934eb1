/**
 * A request's target (the `/path?query` of the request line, as Node hands it over in req.url)
 * read the one way the static server reads it: percent-decoded segment by segment, with anything a
 * file name in build/ cannot hold refused, and `//` or a trailing slash answered by a redirect to
 * the canonical path (the pages' asset paths are relative: `/commitments/` would load
 * `/commitments/_app/...`). Never throws: every string is a path, a redirect or a refusal.
 */

export type RequestTarget =
	/** `pathname` is decoded and canonical: `/`, or `/` + non-empty segments, no trailing slash. */
	| { kind: 'path'; pathname: string }
	/** `location` is a same-origin path (it starts with one `/` then a character that is neither
	 * `/` nor `\`), so no target can redirect to another site. `pathname` is the decoded target. */
	| { kind: 'redirect'; location: string; pathname: string }
	| { kind: 'refused'; status: 400 | 414; reason: string };

/** Longer targets are answered 414 (the build's longest path is under 100 characters). */
export const MAX_TARGET_LENGTH = 2048;

const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z\d+.-]*:\/\//;
/** Characters no file name in build/ holds, after decoding: controls (NUL included), `/`, `\`. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\]/;

const refused = (reason: string, status: 400 | 414 = 400): RequestTarget => ({
	kind: 'refused',
	status,
	reason
});

/**
 * Node reads the request line as latin1, one character per byte: anything but visible ASCII is
 * escaped back to its byte (`%C3%A9`), so that raw UTF-8 decodes as UTF-8 and a Location header
 * repeats only visible ASCII.
 */
function escapeBytes(text: string): string {
	return text.replace(
		/[^\x21-\x7e]/g,
		(c) => `%${(c.charCodeAt(0) & 0xff).toString(16).toUpperCase().padStart(2, '0')}`
	);
}

export function parseRequestTarget(target: string): RequestTarget {
	if (target.length > MAX_TARGET_LENGTH) return refused('target too long', 414);
	let originForm = target;
	if (ABSOLUTE_FORM.test(target)) {
		// `GET http://host/path HTTP/1.1` (proxy form): only the path and query count here.
		try {
			const url = new URL(target);
			originForm = `${url.pathname}${url.search}`;
		} catch {
			return refused('malformed absolute URL');
		}
	}
	if (!originForm.startsWith('/')) return refused('target is not a path');

	const queryAt = originForm.search(/[?#]/);
	const rawPath = escapeBytes(queryAt === -1 ? originForm : originForm.slice(0, queryAt));
	const query = queryAt === -1 || originForm[queryAt] === '#' ? '' : originForm.slice(queryAt);

	const segments: string[] = [];
	let hasEmptySegment = false;
	for (const raw of rawPath.slice(1).split('/')) {
		if (raw === '') {
			hasEmptySegment = true;
			continue;
		}
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return refused('malformed percent-encoding');
		}
		if (FORBIDDEN_IN_SEGMENT.test(segment)) return refused('forbidden character in path');
		if (segment === '.' || segment === '..') return refused('dot segment in path');
		segments.push(segment);
	}

	const pathname = `/${segments.join('/')}`;
	// `/` alone is canonical; `//`, `/x/`, `/x//y` are not.
	if (!hasEmptySegment || rawPath === '/') return { kind: 'path', pathname };
	const location = `/${segments.map(encodeURIComponent).join('/')}${escapeBytes(query)}`;
	return { kind: 'redirect', location, pathname };
}
