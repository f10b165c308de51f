/**
 * The answers block of the request page's e-mail (src/rules/request-fields.ts):
 * what the page writes, a client fills in and a program reads back, in every
 * language, however the mail program carried it: replies that quote it
 * ("> ", ">> "), Windows line breaks, no-break spaces, a question wrapped onto
 * two lines, colons inside the answers, several blocks in one thread.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, testimonialRequest } from '../../src/data/request-page.ts';
import { LOCALE_CODES, LOCALES, type Locale } from '../../src/languages/table.ts';
import { createT } from '../../src/i18n/t.ts';
import {
  BLOCK_END,
  SHORT_ANSWERS,
  TESTIMONIAL_FIELDS,
  blockStart,
  readRequestBlocks,
  type TestimonialField,
} from '../../src/rules/request-fields.ts';
import { HOSTS } from '../../src/schemas/hosts.ts';
import { nameIn, resolveSiteConfig } from '../../src/schemas/site-config.ts';
import type { PageContext } from '../../src/site/context.ts';

function context(locale: Locale): PageContext {
  const site = resolveSiteConfig({
    site: 'https://rina.example.org',
    base: '/portfolio/',
    locales: [...LOCALE_CODES],
    defaultLocale: 'bn',
    name: 'Rina Akter',
    nameIn: { bn: 'রিনা আক্তার', hi: 'रीना अख़्तर' },
    contact: { email: 'rina@example.org' },
    host: 'github-pages',
  });
  const fmt = { locale, numerals: site.numerals[locale] };
  return {
    locale,
    info: LOCALES[locale],
    t: createT(locale, fmt.numerals, site.defaultLocale),
    fmt,
    site,
    host: HOSTS[site.host],
    name: nameIn(site, locale),
  };
}

/** What a client writes after each question, in each language. */
const ANSWERS: Record<Locale, Record<TestimonialField, string>> = {
  en: {
    name: 'Grace Lee',
    role: 'Founder',
    company: 'Lee & Co: Events',
    url: 'https://leeandco.example/about',
    language: 'English',
    rating: '5',
    quote: 'Rina kept our calendar: every meeting, every reminder.\nNothing slipped.',
    photo: 'no',
    consent: 'yes',
  },
  bn: {
    name: 'করিম উদ্দিন',
    role: 'প্রতিষ্ঠাতা',
    company: 'ঢাকা বেকস',
    url: 'dhakabakes.example',
    language: 'বাংলা',
    rating: '৫',
    quote: 'রিনা আমাদের অর্ডারের সব ইমেইল গুছিয়ে দিয়েছেন।\nএখন কোনো অর্ডার হারায় না।',
    photo: 'না',
    consent: 'হ্যাঁ',
  },
  hi: {
    name: 'अनीता शर्मा',
    role: 'मालकिन',
    company: 'शर्मा बुटीक',
    url: '',
    language: 'हिन्दी',
    rating: '४',
    quote: 'रीना ने हमारे सारे ईमेल समय पर संभाले: बिल, मीटिंग, सब कुछ।',
    photo: 'हाँ',
    consent: 'हाँ',
  },
};

/** The page's template with the client's answers written in, as a client does in the e-mail. */
function filledIn(locale: Locale): string {
  const { template } = testimonialRequest(context(locale));
  return template
    .split('\n')
    .map((line) => {
      const field = /^\[(\w+)\]/.exec(line)?.[1] as TestimonialField | undefined;
      if (!field) return line;
      // The language is written in already; the testimonial goes on the lines below its question.
      if (field === 'language') return line;
      if (field === 'quote') return `${line}\n${ANSWERS[locale].quote}`;
      return `${line} ${ANSWERS[locale][field]}`.trimEnd();
    })
    .join('\n');
}

describe('the e-mail the request page opens', () => {
  it('holds the questions between the marker lines, each after its field, in the page language', () => {
    for (const locale of LOCALE_CODES) {
      const { template } = testimonialRequest(context(locale));
      const lines = template.split('\n');
      const start = lines.indexOf(blockStart(locale));
      expect(start, locale).toBeGreaterThan(0);
      expect(lines.indexOf(BLOCK_END), locale).toBeGreaterThan(start);
      expect(blockStart(locale)).toBe(`--- testimonial v1-${locale} ---`);
      const fields = lines.map((l) => /^\[(\w+)\] /.exec(l)?.[1]).filter(Boolean);
      expect(fields, locale).toEqual([...TESTIMONIAL_FIELDS]);
    }
  });

  it('asks questions whose own words end where the answer starts: no colon in the long ones, no ")" in a hint', () => {
    for (const locale of LOCALE_CODES) {
      const { labels } = testimonialRequest(context(locale));
      const t = context(locale).t;
      for (const field of TESTIMONIAL_FIELDS.filter((f) => !SHORT_ANSWERS.includes(f)))
        expect(labels[field], `${locale} ${FIELD_LABELS[field]}`).not.toMatch(/[:：]/);
      for (const hint of [t('share.ratingHint'), `${t('share.yes')} / ${t('share.no')}`])
        expect(hint).not.toMatch(/[()]/);
      for (const field of SHORT_ANSWERS) expect(labels[field], `${locale} ${field}`).not.toMatch(/\)\s*[:：]/);
    }
  });
});

describe('reading the answers back', () => {
  it('gives every answer as the client wrote it, in every language, with the wording and the page language', () => {
    for (const locale of LOCALE_CODES) {
      const [block, ...more] = readRequestBlocks(filledIn(locale));
      expect(more).toEqual([]);
      expect(block.wording).toBe('v1');
      expect(block.lang).toBe(locale);
      expect(block.answers, locale).toEqual(ANSWERS[locale]);
      expect(block.unreadable).toEqual([]);
    }
  });

  it('reads a reply that quotes it, twice over, with Windows line breaks and no-break spaces', () => {
    for (const locale of LOCALE_CODES) {
      const text = filledIn(locale);
      const quoted = `Thanks!\r\n\r\nOn Tue, 6 Oct 2026 at 10:00, Client wrote:\r\n${text
        .split('\n')
        .map((l) => `>> ${l.replace(/ /g, (s, i) => (i % 7 === 0 ? '\u00a0' : s))}`)
        .join('\r\n')}`;
      expect(readRequestBlocks(quoted)[0].answers, locale).toEqual(readRequestBlocks(text)[0].answers);
    }
  });

  it('reads a question a mail program wrapped at 72 characters', () => {
    for (const locale of LOCALE_CODES) {
      const wrapped = filledIn(locale)
        .split('\n')
        .flatMap((line) => {
          if (line.startsWith('[quote]') || line.length <= 72) return [line];
          const out: string[] = [];
          let rest = line;
          while (rest.length > 72) {
            const cut = rest.lastIndexOf(' ', 72);
            out.push(rest.slice(0, cut));
            rest = rest.slice(cut + 1);
          }
          return [...out, rest];
        });
      expect(wrapped.some((l) => l.startsWith('[consent]') && !l.includes('/'))).toBe(true);
      expect(readRequestBlocks(wrapped.join('\n'))[0].answers.consent, locale).toBe(ANSWERS[locale].consent);
    }
  });

  it('says which answer it cannot tell from its question, and takes the last colon when the hint is gone', () => {
    const text = filledIn('en')
      .replace('[name] Your name: Grace Lee', '[name] Grace Lee')
      .replace(/\(yes \/ no\): yes$/m, ': yes');
    const [block] = readRequestBlocks(text);
    expect(block.unreadable).toEqual(['name']);
    expect(block.answers.consent).toBe('yes');
  });

  it('reads each of several blocks in one thread, and nothing from text without one', () => {
    const thread = `${filledIn('bn')}\n\n-------- Forwarded message --------\n${filledIn('hi')}`;
    expect(readRequestBlocks(thread).map((b) => [b.lang, b.answers.name, b.line])).toEqual([
      ['bn', 'করিম উদ্দিন', 3],
      ['hi', 'अनीता शर्मा', filledIn('bn').split('\n').length + 5],
    ]);
    expect(readRequestBlocks('Dear Rina, thank you for everything!\nKarim')).toEqual([]);
  });
});
