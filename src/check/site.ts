/**
 * The whole check, as `npm run check` and `npm run build` both run it: the
 * site settings (sahayak.yaml, with the line of each bad field), then
 * every content file, checked against the config's languages (or every
 * language when the config itself is broken), so one run lists everything.
 */
import { LOCALE_CODES } from '../i18n/locales.ts';
import { ContentError, type Problem } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { loadSiteConfig } from '../site/load.ts';
import { checkContent, type CheckResult } from './index.ts';

export interface SiteCheck {
  /** The resolved config, when it is valid. */
  config?: SiteConfig;
  /** Config problems first, then content problems by file. */
  problems: Problem[];
  content: CheckResult;
}

function configProblems(root: string, env: Record<string, string | undefined>): { config?: SiteConfig; problems: Problem[] } {
  try {
    return { config: loadSiteConfig(root, env), problems: [] };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}

export function checkSite(root: string, env: Record<string, string | undefined> = process.env): SiteCheck {
  const { config, problems } = configProblems(root, env);
  // Content is checked even when the config is broken, against every language, so all problems show in one run.
  const content = checkContent(root, config ?? { locales: [...LOCALE_CODES], defaultLocale: LOCALE_CODES[0] });
  return { config, problems: [...problems, ...content.problems], content };
}
