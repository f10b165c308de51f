/**
 * Each page's Content-Security-Policy, trimmed: Astro lists the hashes of the
 * whole site's inline scripts and styles in every page's <meta>; a page keeps
 * only those of its own (src/rules/csp.ts).
 */
import { ownHashesOnly } from '../../rules/csp.ts';
import { cspHash } from '../../rules/csp-hash.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** The page with its policy trimmed, and that policy; undefined for a page without one. */
export function trimPagePolicy(html: string): { html: string; policy: string } | undefined {
  const policy = CSP_META.exec(html)?.[1];
  if (!policy) return undefined;
  const own = ownHashesOnly(policy, html, cspHash);
  return { html: html.replace(policy, own), policy: own };
}
