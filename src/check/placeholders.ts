/**
 * Text that `npm run new` writes where the VA's own words are still to come
 * starts with PLACEHOLDER ("TODO: …"), in an entry that starts as a draft.
 * A published entry that still has one is a problem: readers would see it.
 */
import type { Problem } from '../schemas/errors.ts';

export const PLACEHOLDER = 'TODO:';
/** A web address still to be given (a registration page): valid as an address, and recognised here. */
export const PLACEHOLDER_URL = 'https://example.com/todo/';

/** Every field of `data` whose text is still a placeholder, by dotted path. */
export function placeholderProblems(file: string, data: unknown, at = ''): Problem[] {
  if (typeof data === 'string') {
    return data.trimStart().startsWith(PLACEHOLDER) || data.startsWith(PLACEHOLDER_URL)
      ? [
          {
            file,
            field: at || '(whole file)',
            expected:
              'your own text in place of the placeholder that npm run new wrote (or draft: true to keep the entry off the site until then)',
            found: JSON.stringify(data.length > 60 ? `${data.slice(0, 57)}…` : data),
          },
        ]
      : [];
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => placeholderProblems(file, value, at ? `${at}.${key}` : key));
  }
  return [];
}
