/** Printing a check result for people. */
import { formatProblem } from '../schemas/errors.ts';
import type { CheckResult } from './index.ts';

const NAMES = { profile: 'profile', services: 'service', caseStudies: 'case study', testimonials: 'testimonial', webinars: 'webinar' } as const;

/** The problems, one per line, in the contract's format. */
export function problemLines(result: Pick<CheckResult, 'problems'>): string[] {
  return result.problems.map(formatProblem);
}

/** A short table of entries that lack a translation (a warning, not an error). */
export function translationTable(result: Pick<CheckResult, 'missingTranslations'>): string[] {
  if (!result.missingTranslations.length) return [];
  const rows = result.missingTranslations.map((m) => [NAMES[m.collection], m.id, m.missing.join(', ')]);
  const head = ['kind', 'id', 'not translated into'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [
    'Warning: these entries have no translation yet; their pages show the default language with a notice:',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
}
