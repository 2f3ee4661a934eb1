/**
 * The Range header of a request read against the size of the file it asks for (RFC 9110 §14).
 * One range is served (206); a header that is malformed (`bytes=5-2`, `bytes=x`) or asks only for
 * bytes past the end is refused (416, `Content-Range: bytes *\/size`); several ranges, or a unit
 * other than bytes, get the whole file (200): RFC 9110 lets a server ignore Range, and no client
 * of a static dashboard needs multipart/byteranges.
 */

export type ByteRange =
	| { kind: 'whole' }
	/** Inclusive byte offsets, `start <= end < size`. */
	| { kind: 'part'; start: number; end: number }
	| { kind: 'unsatisfiable' };

/** `first-last`, `first-` or `-suffix`, digits only (RFC 9110 §14.1.1). */
const RANGE_SPEC = /^(?:(\d+)-(\d*)|-(\d+))$/;

export function parseByteRange(header: string | undefined, size: number): ByteRange {
	if (header === undefined) return { kind: 'whole' };
	const equals = header.indexOf('=');
	if (equals === -1) return { kind: 'unsatisfiable' };
	// A unit the server does not know is ignored (§14.2), not refused.
	if (header.slice(0, equals).trim().toLowerCase() !== 'bytes') return { kind: 'whole' };
	// Empty list elements are allowed and skipped (§5.6.1).
	const specs = header
		.slice(equals + 1)
		.split(',')
		.map((spec) => spec.trim())
		.filter((spec) => spec !== '');
	const parsed = specs.map((spec) => RANGE_SPEC.exec(spec));
	const valid = (match: RegExpExecArray | null): match is RegExpExecArray =>
		match !== null && !(match[2] && Number(match[2]) < Number(match[1]));
	if (parsed.length === 0 || !parsed.every(valid)) return { kind: 'unsatisfiable' };
	const [first, last, suffix] = (parsed[0] as RegExpExecArray).slice(1);
	if (parsed.length > 1) return { kind: 'whole' };
	if (suffix !== undefined) {
		const length = Math.min(Number(suffix), size);
		return length === 0
			? { kind: 'unsatisfiable' }
			: { kind: 'part', start: size - length, end: size - 1 };
	}
	const start = Number(first);
	if (start >= size) return { kind: 'unsatisfiable' };
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	return { kind: 'part', start, end };
}
