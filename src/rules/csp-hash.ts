/**
 * The CSP source for an inline <script> or <style> Astro does not hash itself
 * (is:inline, set:html): pass it to Astro.csp.insertScriptHash/insertStyleHash,
 * or the HTTP header policy on Netlify blocks the element.
 */
import { createHash } from 'node:crypto';

export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
