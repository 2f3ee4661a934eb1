/**
 * A page's view state kept in the URL, as a rune: read from the address once the page has
 * mounted (prerendered pages have no query string), written back on every change. Built on
 * url-state.ts, the one module that touches search params.
 */
import { onMount } from 'svelte';
import { readViewState, viewSearch, writeViewState, type ViewState } from './url-state';

export interface UrlView {
	/** The current state (keys of `order` only). */
	readonly current: ViewState;
	/** The state as a search string, for links and embeds ("?chapter=3"). */
	readonly search: string;
	set(next: ViewState): void;
}

/** Call during component initialisation. */
export function urlView(
	order: readonly string[],
	checks: Record<string, (value: string) => boolean>
): UrlView {
	let view = $state<ViewState>({});
	const search = $derived(viewSearch(view, order));
	onMount(() => {
		// Read once, not reactive state: the rune is `view`.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		view = readViewState(new URLSearchParams(window.location.search), checks);
	});
	return {
		get current() {
			return view;
		},
		get search() {
			return search;
		},
		set(next) {
			view = next;
			writeViewState(next, order);
		}
	};
}
