/**
 * Loading and resolving the site config: sahayak.config.ts validated,
 * defaults applied, SITE_URL / BASE_PATH / SAHAYAK_HOST read from the
 * environment. src/site/config.ts resolves this project's config with it for
 * the build and the pages; the checker loads any project's with it. Nothing
 * here imports the config file itself, so a broken config cannot stop the
 * checker from loading.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOSTS, type HostCapabilities } from '../schemas/hosts.ts';
import { resolveSiteConfig, type SiteConfig } from '../schemas/site-config.ts';

export type { SiteConfig };

/** What the configured host can do (forms, _headers, _redirects…). */
export function hostOf(config: Pick<SiteConfig, 'host'>): HostCapabilities {
  return HOSTS[config.host];
}

/** The config of the project at `root`. Throws a ContentError listing every problem. */
export async function loadSiteConfig(root: string, env: Record<string, string | undefined> = process.env): Promise<SiteConfig> {
  // A new query each time, so `astro dev` sees edits (Node keeps an imported module otherwise).
  const mod = await import(/* @vite-ignore */ `${pathToFileURL(path.join(root, 'sahayak.config.ts')).href}?v=${Date.now()}`);
  return resolveSiteConfig(mod.default, env);
}
