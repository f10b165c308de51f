/**
 * The one table of hosts Sahayak deploys to, and what each can do. Code asks
 * for a capability (`host.forms`), never for a host's name, so a new host is
 * one entry here plus whatever files it needs.
 */
export interface HostCapabilities {
  /** Shown in messages and the editor. */
  label: string;
  /** Form submissions are collected by the host (Netlify Forms): contact, webinar registration, testimonial requests. */
  forms: boolean;
  /** The host reads a `_headers` file (HTTP headers per path, such as the CSP with `frame-ancestors`). */
  headersFile: boolean;
  /** The host reads a `_redirects` file, so `/` can send each visitor to their language by Accept-Language. */
  redirectsFile: boolean;
  /** The editor at /admin/ signs in through the host's own GitHub OAuth (Netlify); others use a GitHub token. */
  oauth: boolean;
}

export const HOSTS = {
  netlify: { label: 'Netlify', forms: true, headersFile: true, redirectsFile: true, oauth: true },
  'github-pages': { label: 'GitHub Pages', forms: false, headersFile: false, redirectsFile: false, oauth: false },
  static: { label: 'any static host', forms: false, headersFile: false, redirectsFile: false, oauth: false },
} as const satisfies Record<string, HostCapabilities>;

export type HostName = keyof typeof HOSTS;
export const HOST_NAMES = Object.keys(HOSTS) as [HostName, ...HostName[]];
