/**
 * Printing a check result: for people, in the language the command speaks
 * (English in the build), and as JSON for machines (`npm run check -- --json`).
 */
import { createT, type MessageKey, type TFunction } from '../i18n/t.ts';
import type { Locale } from '../languages/table.ts';
import { COLLECTION_NAMES } from '../schemas/collections.ts';
import { formatProblem, type Problem } from '../schemas/errors.ts';
import type { CheckResult, Warning } from './types.ts';
import type { TranslationSummary } from './translations.ts';

const EN = createT('en', 'latin');

/** The problems, one per line, in the contract's format. */
export function problemLines(problems: Problem[]): string[] {
  return problems.map(formatProblem);
}

/** The report printed when a check or a build stops: a count, then every problem. */
export function problemReport(problems: Problem[], t: TFunction = EN): string {
  return [t('cli.problems', { count: problems.length }), ...problemLines(problems).map((l) => `  ${l}`)].join('\n');
}

/** One warning as a sentence. */
export function warningText(w: Warning, t: TFunction = EN): string {
  const collection: Record<string, string> = w.collection
    ? { collectionName: t(`cli.collection.${w.collection}`) }
    : {};
  return t(`cli.warning.${w.kind}` as MessageKey, { file: w.file, ...collection, ...w.params });
}

/** Columns padded by what a reader sees (a Bangla letter with its signs is one), separated by two spaces. */
function table(head: string[], rows: string[][]): string[] {
  const segmenter = new Intl.Segmenter();
  const width = (s: string) => [...segmenter.segment(s)].length;
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i] - width(c)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Warnings (not errors): entries that lack a translation, then each other warning. */
export function warningLines(
  result: Pick<CheckResult, 'missingTranslations' | 'warnings'>,
  t: TFunction = EN,
): string[] {
  const lines: string[] = [];
  if (result.missingTranslations.length) {
    lines.push(
      t('cli.missingTranslations'),
      ...table(
        [t('cli.table.kind'), t('cli.table.id'), t('cli.table.missing'), t('cli.table.shownIn')],
        result.missingTranslations.map((m) => [
          t(`cli.collection.${m.collection}`),
          m.id,
          m.missing.join(', '),
          m.shownIn,
        ]),
      ),
    );
  }
  for (const w of result.warnings) lines.push(t('cli.warning', { text: warningText(w, t) }));
  return lines;
}

/** The per-language table: one row per collection, "translated / missing / stale" per language. */
export function summaryLines(summary: TranslationSummary, locales: readonly Locale[], t: TFunction = EN): string[] {
  const rows = COLLECTION_NAMES.filter((name) => Object.keys(summary[name]).length).map((name) => [
    t(`cli.collection.${name}`),
    ...locales.map((l) => {
      const c = summary[name][l] ?? { translated: 0, missing: 0, stale: 0 };
      return `${c.translated} / ${c.missing} / ${c.stale}`;
    }),
  ]);
  return [t('cli.summary.title'), ...table([t('cli.table.kind'), ...locales], rows)];
}

/**
 * The result for machines: problems, warnings (kind, file, what they are
 * about, and the English sentence) and the summary, in a fixed order, with
 * nothing that changes from one run to the next.
 */
export function jsonReport(
  problems: Problem[],
  result: Pick<CheckResult, 'missingTranslations' | 'warnings'>,
  summary?: TranslationSummary,
) {
  const warnings = [...result.warnings].sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
  return {
    ok: problems.length === 0,
    problems: problems.map((p) => ({
      file: p.file,
      line: p.line ?? null,
      field: p.field,
      expected: p.expected,
      found: p.found,
      message: formatProblem(p),
    })),
    missingTranslations: result.missingTranslations,
    warnings: warnings.map((w) => ({
      kind: w.kind,
      file: w.file,
      collection: w.collection ?? null,
      id: w.id ?? null,
      params: w.params,
      message: warningText(w),
    })),
    summary: summary ?? null,
  };
}
