/**
 * The CVs the build's CV pages showed, each with the path of its PDF: the
 * page records what it rendered, and the post-build pass
 * (src/build/cv-pdf.ts) writes the PDFs from exactly that. Pages render in
 * the same process as the integrations; the list lives on globalThis, which
 * both bundles share (as src/site/built-pages.ts).
 */
import type { CvDocument } from '../rules/cv-document.ts';

export interface BuiltCv {
  /** The PDF's path below the base: `bn/cv/rumana-haque-cv-bn.pdf`. */
  path: string;
  cv: CvDocument;
}

const KEY = Symbol.for('sahayak.builtCvs');

function registry(): Map<string, BuiltCv> {
  const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, BuiltCv> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function recordCv(built: BuiltCv): void {
  registry().set(built.path, built);
}

export function builtCvs(): BuiltCv[] {
  return [...registry().values()];
}

/** Forget the list (a new build in the same process, e.g. tests). */
export function resetBuiltCvs(): void {
  registry().clear();
}
