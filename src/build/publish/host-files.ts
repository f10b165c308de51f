/**
 * The host's files, written where the host reads them (`host.headersFile`,
 * `host.redirectsFile` in src/schemas/hosts.ts): `_headers` with security
 * headers, asset caching and the Content-Security-Policy as an HTTP header
 * (the union of every page's trimmed <meta> policy), and `_redirects`, which
 * sends `/` to the visitor's language.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_PATHS, href } from '../../i18n/routes.ts';
import { ADMIN_CSP } from '../../rules/csp.ts';
import type { HostCapabilities } from '../../schemas/hosts.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';

/** Security headers for every path, and a year of caching for Astro's hashed assets. Paths are below the base. */
const HEADER_RULES: [string, [string, string][]][] = [
  [
    '*',
    [
      ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
      ['X-Frame-Options', 'DENY'],
    ],
  ],
  ['_astro/*', [['Cache-Control', 'public, max-age=31536000, immutable']]],
];

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

/** A merged policy written out as one header value. */
export function policyText(merged: Map<string, Set<string>>): string {
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Netlify's `_headers`, every path under the base: security headers and asset
 * caching, then the pages' Content-Security-Policy on the pages (each
 * language's folder, the entry page, the 404 page), and the editor's own on
 * /admin/. Netlify sends every rule that matches a path, so the site's policy
 * must not match the editor, which it would block.
 */
export function headersFile(base: string, locales: readonly string[], csp: string): string {
  const pages = [SITE_PATHS.entry, 'index.html', SITE_PATHS.notFound, ...locales.map((l) => `${l}/*`)];
  const rules: [string, [string, string][]][] = [
    ...HEADER_RULES,
    ...pages.map((p): [string, [string, string][]] => [p, [['Content-Security-Policy', csp]]]),
    [`${SITE_PATHS.admin}*`, [['Content-Security-Policy', `${ADMIN_CSP}; frame-ancestors 'none'`]]],
  ];
  return rules
    .map(([rule, headers]) => [href(rule, base), ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n');
}

/**
 * Netlify redirect rules: `/` to each enabled language by the Accept-Language
 * header. Forced (`302!`): `/` is also a real page (the entry page, for
 * hosts without redirects), and Netlify serves an existing file before an
 * unforced rule.
 */
export function languageRedirects(site: Pick<SiteConfig, 'base' | 'locales'>): string {
  return site.locales.map((l) => `${site.base}  ${site.base}${l}/  302!  Language=${l}`).join('\n');
}

/** Writes the host's files into `out`, if the host reads any; `policies` are the pages' trimmed CSPs. */
export function writeHostFiles(out: string, site: SiteConfig, host: HostCapabilities, policies: string[]): void {
  if (host.headersFile) {
    const merged = unionPolicies(policies);
    merged.set('frame-ancestors', new Set(["'none'"]));
    writeFileSync(path.join(out, '_headers'), `${headersFile(site.base, site.locales, policyText(merged))}\n`);
  }
  if (host.redirectsFile) {
    writeFileSync(
      path.join(out, '_redirects'),
      `# Send / to the visitor's language; visitors whose language is not offered get the language entry page.\n${languageRedirects(site)}\n`,
    );
  }
}
