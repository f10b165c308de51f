/**
 * Content-Security-Policy directives besides script-src and style-src (which
 * Astro fills with hashes of what each page ships). Same origin only: the
 * site loads nothing from anywhere else. `frame-ancestors` cannot live in a
 * <meta>; public/_headers adds it as an HTTP header on Netlify.
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
