/**
 * The embed code a presenter pastes into a page: a responsive iframe and a few lines that
 * size it from the height the embed reports. The message carries a sender tag and the embed's
 * id; the listener checks both and matches the iframe by `event.source`, so other messages and
 * other iframes on the page are ignored.
 */
export const EMBED_MESSAGE_TYPE = 'vn-eu-dashboard:embed-height';

export interface EmbedHeightMessage {
	type: typeof EMBED_MESSAGE_TYPE;
	id: string;
	height: number;
}

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	return (
		m.type === EMBED_MESSAGE_TYPE &&
		typeof m.id === 'string' &&
		typeof m.height === 'number' &&
		Number.isFinite(m.height) &&
		m.height > 0 &&
		m.height < 20000
	);
}

const escapeAttribute = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(src: string, title: string, initialHeight = 520): string {
	return [
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;border:0;display:block" height="${initialHeight}" data-vn-eu-embed></iframe>`,
		'<script>',
		'(function () {',
		'  if (window.__vnEuEmbeds) return; window.__vnEuEmbeds = true;',
		"  window.addEventListener('message', function (e) {",
		`    var m = e.data; if (!m || m.type !== '${EMBED_MESSAGE_TYPE}' || typeof m.height !== 'number') return;`,
		"    var frames = document.querySelectorAll('iframe[data-vn-eu-embed]');",
		'    for (var i = 0; i < frames.length; i++) {',
		"      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(m.height) + 'px';",
		'    }',
		'  });',
		'})();',
		'</script>'
	].join('\n');
}
