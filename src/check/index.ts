/**
 * checkContent(): every content file of every collection in the registry
 * (src/schemas/collections.ts) read, named, validated and cross-checked, and
 * every problem collected (none stops the others):
 * - files that are not UTF-8, YAML and MDX syntax errors (first, with what to write);
 * - file names that are not ids (with the id to use), two files with one id,
 *   ids that a fixed page already takes;
 * - fields that break the schema, images that are not there (in fields and in
 *   the text);
 * - references to entries that do not exist or cannot be used;
 * and, as warnings, entries that lack a translation or exist only outside
 * the default language. A problem caused by another one (a reference to a
 * file that has a syntax error) is not reported twice.
 */
import path from 'node:path';
import { isLocale, LOCALE_CODES, type Locale } from '../languages/table.ts';
import { reservedIds } from '../i18n/routes.ts';
import { slugify } from '../rules/slug.ts';
import {
  COLLECTIONS,
  collectionDir,
  isPublished,
  type CollectionName,
  type CollectionSpec,
} from '../schemas/collections.ts';
import { problemsFromZod, type Problem } from '../schemas/errors.ts';
import { ENTRY_ID } from '../schemas/shared.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { bodyProblems } from './body.ts';
import { lineOf, listFiles, readContentFile, type ContentFile } from './files.ts';
import { imageChecker } from './images.ts';
import { placeholderProblems } from './placeholders.ts';
import { referenceProblems } from './references.ts';
import type { CheckedEntry, CheckResult, MissingTranslation, Warning } from './types.ts';

export type { CheckedEntry, CheckResult, MissingTranslation, Warning } from './types.ts';

type Place = { id: string; locale?: Locale } | Problem | { skip: Warning };

/** Locale and id from a file's place in its collection folder. */
function placeOf(name: CollectionName, spec: CollectionSpec, file: string, enabled: Locale[]): Place {
  const dir = collectionDir(name);
  const rel = path.posix.relative(dir, file);
  const parts = rel.split('/');
  const fileName = parts.at(-1)!;
  const stem = fileName.replace(/\.[^.]+$/, '');
  const ext = fileName.slice(stem.length);
  const folders = LOCALE_CODES.map((l) => `${dir}/${l}/`).join(', ');
  if (ext !== ext.toLowerCase()) {
    return {
      file,
      field: '(file name)',
      expected: `the extension in lowercase: ${stem}${ext.toLowerCase()}`,
      found: JSON.stringify(fileName),
    };
  }
  let locale: Locale | undefined;
  if (spec.layout === 'locale-file') {
    if (parts.length !== 1 || !isLocale(stem)) {
      return {
        file,
        field: '(file name)',
        expected: `a file named after its language: ${LOCALE_CODES.map((l) => `${dir}/${l}${spec.extensions[0]}`).join(', ')}`,
        found: JSON.stringify(rel),
      };
    }
    locale = stem;
  } else if (spec.layout === 'locale-folder') {
    if (parts.length !== 2 || !isLocale(parts[0])) {
      return {
        file,
        field: '(folder)',
        expected: `the file inside a language folder: ${folders}`,
        found: JSON.stringify(rel),
      };
    }
    locale = parts[0];
  } else if (parts.length !== 1) {
    return {
      file,
      field: '(folder)',
      expected: `the file directly in ${dir}/, not in a folder below it`,
      found: JSON.stringify(rel),
    };
  }
  const id = spec.layout === 'locale-file' ? name : stem;
  if (spec.layout !== 'locale-file' && !ENTRY_ID.test(stem)) {
    const slug = slugify(stem) || spec.label.one.replace(/\s+/g, '-');
    return {
      file,
      field: '(file name)',
      expected: `a file name of lowercase letters a-z, digits and dashes, the same in every language folder: ${path.posix.join(path.posix.dirname(file), slug + ext)}`,
      found: JSON.stringify(fileName),
    };
  }
  if (locale && !enabled.includes(locale)) {
    return {
      skip: {
        kind: 'locale-not-enabled',
        file,
        collection: name,
        id,
        params: { locale },
      },
    };
  }
  if (reservedIds(name).includes(id)) {
    return {
      file,
      field: '(file name)',
      expected: `another name: "${id}" is the address of a page the site already has`,
      found: JSON.stringify(fileName),
    };
  }
  return { id, locale };
}

/** The line of a field, or of the nearest field above it that is there (a missing field points at its group, or the top). */
function fieldLine(content: ContentFile, field: string): number | undefined {
  if (field.startsWith('(')) return content.firstLine;
  const keys = field.split('.');
  for (let n = keys.length; n > 0; n--) {
    const line = lineOf(content, keys.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return content.firstLine;
}

/** The language folder (or file) of a file whose language the site does not publish. */
function localeOfSkipped(file: string, name: CollectionName): Locale | undefined {
  const [first] = path.posix.relative(collectionDir(name), file).split('/');
  const code = first.replace(/\.[^.]+$/, '');
  return isLocale(code) ? code : undefined;
}

export function checkContent(root: string, config: Pick<SiteConfig, 'locales' | 'defaultLocale'>): CheckResult {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const entries: CheckedEntry[] = [];
  const unreadable: CheckResult['unreadable'] = [];
  const sources = new Map<string, ContentFile>();
  const locales = config.locales;

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][]) {
    const files = listFiles(root, collectionDir(name), spec.extensions).filter(
      (f) => !path.posix.basename(f).startsWith('_'),
    );
    // Two files for one entry (inbox.yaml beside inbox.yml, Inbox.mdx beside inbox.mdx): Astro would keep one silently.
    const byKey = new Map<string, string[]>();
    for (const file of files) {
      const rel = path.posix.relative(collectionDir(name), file);
      const key = `${path.posix.dirname(rel)}/${slugify(path.posix.basename(rel).replace(/\.[^.]+$/, ''))}`;
      byKey.set(key, [...(byKey.get(key) ?? []), file]);
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      for (const file of group) {
        const others = group.filter((f) => f !== file).join(', ');
        problems.push({
          file,
          field: '(file name)',
          expected: `one file per entry: keep this file or ${others}, and delete or rename the other (both would be the same entry)`,
          found: `${group.length} files for one entry`,
        });
      }
    }

    // One schema for the collection: its image fields ask which file is being checked.
    let current = '';
    const schema = spec.schema({ image: imageChecker(root, () => current) });
    for (const file of files) {
      const place = placeOf(name, spec, file, locales);
      if ('skip' in place) {
        // Not checked (its language is not published), but known, so a reference to it can say why it cannot be used.
        warnings.push(place.skip);
        entries.push({ collection: name, file, id: place.skip.id!, locale: localeOfSkipped(file, name), raw: {} });
        continue;
      }
      if ('field' in place) {
        problems.push(place);
        continue;
      }
      const content = readContentFile(root, file);
      if ('field' in content) {
        problems.push(content);
        unreadable.push({ collection: name, ...place });
        continue;
      }
      sources.set(file, content);
      const raw = (
        content.data && typeof content.data === 'object' && !Array.isArray(content.data) ? content.data : {}
      ) as Record<string, unknown>;
      current = file;
      const parsed = schema.safeParse(content.data);
      if (parsed.success) {
        entries.push({ collection: name, file, ...place, data: parsed.data as Record<string, unknown>, raw });
      } else {
        entries.push({ collection: name, file, ...place, raw });
        for (const p of problemsFromZod(file, parsed.error, content.data))
          problems.push({ ...p, line: fieldLine(content, p.field) });
      }
      if (isPublished(name, raw))
        for (const p of placeholderProblems(file, raw)) problems.push({ ...p, line: fieldLine(content, p.field) });
      problems.push(...bodyProblems(root, content));
    }
  }

  const hasProfile = (l: Locale) =>
    [...entries, ...unreadable].some((e) => e.collection === 'profile' && e.locale === l);
  if (!hasProfile(config.defaultLocale)) {
    problems.push({
      file: `${collectionDir('profile')}/${config.defaultLocale}${COLLECTIONS.profile.extensions[0]}`,
      field: '(file)',
      expected: `a profile in the default language (${config.defaultLocale}), copied from another language's profile and translated`,
      found: 'no such file',
    });
  }

  for (const p of referenceProblems(entries, unreadable, config, imageChecker(root, '.'))) {
    const source = sources.get(p.file);
    problems.push({ ...p, line: source && fieldLine(source, p.field) });
  }

  const missingTranslations = translationReport(entries, config, warnings);
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, warnings, entries, missingTranslations, unreadable };
}

/**
 * Per entry of a per-language collection: the enabled languages without a
 * file, and the language their pages show instead (the default language, or
 * the first enabled one that has it, as src/data/localized.ts does).
 */
function translationReport(
  entries: CheckedEntry[],
  config: Pick<SiteConfig, 'locales' | 'defaultLocale'>,
  warnings: Warning[],
): MissingTranslation[] {
  const report: MissingTranslation[] = [];
  const groups = new Map<string, CheckedEntry[]>();
  for (const e of entries) {
    if (!e.locale || e.raw.draft === true) continue;
    const key = `${e.collection}/${e.id}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const group of groups.values()) {
    const present = config.locales.filter((l) => group.some((e) => e.locale === l));
    const missing = config.locales.filter((l) => !present.includes(l));
    // Entries only in languages the site does not publish have their own warning.
    if (!missing.length || !present.length) continue;
    const shownIn = present.includes(config.defaultLocale) ? config.defaultLocale : present[0];
    const { collection, id } = group[0];
    report.push({ collection, id, missing, shownIn });
    if (shownIn !== config.defaultLocale) {
      const file = group.find((e) => e.locale === shownIn)!.file;
      warnings.push({
        kind: 'not-in-default-locale',
        file,
        collection,
        id,
        params: { defaultLocale: config.defaultLocale, missing: missing.join(', '), shownIn },
      });
    }
  }
  return report;
}
