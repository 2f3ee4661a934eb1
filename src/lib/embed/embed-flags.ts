/**
 * Flags an embed takes in its URL: `theme=light|dark|auto`, `plain=1` (no title or footer),
 * `transparent=1` (no page background). Anything else is left to the chart's own parameters.
 */
export interface EmbedFlags {
	theme: 'light' | 'dark' | 'auto';
	plain: boolean;
	transparent: boolean;
}

export function readEmbedFlags(params: URLSearchParams): EmbedFlags {
	const theme = params.get('theme');
	return {
		theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
		plain: params.get('plain') === '1',
		transparent: params.get('transparent') === '1'
	};
}

const FLAG_KEYS = new Set(['theme', 'plain', 'transparent']);

/** The chart's own parameters (no embed flags), to reopen the same view on the site. */
export function viewParams(params: URLSearchParams): string {
	const kept = new URLSearchParams();
	for (const [k, v] of params) if (!FLAG_KEYS.has(k)) kept.append(k, v);
	const s = kept.toString();
	return s ? `?${s}` : '';
}
