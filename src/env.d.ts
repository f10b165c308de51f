declare namespace App {
  interface Locals {
    /** The page's locale context, set by src/middleware.ts. */
    page: import('./site/context.ts').PageContext;
    /** Sections with published entries: only these appear in navigation. */
    sections: Set<import('./data/pages.ts').Section>;
  }
}

/**
 * The project's folder and its resolved site settings, set by astro.config.mjs for the build
 * (Vite's `define`): src/site/config.ts reads them, and src/i18n/paths.ts the base path.
 */
declare const __SAHAYAK_ROOT__: string | undefined;
declare const __SAHAYAK_SITE__: import('./project/settings.ts').SiteConfig | undefined;
