/**
 * The state of every translation, for `npm run check`: per language and
 * collection, how many entries are translated, missing or stale. A
 * translation is stale when the version it was made from changed after it:
 * the entry's file in the default language (or, without one, in the first
 * language that has it) changed later than the translation's file, by its
 * last commit, or its file time when it has changes not yet committed or the
 * project has no git history.
 */
import type { Locale } from '../languages/table.ts';
import { lastChanges } from '../project/revisions.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  collectionDir,
  isPublished,
  type CollectionName,
} from '../schemas/collections.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import type { CheckedEntry, Warning } from './types.ts';

export interface TranslationCounts {
  translated: number;
  missing: number;
  stale: number;
}

/** collection → locale → counts, for the site's languages. */
export type TranslationSummary = Record<CollectionName, Partial<Record<Locale, TranslationCounts>>>;

/** Published entries of the per-language collections, by collection and id. */
function groups(entries: CheckedEntry[]): Map<string, CheckedEntry[]> {
  const byKey = new Map<string, CheckedEntry[]>();
  for (const e of entries) {
    if (!e.locale || !e.data || !isPublished(e.collection, e.raw)) continue;
    const key = `${e.collection}/${e.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return byKey;
}

/** Changes this close together count as made at the same time (a copy, an unpack, one editing session). */
const SAME_TIME_MS = 60_000;

/** Translations whose original changed after them, as warnings. */
export function staleTranslations(
  root: string,
  entries: CheckedEntry[],
  config: Pick<SiteConfig, 'locales' | 'defaultLocale'>,
): Warning[] {
  const byKey = groups(entries);
  const perLocale = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].layout !== 'neutral');
  const files = [...byKey.values()].flat().map((e) => e.file);
  const changed = new Map<string, number>();
  for (const name of perLocale) {
    const mine = files.filter((f) => f.startsWith(`${collectionDir(name)}/`));
    for (const [file, time] of lastChanges(root, collectionDir(name), mine)) changed.set(file, time);
  }
  const warnings: Warning[] = [];
  for (const group of byKey.values()) {
    const present = group.filter((e) => config.locales.includes(e.locale!));
    const original =
      present.find((e) => e.locale === config.defaultLocale) ??
      config.locales.map((l) => present.find((e) => e.locale === l)).find(Boolean);
    if (!original) continue;
    for (const e of present) {
      if (e === original || changed.get(original.file)! - changed.get(e.file)! <= SAME_TIME_MS) continue;
      warnings.push({
        kind: 'stale-translation',
        file: e.file,
        collection: e.collection,
        id: e.id,
        params: {
          original: original.file,
          originalChanged: day(changed.get(original.file)!),
          changed: day(changed.get(e.file)!),
        },
      });
    }
  }
  return warnings;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Counts per collection and language of the site. Testimonials count as translated where the quote is in that language or has a translation. */
export function translationSummary(
  entries: CheckedEntry[],
  config: Pick<SiteConfig, 'locales'>,
  stale: Warning[],
): TranslationSummary {
  const staleFiles = new Set(stale.map((w) => w.file));
  const summary = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, {}])) as TranslationSummary;
  const count = (name: CollectionName, locale: Locale, what: keyof TranslationCounts) => {
    const counts = (summary[name][locale] ??= { translated: 0, missing: 0, stale: 0 });
    counts[what] += 1;
  };
  for (const group of groups(entries).values()) {
    for (const locale of config.locales) {
      const e = group.find((x) => x.locale === locale);
      count(group[0].collection, locale, !e ? 'missing' : staleFiles.has(e.file) ? 'stale' : 'translated');
    }
  }
  for (const e of entries) {
    if (e.locale || !e.data || !isPublished(e.collection, e.raw)) continue;
    const translations = (e.data.translations ?? {}) as Record<string, unknown>;
    for (const locale of config.locales)
      count(e.collection, locale, e.data.lang === locale || translations[locale] ? 'translated' : 'missing');
  }
  return summary;
}
