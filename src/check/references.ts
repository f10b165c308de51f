/**
 * References between collections (found in the schemas: a case study names
 * services and a testimonial; a testimonial names services and a case
 * study). Each id must name an entry that has a page, except a testimonial
 * kept off the site (no consent, or waiting for approval): the case study
 * that names it is shown without it. An id that exists but cannot be used
 * says why (a draft, only in a language the site does not publish) instead
 * of listing valid choices; an id whose file could
 * not be read is not reported again. Astro 7 only logs a broken reference;
 * here it is an error.
 */
import type { Locale } from '../languages/table.ts';
import {
  COLLECTIONS,
  collectionDir,
  collectionSpec,
  isPublished,
  referencedCollection,
  type CollectionName,
} from '../schemas/collections.ts';
import type { Problem } from '../schemas/errors.ts';
import type { ImageFn } from '../schemas/shared.ts';
import { referencesOf } from '../schemas/walk.ts';
import type { CheckedEntry, CheckResult } from './types.ts';

/** Values at a dotted path with `*` for list items, with the concrete path of each. */
function valuesAt(data: unknown, path: string[], prefix: string[] = []): { field: string; value: unknown }[] {
  if (!path.length) return [{ field: prefix.join('.'), value: data }];
  const [key, ...rest] = path;
  if (key === '*')
    return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...prefix, String(i)])) : [];
  if (data === null || typeof data !== 'object') return [];
  const value = (data as Record<string, unknown>)[key];
  return value === undefined ? [] : valuesAt(value, rest, [...prefix, key]);
}

export function referenceProblems(
  entries: CheckedEntry[],
  unreadable: CheckResult['unreadable'],
  config: { locales: Locale[]; defaultLocale: Locale },
  imageSchema: ImageFn,
): Problem[] {
  const problems: Problem[] = [];
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const byId = new Map<string, CheckedEntry[]>();
  for (const e of entries) byId.set(`${e.collection}/${e.id}`, [...(byId.get(`${e.collection}/${e.id}`) ?? []), e]);
  for (const source of names) {
    const refs = referencesOf(collectionSpec(source).schema({ image: imageSchema }));
    if (!refs.length) continue;
    for (const entry of entries.filter((e) => e.collection === source)) {
      for (const ref of refs) {
        for (const { field, value } of valuesAt(entry.raw, ref.path.split('.'))) {
          if (typeof value !== 'string') continue; // a wrong type is already reported by the schema
          const problem = checkOne(
            entries,
            byId.get(`${ref.target}/${value}`) ?? [],
            unreadable,
            config,
            referencedCollection(ref.target),
            value,
          );
          if (problem) problems.push({ file: entry.file, field, expected: problem, found: JSON.stringify(value) });
        }
      }
    }
  }
  return problems;
}

/** Why `id` cannot be used as a reference to `target` (`candidates`: the entries with that id), or undefined when it can. */
function checkOne(
  entries: CheckedEntry[],
  candidates: CheckedEntry[],
  unreadable: CheckResult['unreadable'],
  config: { locales: Locale[]; defaultLocale: Locale },
  target: CollectionName,
  id: string,
): string | undefined {
  const spec = collectionSpec(target);
  const enabled = candidates.filter((e) => e.locale === undefined || config.locales.includes(e.locale));
  const usable = enabled.filter((e) => isPublished(target, e.raw));
  if (usable.length) return undefined;
  if (unreadable.some((u) => u.collection === target && u.id === id)) return undefined;
  if (enabled.length && spec.published?.namedWhileHidden) return undefined;
  const what = `the id of a published ${spec.label.one}`;
  if (enabled.length && spec.published) return `${what}; "${id}" exists but is not published: ${spec.published.why}`;
  if (candidates.length) {
    const where = [...new Set(candidates.map((c) => c.locale))].join(', ');
    return `${what}; "${id}" exists only in ${where}, which is not among the site's languages (locales in sahayak.yaml)`;
  }
  const known = [
    ...new Set(
      entries
        .filter(
          (e) =>
            e.collection === target &&
            isPublished(target, e.raw) &&
            (e.locale === undefined || config.locales.includes(e.locale)),
        )
        .map((e) => e.id),
    ),
  ];
  const folder = spec.layout === 'locale-folder' ? `${collectionDir(target)}/<language>/` : `${collectionDir(target)}/`;
  return `${what}: a file name in ${folder} without its extension${known.length ? ` (one of: ${known.join(', ')})` : ` (none is published yet)`}`;
}
