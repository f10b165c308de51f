/**
 * Testimonials from e-mail: the reply a client sent from the request page
 * where the host has no forms (GitHub Pages, any static host). A saved
 * message (`.eml`, in any transfer encoding: quoted-printable, base64,
 * format=flowed, HTML only) or its text pasted into a `.txt` file or the
 * repository's issue form; the answers are read from the block between the
 * marker lines (src/rules/request-fields.ts), however the mail program quoted,
 * wrapped or forwarded it. Each block becomes one record for the same planner
 * as a CSV row, dated by the message's Date header when there is one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { readRequestBlocks, type TestimonialField } from '../rules/request-fields.ts';
import type { Problem } from '../schemas/errors.ts';
import type { ImportField } from './import-columns.ts';
import type { SourceRecord } from './import-testimonials.ts';

/** Files read as a message rather than as a spreadsheet. */
export const EMAIL_EXTENSIONS = ['.eml', '.txt'] as const;

export interface Message {
  /** The message's text, as a person reads it. */
  text: string;
  /** When it was sent (the Date header), if the file says. */
  date?: Date;
}

const SAVE_AS_EML =
  'an e-mail saved as .eml (in Gmail: ⋮ › Download message; in Outlook: File › Save As) or its text pasted into a .txt file';

/** The headers a saved message starts with: a message has them before its first empty line. */
function looksLikeMessage(text: string): boolean {
  const head = text.slice(0, Math.max(0, text.search(/\r?\n\r?\n/)));
  return /^(?:from|to|subject|date|mime-version|content-type|received|return-path|message-id):/im.test(head);
}

/** HTML as the lines a person reads: block ends and <br> become line breaks, tags go, entities are decoded. */
export function htmlText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\r?\n/g, ' ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(?:p|div|li|tr|h[1-6]|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** Reads a saved message or a text file; what is neither comes back as a Problem. */
export async function readMessage(file: string, absolute: string): Promise<Message | Problem> {
  if (!existsSync(absolute))
    return {
      file,
      field: '(file)',
      expected: `${SAVE_AS_EML}, at this path (relative to the folder you run the command in)`,
      found: 'no such file',
    };
  if (statSync(absolute).isDirectory()) return { file, field: '(file)', expected: SAVE_AS_EML, found: 'a folder' };
  const bytes = readFileSync(absolute);
  // A message's headers are ASCII whatever its body's encoding: decode loosely to look at them.
  const loose = new TextDecoder('utf-8').decode(bytes);
  if (looksLikeMessage(loose)) {
    try {
      const email = await PostalMime.parse(bytes);
      const text = email.text ?? (email.html ? htmlText(email.html) : '');
      const date = email.date ? new Date(email.date) : undefined;
      return { text, date: date && !Number.isNaN(date.getTime()) ? date : undefined };
    } catch (error) {
      return { file, field: '(file)', expected: SAVE_AS_EML, found: `a message that cannot be read (${error})` };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      file,
      field: '(encoding)',
      expected: `${SAVE_AS_EML}, saved as UTF-8 so that Bangla and Hindi letters survive`,
      found: 'text in another encoding, which is not UTF-8',
    };
  }
}

/** The fields of the request's answers are the importer's fields of the same name. */
const FIELD: Record<TestimonialField, ImportField> = {
  name: 'name',
  role: 'role',
  company: 'company',
  url: 'url',
  language: 'language',
  rating: 'rating',
  quote: 'quote',
  photo: 'photo',
  consent: 'consent',
};

/**
 * The records of a message's answer blocks, or the problem that there is none
 * (a message that is not the request page's, or whose markers were deleted).
 */
export function messageRecords(message: Message, file: string): SourceRecord[] | Problem {
  const blocks = readRequestBlocks(message.text);
  if (!blocks.length) {
    return {
      file,
      field: '(answers)',
      expected:
        'the answers of the request page\'s e-mail, between its lines "--- testimonial v1-… ---" and "--- end ---" (forward or save the client\'s reply itself, not a message about it)',
      found: 'no such lines',
    };
  }
  return blocks.map((block) => {
    const cells: SourceRecord['cells'] = { wording: `${block.wording}-${block.lang}` };
    const lines: SourceRecord['lines'] = {};
    for (const [field, answer] of Object.entries(block.answers) as [TestimonialField, string][]) {
      cells[FIELD[field]] = answer;
      lines[FIELD[field]] = block.lines[field];
    }
    if (message.date) cells.date = message.date.toISOString();
    return {
      line: block.line,
      cells,
      lines,
      problems: block.unreadable.map((field): Problem => ({
        file,
        line: block.lines[field],
        field: FIELD[field],
        expected:
          'the answer after the colon that ends the question (the colon was deleted, so the answer cannot be told from the question)',
        found: 'the question without its colon',
      })),
    };
  });
}
