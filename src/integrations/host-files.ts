/**
 * Writes the host files that depend on the build, after it:
 * - `_headers` (Netlify): public/_headers with paths under the base, plus the
 *   Content-Security-Policy as an HTTP header. Each page's <meta> policy lists
 *   that page's hashes; the header carries the union of all pages' sources
 *   and adds `frame-ancestors 'none'` (which a <meta> cannot set). Browsers
 *   enforce both, so each page stays limited to its own hashes.
 * - `_redirects` (Netlify): `/` to the visitor's language by Accept-Language.
 * GitHub Pages ignores both files.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site-config.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Merges CSP policies directive by directive, keeping each source once. */
export function unionPolicies(policies: string[]): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      if (!merged.has(name)) merged.set(name, new Set());
      for (const s of sources) merged.get(name)!.add(s);
    }
  }
  return merged;
}

export function policyText(merged: Map<string, Set<string>>): string {
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Netlify redirect rules: `/` to each enabled language by the Accept-Language header. */
export function languageRedirects(site: Pick<SiteConfig, 'base' | 'locales'>): string {
  return site.locales.map((l) => `${site.base}  ${site.base}${l}/  302  Language=${l}`).join('\n');
}

export function hostFiles(site: SiteConfig, publicDir = 'public'): AstroIntegration {
  return {
    name: 'sahayak:host-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const policies = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => CSP_META.exec(readFileSync(path.join(out, f), 'utf8'))?.[1])
          .filter((p): p is string => Boolean(p));
        const merged = unionPolicies(policies);
        merged.set('frame-ancestors', new Set(["'none'"]));

        const template = path.join(publicDir, '_headers');
        const rules = existsSync(template) ? readFileSync(template, 'utf8') : '';
        // Paths in public/_headers are written from the site root; put them under the base.
        const based = rules.replace(/^\/(\S*)/gm, (_m, rest: string) => `${site.base}${rest}`);
        const csp = `  Content-Security-Policy: ${policyText(merged)}`;
        writeFileSync(path.join(out, '_headers'), based.replace(/^(\S*\/\*\n)/m, `$1${csp}\n`));
        writeFileSync(path.join(out, '_redirects'), `# Send / to the visitor's language; other visitors get the language entry page.\n${languageRedirects(site)}\n`);
      },
    },
  };
}
