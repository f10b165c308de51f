/**
 * Content-Security-Policy. The public pages load nothing from anywhere else:
 * these directives besides script-src and style-src (which Astro fills with
 * hashes of what each page ships). `frame-ancestors` cannot live in a
 * <meta>; the Netlify `_headers` file adds it as an HTTP header.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
] as const;

/**
 * The editor at /admin/ has its own policy, exactly what it needs: its own
 * files, styles it injects at run time (Svelte), pictures it previews from
 * memory, and GitHub's API (saving), GitHub's status page and avatars. Signing
 * in through Netlify opens a window, which no policy restricts.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * A page's policy with only the hashes of its own inline scripts and styles.
 * Astro writes the hashes of every inline element of the whole site into
 * every page (40-odd on the demo, 1.6 KB gzipped of each page); a page needs
 * its own. Data blocks (JSON, JSON-LD) do not run and need none.
 */
export function ownHashesOnly(policy: string, html: string, hash: (text: string) => string): string {
  const styles = new Set([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'${hash(m[1])}'`));
  const scripts = new Set(
    [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/\ssrc=|type="application\/(ld\+)?json"/.test(m[1]))
      .map((m) => `'${hash(m[2])}'`),
  );
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      const own = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
      if (!own) return directive;
      return [name, ...sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || own.has(s))].join(' ');
    })
    .join(';');
}
