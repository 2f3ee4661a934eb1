/**
 * Head markup that hides the /text filters when JavaScript is off: they could not work, and
 * the page then shows the whole annotated text. Our own constant, never data. It lives in a
 * module because a literal style tag inside a component's script confuses the Svelte parser.
 */
export const NO_SCRIPT_STYLE =
	'<noscript><style>.text-filters{display:none!important}</style></noscript>';
