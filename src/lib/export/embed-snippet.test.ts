import { describe, expect, it } from 'vitest';
import { EMBED_MESSAGE_TYPE, embedSnippet, isEmbedHeightMessage } from './embed-snippet';

describe('embed snippet', () => {
	it('validates the height message', () => {
		expect(isEmbedHeightMessage({ type: EMBED_MESSAGE_TYPE, id: 'map', height: 640 })).toBe(true);
		expect(isEmbedHeightMessage({ type: 'other', id: 'map', height: 640 })).toBe(false);
		expect(isEmbedHeightMessage({ type: EMBED_MESSAGE_TYPE, id: 'map', height: -1 })).toBe(false);
		expect(isEmbedHeightMessage('640')).toBe(false);
	});
	it('escapes the address and title and matches frames by event.source', () => {
		const s = embedSnippet('https://x.test/embed/a?b=1&c="2"', 'A <b> "title"');
		expect(s).toContain('src="https://x.test/embed/a?b=1&amp;c=&quot;2&quot;"');
		expect(s).toContain('title="A &lt;b> &quot;title&quot;"');
		expect(s).toContain('contentWindow === e.source');
		expect(s).toContain(EMBED_MESSAGE_TYPE);
	});
});
