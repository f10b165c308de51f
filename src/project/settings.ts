/**
 * Loading and resolving the site settings: `sahayak.yaml` read (UTF-8,
 * YAML), validated, defaults applied, SITE_URL / BASE_PATH / SAHAYAK_HOST
 * read from the environment. astro.config.mjs resolves them once for the
 * build (src/site/config.ts hands them to the pages); the checker and the
 * scripts load any project's with it. Every problem carries its line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { ContentError, type Problem } from '../schemas/errors.ts';
import { HOSTS, type HostCapabilities } from '../schemas/hosts.ts';
import { SETTINGS_FILE, fallbackSiteConfig, resolveSiteConfig, type SiteConfig } from '../schemas/site-config.ts';
import { lineOf, readText } from './source.ts';

export type { SiteConfig };

/** What the configured host can do (forms, _headers, _redirects…). */
export function hostOf(config: Pick<SiteConfig, 'host'>): HostCapabilities {
  return HOSTS[config.host];
}

/** The settings of the project at `root`. Throws a ContentError listing every problem, each with its line. */
export function loadSiteConfig(root: string, env: Record<string, string | undefined> = process.env): SiteConfig {
  const file = SETTINGS_FILE;
  if (!existsSync(path.join(root, file))) {
    throw new ContentError([
      {
        file,
        field: '(file)',
        expected: `the site settings in ${file} at the top of the project (copy the demo's and change the values)`,
        found: 'no such file',
      },
    ]);
  }
  const text = readText(root, file);
  if (typeof text !== 'string') throw new ContentError([text]);
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = yaml.load(source, { filename: file, schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    throw new ContentError([
      {
        file,
        line: e.mark ? e.mark.line + 1 : undefined,
        field: '(YAML syntax)',
        expected: 'valid YAML: "field: value" lines, nested fields indented with spaces',
        found: e.reason ?? String(error),
      },
    ]);
  }
  try {
    return resolveSiteConfig(data, env, file);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const withLines = error.problems.map((p: Problem) => ({ ...p, line: p.line ?? nearestLine(source, p.field) }));
    throw new ContentError(withLines);
  }
}

/**
 * The settings astro.config.mjs reads when it is loaded (the site's address,
 * base and languages): those of `sahayak.yaml` or, while it has problems,
 * placeholders, so that `astro dev` runs and shows the problems. The content
 * check lists them (src/build/content-check.ts), and a build stops there.
 */
export function settingsOrPlaceholders(
  root: string,
  env: Record<string, string | undefined> = process.env,
): SiteConfig {
  try {
    return loadSiteConfig(root, env);
  } catch (error) {
    if (error instanceof ContentError) return fallbackSiteConfig();
    throw error;
  }
}

/** The line of a field, or of the nearest field above it that is there. */
function nearestLine(source: string, field: string): number | undefined {
  const keys = field.split('.');
  for (let n = keys.length; n > 0; n--) {
    const line = lineOf({ source, firstLine: 1 }, keys.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}
