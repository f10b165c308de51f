/**
 * This project's site settings, resolved once: astro.config.mjs reads
 * `sahayak.yaml` (src/project/settings.ts) and hands the result to the build,
 * where the pages, the data layer and the components take it from here. A
 * broken file never gets this far in a build: the content check stops it in
 * the build's setup, with every problem listed. Outside a build (unit tests) it is read from the
 * working folder.
 */
import { loadSiteConfig, type SiteConfig } from '../project/settings.ts';

export { hostOf, type SiteConfig } from '../project/settings.ts';

export const site: SiteConfig =
  typeof __SAHAYAK_SITE__ !== 'undefined' ? __SAHAYAK_SITE__ : loadSiteConfig(process.cwd(), process.env);

/** The project's folder (astro.config.mjs passes it to the build; scripts and tests run from it). */
export const projectRoot: string = typeof __SAHAYAK_ROOT__ !== 'undefined' ? __SAHAYAK_ROOT__ : process.cwd();
