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
