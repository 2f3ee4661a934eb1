/** The pages under test: see scripts/lib/web/site-pages.ts. */
import { resolve } from 'node:path';
import { sitePaths } from '../../../scripts/lib/web/site-pages';

export { isEmbed, NAV_PATHS } from '../../../scripts/lib/web/site-pages';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Pages whose content is visuals: each must hold at least one chart figure. */
export const VISUAL_PATHS: string[] = ['/commitments', '/sectors', '/compare', '/map', '/timeline'];

/** Every page of the built site, navigation first. */
export const allPaths = () => sitePaths(resolve(ROOT, 'build'));
