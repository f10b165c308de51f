/**
 * This project's site config, resolved once (src/site/load.ts): the pages,
 * the data layer and the integrations take it from here. A broken config
 * never gets this far in a build: astro.config.mjs checks it first and stops
 * with every problem listed.
 */
import rawConfig from '../../sahayak.config.ts';
import { resolveSiteConfig } from '../schemas/site-config.ts';
import type { SiteConfig } from './load.ts';

export { hostOf, type SiteConfig } from './load.ts';

export const site: SiteConfig = resolveSiteConfig(rawConfig, process.env);

/** The project's folder (astro.config.mjs passes it to the build; scripts and tests run from it). */
export const projectRoot: string = import.meta.env?.SAHAYAK_ROOT ?? process.cwd();
