/**
 * The one module that reads and writes view state in the URL (filters, selections), so every
 * view has a link that reopens it and embeds take the same parameters. Pages are prerendered,
 * so the state is read in the browser only (after mount), never during prerender.
 */
import { goto } from '$app/navigation';

export type ViewState = Record<string, string>;

/** Keeps only the keys a view knows, and only values that pass its check. */
export function readViewState(
	params: URLSearchParams,
	allowed: Record<string, (value: string) => boolean>
): ViewState {
	const state: ViewState = {};
	for (const [key, valid] of Object.entries(allowed)) {
		const value = params.get(key);
		if (value !== null && value !== '' && valid(value)) state[key] = value;
	}
	return state;
}

/** The search string for a state, keys in a stable order ("" when empty). */
export function viewSearch(state: ViewState, order: readonly string[]): string {
	const params = new URLSearchParams();
	for (const key of order) {
		const value = state[key];
		if (value) params.set(key, value);
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}

/**
 * How a change reaches the browser history: `push` makes it an entry of its own, so Back undoes
 * it and stays on the page (a reader's selection); `replace` rewrites the current entry (a
 * filter that is tuned rather than chosen).
 */
export type HistoryEntry = 'push' | 'replace';

/** Writes the URL's search without scrolling or moving focus. */
export function writeViewState(
	state: ViewState,
	order: readonly string[],
	entry: HistoryEntry = 'replace'
): void {
	const url = new URL(window.location.href);
	url.search = viewSearch(state, order);
	if (url.href === window.location.href) return; // the same view: no empty history entry
	void goto(url, { replaceState: entry === 'replace', noScroll: true, keepFocus: true });
}
