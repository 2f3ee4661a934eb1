/**
 * UTF-8 bytes appended piece by piece into a buffer off the JavaScript heap. A batch's tables are
 * written into sinks document by document (analyse-batch.ts), so neither the rows nor their text
 * outlive the document they come from: what survives the young generation's collections is only
 * the bytes, which the collector never copies.
 */
export class Utf8Sink {
	private buffer = Buffer.allocUnsafeSlow(1 << 16);
	private length = 0;

	/**
	 * Appends the text in one pass (Buffer#write), with room for its largest encoding (3 bytes per
	 * UTF-16 unit) made first: `TextEncoder.encode` measures a text before it encodes it.
	 */
	append(text: string): void {
		const room = text.length * 3;
		if (this.length + room > this.buffer.length) {
			const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + room));
			this.buffer.copy(grown, 0, 0, this.length);
			this.buffer = grown;
		}
		this.length += this.buffer.write(text, this.length, 'utf8');
	}

	/** The bytes so far, in an ArrayBuffer of their own (it can be handed to another thread). */
	bytes(): Uint8Array {
		const bytes = new Uint8Array(this.length);
		bytes.set(this.buffer.subarray(0, this.length));
		return bytes;
	}
}
