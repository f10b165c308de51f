/**
 * Testimonials the VA should look at: one published with `consent: true`
 * but no record of what the client agreed to and when, and one that arrived
 * by itself and waits for her approval (`waiting: true`, kept off the site).
 * Warnings, not problems: a testimonial written by hand with `consent: true`
 * alone is valid, and a waiting one is the importer doing its job.
 */
import type { CheckedEntry, Warning } from './types.ts';

export function consentWarnings(entries: CheckedEntry[]): Warning[] {
  const warnings: Warning[] = [];
  for (const e of entries) {
    if (e.collection !== 'testimonials') continue;
    const author = e.raw.author as { name?: unknown } | undefined;
    const name = typeof author?.name === 'string' ? author.name : e.id;
    const base = { file: e.file, collection: e.collection, id: e.id };
    if (e.raw.waiting === true) warnings.push({ kind: 'waiting-approval', ...base, params: { name } });
    else if (e.raw.consent === true && e.raw.consentRecord === undefined)
      warnings.push({ kind: 'consent-without-record', ...base, params: { name } });
  }
  return warnings;
}
