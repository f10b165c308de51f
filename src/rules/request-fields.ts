/**
 * The testimonial request page (routes.testimonialRequest) as a contract with
 * what reads its answers: on Netlify the form's submissions are exported as a
 * CSV whose columns are these field names, and the testimonial importer reads
 * that CSV by the canonical headers (name, role, company, url, language,
 * rating, quote, date, source, consent). Renaming a field here breaks the
 * import of every submission made after the rename.
 */

/** The Netlify form's name: its submissions are listed under it in the dashboard. */
export const TESTIMONIAL_FORM_NAME = 'testimonial';

/** The form's fields, in the order the page asks for them. */
export const TESTIMONIAL_FIELDS = [
  'name',
  'role',
  'company',
  'url',
  'language',
  'rating',
  'quote',
  'photo',
  'consent',
] as const;
export type TestimonialField = (typeof TESTIMONIAL_FIELDS)[number];

/** What a ticked checkbox (`photo`, `consent`) sends; an unticked one sends nothing. */
export const CHECKED_VALUE = 'yes';

/** The ratings a client can give (the testimonial schema's 1 to 5). */
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

/** `https://name.github.io/portfolio/` → `name.github.io/portfolio`: the site's address as people write it. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

export interface TemplateLine {
  /** The question, in the page's language. */
  label: string;
  /** What the answer may be ("yes / no", "1 to 5"), shown in brackets after the question. */
  hint?: string;
  /** An answer written in already (the page's language for `language`). */
  answer?: string;
  /** The answer goes on the lines below the question (the testimonial itself). */
  long?: boolean;
}

/**
 * The request as plain text for an email or a chat message, one question a
 * line with the answer after the colon: the same text the page shows for
 * copying, so the client sees exactly what the message will hold.
 */
export function requestTemplate(greeting: string, lines: TemplateLine[]): string {
  const body = lines.map(({ label, hint, answer = '', long }) => {
    const question = `${label}${hint ? ` (${hint})` : ''}:`;
    return long ? `${question}\n${answer}\n` : `${question} ${answer}`.trimEnd();
  });
  return `${greeting}\n\n${body.join('\n')}\n`;
}
