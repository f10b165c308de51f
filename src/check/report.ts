/** Printing a check result for people. */
import { COLLECTIONS } from '../schemas/collections.ts';
import { formatProblem, type Problem } from '../schemas/errors.ts';
import type { CheckResult } from './types.ts';

/** The problems, one per line, in the contract's format. */
export function problemLines(problems: Problem[]): string[] {
  return problems.map(formatProblem);
}

/** The report printed when a check or a build stops: a count, then every problem. */
export function problemReport(problems: Problem[]): string {
  return [`${problems.length} problem${problems.length === 1 ? '' : 's'} found:`, ...problemLines(problems).map((l) => `  ${l}`)].join('\n');
}

/** Warnings (not errors): entries that lack a translation, files not published and why. */
export function warningLines(result: Pick<CheckResult, 'missingTranslations' | 'warnings'>): string[] {
  const lines: string[] = [];
  if (result.missingTranslations.length) {
    const rows = result.missingTranslations.map((m) => [COLLECTIONS[m.collection].label.one, m.id, m.missing.join(', '), m.shownIn]);
    const head = ['kind', 'id', 'not translated into', 'shown in'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    lines.push(
      'Warning: these entries have no translation yet; their pages show another language with a notice, and stay out of search results:',
      line(head),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
    );
  }
  for (const w of result.warnings) lines.push(`Warning: ${w.message}`);
  return lines;
}
