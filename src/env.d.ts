declare namespace App {
  interface Locals {
    /** The page's locale context, set by src/middleware.ts. */
    page: import('./site/context.ts').PageContext;
    /** Sections with published entries: only these appear in navigation. */
    sections: Set<import('./data/pages.ts').Section>;
  }
}

interface ImportMetaEnv {
  /** The project's folder, set by astro.config.mjs. */
  readonly SAHAYAK_ROOT?: string;
}
