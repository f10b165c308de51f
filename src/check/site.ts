/**
 * The whole check, as `npm run check` and `npm run build` both run it: the
 * site settings (sahayak.yaml, with the line of each bad field), then
 * every content file, checked against the config's languages (or every
 * language when the config itself is broken), so one run lists everything.
 * Warnings: translations missing, webinars over without a recording, what is
 * still the demo's, testimonials with consent but no record of it or waiting
 * for approval; with `history` (npm run check), translations older than
 * their original too, and the per-language summary.
 */
import { LOCALE_CODES } from '../languages/table.ts';
import { ContentError, type Problem } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { loadSiteConfig } from '../project/settings.ts';
import { buildNow } from '../project/now.ts';
import { consentWarnings } from './consent.ts';
import { demoLeftovers } from './demo.ts';
import { checkContent, type CheckResult, type Warning } from './index.ts';
import { staleTranslations, translationSummary, type TranslationSummary } from './translations.ts';
import { webinarsWithoutReplay } from './recordings.ts';

export interface SiteCheck {
  /** The resolved config, when it is valid. */
  config?: SiteConfig;
  /** Config problems first, then content problems by file. */
  problems: Problem[];
  content: CheckResult;
  /** With `history`: translated, missing and stale entries per collection and language. */
  summary?: TranslationSummary;
}

function configProblems(
  root: string,
  env: Record<string, string | undefined>,
): { config?: SiteConfig; problems: Problem[] } {
  try {
    return { config: loadSiteConfig(root, env), problems: [] };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}

export function checkSite(
  root: string,
  env: Record<string, string | undefined> = process.env,
  options: { history?: boolean } = {},
): SiteCheck {
  const { config, problems } = configProblems(root, env);
  // Content is checked even when the config is broken, against every language, so all problems show in one run.
  const languages = config ?? { locales: [...LOCALE_CODES], defaultLocale: LOCALE_CODES[0] };
  const content = checkContent(root, languages);
  content.warnings.push(
    ...content.entries
      .filter((e) => e.raw.draft === true)
      .map((e): Warning => ({ kind: 'draft', file: e.file, collection: e.collection, id: e.id, params: {} })),
    ...webinarsWithoutReplay(content.entries, buildNow(env)),
    ...demoLeftovers(root, content.entries),
    ...consentWarnings(content.entries),
  );
  let summary: TranslationSummary | undefined;
  if (options.history) {
    const stale = staleTranslations(root, content.entries, languages);
    content.warnings.push(...stale);
    summary = translationSummary(content.entries, languages, stale);
  }
  return { config, problems: [...problems, ...content.problems], content, summary };
}
