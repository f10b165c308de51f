/**
 * The whole check, as `npm run check` and `npm run build` both run it: the
 * site config (with the line of each bad field in sahayak.config.ts), then
 * every content file, checked against the config's languages (or every
 * language when the config itself is broken), so one run lists everything.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { ContentError, type Problem } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { loadSiteConfig } from '../site/load.ts';
import { checkContent, type CheckResult } from './index.ts';

export const CONFIG_FILE = 'sahayak.config.ts';

export interface SiteCheck {
  /** The resolved config, when it is valid. */
  config?: SiteConfig;
  /** Config problems first, then content problems by file. */
  problems: Problem[];
  content: CheckResult;
}

/** The line of a dotted field (`contact.email`, `locales.1`) in the config's source, found key by key. */
export function configLine(source: string, field: string): number | undefined {
  const lines = source.split(/\r?\n/);
  let from = lines.findIndex((l) => /defineSiteConfig\(|export default/.test(l));
  if (from < 0) from = 0;
  let found: number | undefined;
  for (const key of field.split('.')) {
    if (/^\d+$/.test(key) || key.startsWith('(')) break; // list items stay on their list's line
    const pattern = new RegExp(`(^|[\\s{,])['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`);
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index < 0) break;
    found = index;
    from = index;
  }
  return found === undefined ? undefined : found + 1;
}

async function configProblems(root: string, env: Record<string, string | undefined>): Promise<{ config?: SiteConfig; problems: Problem[] }> {
  try {
    return { config: await loadSiteConfig(root, env), problems: [] };
  } catch (error) {
    if (error instanceof ContentError) {
      const source = readFileSync(path.join(root, CONFIG_FILE), 'utf8');
      return { problems: error.problems.map((p) => ({ ...p, line: p.line ?? configLine(source, p.field) })) };
    }
    // The file does not load at all: a syntax error, or an import that fails.
    const e = error as Error & { code?: string };
    const at = /:(\d+)(?::\d+)?\b/.exec(String(e.stack ?? '').split('\n').find((l) => l.includes(CONFIG_FILE)) ?? '');
    return {
      problems: [
        {
          file: CONFIG_FILE,
          line: at ? Number(at[1]) : undefined,
          field: '(file)',
          expected: 'a config written like the demo: `export default defineSiteConfig({ … })` with each value in quotes and a comma after it',
          found: e.message.split('\n')[0],
        },
      ],
    };
  }
}

export async function checkSite(root: string, env: Record<string, string | undefined> = process.env): Promise<SiteCheck> {
  const { config, problems } = await configProblems(root, env);
  // Content is checked even when the config is broken, against every language, so all problems show in one run.
  const content = checkContent(root, config ?? { locales: [...LOCALE_CODES], defaultLocale: LOCALE_CODES[0] });
  return { config, problems: [...problems, ...content.problems], content };
}
