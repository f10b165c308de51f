/**
 * checkContent(): every content file validated, every reference resolved,
 * every problem collected (none stops the others), plus the table of entries
 * that lack a translation.
 */
import path from 'node:path';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { problemsFromZod, type Problem } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { COLLECTIONS, imageChecker, type CollectionName } from './collections.ts';
import { lineOf, listFiles, readContentFile, type ContentFile } from './files.ts';
import { referenceProblems } from './references.ts';

export interface CheckedEntry {
  collection: CollectionName;
  file: string;
  id: string;
  /** undefined for language-neutral collections (testimonials). */
  locale?: Locale;
  /** Parsed data when valid, else undefined. */
  data?: Record<string, unknown>;
  /** Raw data as read, for references even when invalid. */
  raw: Record<string, unknown>;
}

export interface MissingTranslation {
  collection: CollectionName;
  id: string;
  missing: Locale[];
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
  missingTranslations: MissingTranslation[];
}

/** Locale and id from a file's place in its collection folder, or a problem. */
function placeOf(spec: (typeof COLLECTIONS)[number], file: string): { id: string; locale?: Locale } | Problem {
  const rel = path.posix.relative(spec.dir, file);
  const parts = rel.split('/');
  const stem = parts.at(-1)!.replace(/\.[^.]+$/, '');
  if (spec.layout === 'neutral') return { id: stem };
  if (spec.layout === 'locale-file') {
    if (parts.length !== 1 || !isLocale(stem)) {
      return { file, field: '(file name)', expected: `a file named after its language: ${spec.dir}/en.mdx, bn.mdx or hi.mdx`, found: JSON.stringify(rel) };
    }
    return { id: 'profile', locale: stem };
  }
  if (parts.length !== 2 || !isLocale(parts[0])) {
    return { file, field: '(folder)', expected: `the file inside a language folder: ${spec.dir}/en/, bn/ or hi/`, found: JSON.stringify(rel) };
  }
  return { id: stem, locale: parts[0] };
}

export function checkContent(root: string, config: Pick<SiteConfig, 'locales' | 'defaultLocale'>): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const sources = new Map<string, ContentFile>();

  for (const spec of COLLECTIONS) {
    for (const file of listFiles(root, spec.dir, spec.extensions)) {
      if (path.posix.basename(file).startsWith('_')) continue; // drafts of files, by convention
      const place = placeOf(spec, file);
      if ('field' in place) {
        problems.push(place);
        continue;
      }
      const content = readContentFile(root, file);
      if ('field' in content) {
        problems.push(content);
        continue;
      }
      sources.set(file, content);
      const raw = (content.data && typeof content.data === 'object' ? content.data : {}) as Record<string, unknown>;
      const parsed = spec.schema({ image: imageChecker(root, file) }).safeParse(content.data);
      if (parsed.success) {
        entries.push({ collection: spec.name, file, ...place, data: parsed.data as Record<string, unknown>, raw });
      } else {
        entries.push({ collection: spec.name, file, ...place, raw });
        for (const p of problemsFromZod(file, parsed.error, content.data)) problems.push({ ...p, line: lineOf(content, p.field) });
      }
    }
  }

  const profiles = entries.filter((e) => e.collection === 'profile');
  if (!profiles.some((e) => e.locale === config.defaultLocale)) {
    problems.push({
      file: `src/content/profile/${config.defaultLocale}.mdx`,
      field: '(file)',
      expected: `a profile in the default language (${config.defaultLocale})`,
      found: 'no such file',
    });
  }

  for (const p of referenceProblems(entries, config.defaultLocale)) {
    const source = sources.get(p.file);
    problems.push({ ...p, line: source && lineOf(source, p.field) });
  }

  const missingTranslations: MissingTranslation[] = [];
  for (const e of entries) {
    if (!e.locale || e.locale !== config.defaultLocale || e.raw.draft === true) continue;
    const missing = config.locales.filter(
      (l) => l !== e.locale && !entries.some((o) => o.collection === e.collection && o.id === e.id && o.locale === l),
    );
    if (missing.length) missingTranslations.push({ collection: e.collection, id: e.id, missing });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, entries, missingTranslations };
}
