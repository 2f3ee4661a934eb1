/**
 * A page's view state kept in the URL, as a rune: read from the address once the page has
 * mounted (prerendered pages have no query string), and followed on every navigation, so Back
 * and Forward step through a reader's selections. Each change is a history entry of its own.
 * Built on url-state.ts, the one module that touches search params.
 */
import { onMount } from 'svelte';
import { page } from '$app/state';
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
	// Before mount the page is the prerendered one, drawn with no selection: reading the
	// address then would make hydration disagree with the HTML.
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	const view = $derived(mounted ? readViewState(page.url.searchParams, checks) : {});
	const search = $derived(viewSearch(view, order));
	return {
		get current() {
			return view;
		},
		get search() {
			return search;
		},
		set(next) {
			writeViewState(next, order, 'push');
		}
	};
}
