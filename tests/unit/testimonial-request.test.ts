/**
 * The testimonial request page's data for hosts without forms: which link
 * carries the questions (email first, then WhatsApp, else none), and that the
 * message it opens holds exactly the text the page shows.
 */
import { describe, expect, it } from 'vitest';
import { testimonialRequest } from '../../src/data/request-page.ts';
import { LOCALES, type Locale } from '../../src/languages/table.ts';
import { createT } from '../../src/i18n/t.ts';
import { requestTemplate } from '../../src/rules/request-fields.ts';
import { HOSTS } from '../../src/schemas/hosts.ts';
import { nameIn, resolveSiteConfig } from '../../src/schemas/site-config.ts';
import type { PageContext } from '../../src/site/context.ts';

function context(locale: Locale, contact: Record<string, string>): PageContext {
  const site = resolveSiteConfig({
    site: 'https://rina.example.org',
    locales: ['bn', 'en', 'hi'],
    defaultLocale: 'bn',
    name: 'Rina Akter',
    nameIn: { bn: 'রিনা আক্তার' },
    contact,
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

describe('the request template', () => {
  it('puts one question a line after its field, the answer after the colon, the long answer below, between markers', () => {
    expect(
      requestTemplate('Hello', 'en', [
        { field: 'name', label: 'Name' },
        { field: 'language', label: 'Language', answer: 'English' },
        { field: 'quote', label: 'Words', long: true },
        { field: 'consent', label: 'Consent', hint: 'yes / no' },
      ]),
    ).toBe(
      'Hello\n\n--- testimonial v1-en ---\n[name] Name:\n[language] Language: English\n[quote] Words:\n\n\n[consent] Consent (yes / no):\n--- end ---\n',
    );
  });

  it('asks in the page language, with the language written in and the site and VA named in the consent', () => {
    const { template, subject } = testimonialRequest(context('bn', { email: 'rina@example.org' }));
    expect(subject).toContain('রিনা আক্তার');
    expect(template).toContain('আপনার নাম:');
    expect(template).toContain('যে ভাষায় লিখছেন: বাংলা');
    expect(template).toContain('(১ সবচেয়ে কম, ৫ সবচেয়ে বেশি)');
    expect(template).toMatch(/আমি সম্মতি দিচ্ছি যে রিনা আক্তার .*\(rina\.example\.org\).* \(হ্যাঁ \/ না\):/);
    expect(template).not.toMatch(/[A-Z][a-z]+ name/);
  });

  it('numbers the ratings in the page digits and names each language in itself', () => {
    const request = testimonialRequest(context('bn', { email: 'rina@example.org' }));
    expect(request.ratings.map((r) => [r.value, r.label])).toEqual([
      ['1', '১'],
      ['2', '২'],
      ['3', '৩'],
      ['4', '৪'],
      ['5', '৫'],
    ]);
    expect(request.languages.map((l) => l.label)).toEqual(['বাংলা', 'English', 'हिन्दी']);
    expect(request.consentAround.join('rina.example.org')).toBe(request.labels.consent);
  });
});

describe('where the answers go without a form', () => {
  it('opens an email to the VA with the subject and the text the page shows (spaces as %20)', () => {
    const { send, template, subject } = testimonialRequest(
      context('en', { email: 'rina@example.org', whatsapp: '+8801712345678' }),
    );
    expect(send?.channel).toBe('email');
    expect(send?.to).toBe('rina@example.org');
    expect(send?.href).toMatch(/^mailto:rina@example\.org\?subject=Testimonial%20for%20Rina%20Akter&body=/);
    expect(send?.href).not.toContain('+');
    const url = new URL(send!.href);
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')).toBe(template);
  });

  it('without an email, opens a WhatsApp chat with the same text', () => {
    const { send, template } = testimonialRequest(
      context('hi', { whatsapp: '+8801712345678', phone: '+880 1712 345678' }),
    );
    expect(send?.channel).toBe('whatsapp');
    const url = new URL(send!.href);
    expect(url.origin + url.pathname).toBe('https://wa.me/8801712345678');
    expect(url.searchParams.get('text')).toBe(template);
    expect(template).toContain('आपका नाम:');
  });

  it('with neither, offers no link: the page shows the text and the other ways to reach the VA', () => {
    expect(
      testimonialRequest(context('en', { phone: '+880 1712 345678', booking: 'https://cal.example/rina' })).send,
    ).toBeUndefined();
  });
});
