/**
 * How the tests and benchmarks start Chromium: Debian's build (Playwright
 * cannot download its own here), without background traffic to Google.
 */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
