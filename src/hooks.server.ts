import type { Handle } from '@sveltejs/kit';
import { inlineStashedSvgs } from '$lib/charts/server-svg';

/** Server-rendered charts are inlined into the prerendered HTML here (see server-svg.ts). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => inlineStashedSvgs(html) });
