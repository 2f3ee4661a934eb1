/**
 * UTF-8 bytes appended piece by piece into buffers off the JavaScript heap. A batch's tables are
 * written into sinks document by document (analyse-batch.ts), so neither the rows nor their text
 * outlive the document they come from: what survives the young generation's collections is only
 * the bytes, which the collector never copies.
 */

/** Bytes of a chunk: a document's rows of one table are 2–110 KB of UTF-8. */
const CHUNK_BYTES = 1 << 18;

export class Utf8Sink {
	/** Filled chunks, each cut to what was written in it. */
	private readonly full: Uint8Array[] = [];
	private chunk = Buffer.alloc(0);
	private used = 0;

	/**
	 * Appends the text in one pass (Buffer#write), with room for its largest encoding (3 bytes per
	 * UTF-16 unit) made first: `TextEncoder.encode` measures a text before it encodes it. A text
	 * that does not fit goes to a new chunk: nothing written is ever copied before `bytes`.
	 */
	append(text: string): void {
		const room = text.length * 3;
		if (this.used + room > this.chunk.length) {
			if (this.used > 0) this.full.push(this.chunk.subarray(0, this.used));
			this.chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, room));
			this.used = 0;
		}
		this.used += this.chunk.write(text, this.used, 'utf8');
	}

	/** The bytes so far, in an ArrayBuffer of their own (it can be handed to another thread). */
	bytes(): Uint8Array {
		const parts = [...this.full, this.chunk.subarray(0, this.used)];
		const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		let at = 0;
		for (const part of parts) {
			bytes.set(part, at);
			at += part.length;
		}
		return bytes;
	}
}
