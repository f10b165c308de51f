/**
 * The testimonial request page (routes.testimonialRequest) as a contract with
 * what reads its answers: on Netlify the form's submissions (read through
 * Netlify's API, or exported as a CSV) carry these field names, and the
 * testimonial importer reads them by the canonical headers (name, role,
 * company, url, language, rating, quote, date, source, consent, wording).
 * Where the host has no forms, the answers come back in an e-mail, in the
 * block written and read here. Renaming a field breaks the import of every
 * answer given after the rename.
 *
 * The consent sentence the client agrees to has a version (CONSENT_WORDING):
 * the form sends it in a hidden field and the e-mail block names it, so each
 * testimonial records which words the client agreed to, and in which language.
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

/**
 * The version of the consent sentence (`share.consent` in every language).
 * Changing that sentence in any language needs a new version here:
 * tests/unit/consent-wording.test.ts holds each version's words.
 */
export const CONSENT_WORDING = 'v1';

/** The hidden field (and the CSV column) that says which consent sentence the client read, and in which language. */
export const WORDING_FIELD = 'wording';

/** The wording field's value: `v1-bn`, the version and the language the page was in. */
export function wordingValue(locale: string): string {
  return `${CONSENT_WORDING}-${locale}`;
}

/** `v1-bn` → { wording: 'v1', lang: 'bn' }; undefined for anything else. */
export function parseWording(value: string): { wording: string; lang: string } | undefined {
  const m = /^\s*(v\d+)[-\s]+([a-z]{2,3})\s*$/i.exec(value);
  return m ? { wording: m[1].toLowerCase(), lang: m[2].toLowerCase() } : undefined;
}

/** What a ticked checkbox (`photo`, `consent`) sends; an unticked one sends nothing. */
export const CHECKED_VALUE = 'yes';

/** The ratings a client can give (the testimonial schema's 1 to 5). */
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

/** `https://name.github.io/portfolio/` → `name.github.io/portfolio`: the site's address as people write it. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

export interface TemplateLine {
  /** The field the answer is for: written as `[name]` before the question, so a program finds it in any language. */
  field: TestimonialField;
  /** The question, in the page's language. */
  label: string;
  /** What the answer may be ("yes / no", "1 to 5"), shown in brackets after the question. */
  hint?: string;
  /** An answer written in already (the page's language for `language`). */
  answer?: string;
  /** The answer goes on the lines below the question (the testimonial itself). */
  long?: boolean;
}

/** The line that opens the answers in a message: `--- testimonial v1-bn ---`. */
export function blockStart(locale: string): string {
  return `--- testimonial ${wordingValue(locale)} ---`;
}
/** The line that closes them. */
export const BLOCK_END = '--- end ---';

/**
 * The request as plain text for an e-mail or a chat message: a greeting, then
 * the questions between two marker lines, each question after its field in
 * brackets and the answer after the colon (the testimonial itself on the
 * lines below its question). The page shows the same text for copying, so
 * the client sees exactly what the message will hold, and
 * readRequestBlocks() reads the answers back from the reply.
 */
export function requestTemplate(greeting: string, locale: string, lines: TemplateLine[]): string {
  const body = lines.map(({ field, label, hint, answer = '', long }) => {
    const question = `[${field}] ${label}${hint ? ` (${hint})` : ''}:`;
    return long ? `${question}\n${answer}\n` : `${question} ${answer}`.trimEnd();
  });
  return `${greeting}\n\n${blockStart(locale)}\n${body.join('\n')}\n${BLOCK_END}\n`;
}

/** The answers of one block of a message, as the client wrote them. */
export interface RequestBlock {
  /** 1-based line of the message where the block starts. */
  line: number;
  /** The consent sentence's version and the language of the page the questions came from. */
  wording: string;
  lang: string;
  /** Each field's answer as written (the testimonial keeps its line breaks), '' when left empty. */
  answers: Partial<Record<TestimonialField, string>>;
  /** The line of each field's question. */
  lines: Partial<Record<TestimonialField, number>>;
  /** Fields whose question lost its colon, so that where the answer starts cannot be told. */
  unreadable: TestimonialField[];
}

/**
 * Where the answer starts in what follows `[field]`: after the colon that ends
 * the question. A question with a hint in brackets ("(yes / no)") ends at
 * "):" (its words may hold a colon of their own, as the Bangla consent does),
 * and if the client took the hint out, at the last colon (these answers are a
 * word or a number). Other questions hold no colon (a unit test keeps it so),
 * and end at the first one: a website's "https:" comes after it.
 */
function answerStart(field: TestimonialField, text: string): number {
  if (!SHORT_ANSWERS.includes(field)) return text.search(/[:：]/);
  const hinted = /\)\s*[:：]/.exec(text);
  if (hinted) return hinted.index + hinted[0].length - 1;
  return Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
}

/** The questions whose template line has a hint in brackets, and whose answer is a word or a number. */
export const SHORT_ANSWERS: readonly TestimonialField[] = ['rating', 'photo', 'consent'];

const START = /^-{3,}\s*testimonial\s+(v\d+)[-\s]+([a-z]{2,3})\s*-{3,}\s*$/i;
const END = /^-{3,}\s*end\s*-{3,}\s*$/i;
const FIELD_LINE = /^\s*\[([a-z_]+)\]\s?(.*)$/;
/** The quoting a reply or a forward adds before each line: "> ", ">> ", "> > ". */
const QUOTING = /^(?:\s*>)+ ?/;

/**
 * Every answer block in the text of a message (an e-mail, a reply that quotes
 * it, a forward, a pasted chat): the lines between the markers, with the
 * quoting of replies taken off, line breaks and no-break spaces made plain,
 * and each answer cut from its question at the question's first colon. A
 * question the mail program wrapped onto two lines reads the same.
 */
export function readRequestBlocks(text: string): RequestBlock[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\n');
  const blocks: RequestBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const quoting = QUOTING.exec(lines[i])?.[0] ?? '';
    const start = START.exec(lines[i].slice(quoting.length));
    if (!start) continue;
    const depth = (quoting.match(/>/g) ?? []).length;
    const unquote = (line: string) => {
      let rest = line;
      for (let d = 0; d < depth; d++) rest = rest.replace(/^\s*> ?/, '');
      return rest.replace(/[ \t]+$/, '');
    };
    const block: RequestBlock = {
      line: i + 1,
      wording: start[1].toLowerCase(),
      lang: start[2].toLowerCase(),
      answers: {},
      lines: {},
      unreadable: [],
    };
    let field: TestimonialField | undefined;
    let written: string[] = [];
    const finish = () => {
      if (!field) return;
      const whole = written.join('\n');
      const colon = answerStart(field, whole);
      if (colon < 0) {
        block.unreadable.push(field);
        block.answers[field] = '';
      } else {
        block.answers[field] = whole
          .slice(colon + 1)
          .replace(/^[ \t]+/, '')
          .trim();
      }
    };
    for (i += 1; i < lines.length; i++) {
      const line = unquote(lines[i]);
      if (END.test(line)) break;
      const m = FIELD_LINE.exec(line);
      if (m && (TESTIMONIAL_FIELDS as readonly string[]).includes(m[1]) && !(m[1] in block.lines)) {
        finish();
        field = m[1] as TestimonialField;
        block.lines[field] = i + 1;
        written = [m[2]];
      } else if (field) written.push(line);
    }
    finish();
    blocks.push(block);
  }
  return blocks;
}
