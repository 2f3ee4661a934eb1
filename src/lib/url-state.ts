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

/** Replaces the URL's search (no new history entry, no scroll, focus kept). */
export function writeViewState(state: ViewState, order: readonly string[]): void {
	const url = new URL(window.location.href);
	url.search = viewSearch(state, order);
	void goto(url, { replaceState: true, noScroll: true, keepFocus: true });
}
