/**
 * What the testimonial request page (routes.testimonialRequest) shows, in the
 * page's language: the questions, the languages and ratings to choose from,
 * the consent naming this site's address and the VA, and, for hosts without
 * forms, the same questions as a message template with the link that opens
 * it prefilled (email, else WhatsApp). The field names are the contract in
 * src/rules/request-fields.ts.
 */
import { LOCALES, type Locale } from '../languages/table.ts';
import { SITE_PATHS, routeUrl } from '../i18n/routes.ts';
import { tAround, type MessageKey } from '../i18n/t.ts';
import { mailtoUrl, whatsappUrl } from '../rules/contact-links.ts';
import { formatNumber } from '../i18n/format.ts';
import {
  RATING_VALUES,
  displayAddress,
  requestTemplate,
  wordingValue,
  type TemplateLine,
  type TestimonialField,
} from '../rules/request-fields.ts';
import type { PageContext } from '../site/context.ts';

/** Each field's question; the form's labels and the template's lines are the same strings. */
export const FIELD_LABELS = {
  name: 'share.name',
  role: 'share.role',
  company: 'share.company',
  url: 'share.url',
  language: 'share.language',
  rating: 'share.rating',
  quote: 'share.quote',
  photo: 'share.photo',
  consent: 'share.consent',
} as const satisfies Record<TestimonialField, MessageKey>;

export interface LanguageOption {
  code: Locale;
  /** The language's name in itself. */
  label: string;
  /** Its BCP 47 tag, for the option's `lang`. */
  lang: string;
}

export interface RatingOption {
  /** What the form sends: 1 to 5. */
  value: string;
  /** The number in the page's digits. */
  label: string;
}

/** Where a client without the form sends their answers (a host without forms). */
export interface SendLink {
  channel: 'email' | 'whatsapp';
  /** The link that opens the message with the template written in. */
  href: string;
  /** The address or number, for people who copy the template instead. */
  to: string;
}

export interface TestimonialRequest {
  /** The site's address as shown in the consent: `name.github.io/portfolio`. */
  address: string;
  /** The question of each field, in the page's language (the consent with the address written in). */
  labels: Record<TestimonialField, string>;
  /** The consent's text before and after the address, so the address can be set apart (left to right, even on a right-to-left page). */
  consentAround: [string, string];
  languages: LanguageOption[];
  ratings: RatingOption[];
  /** The questions as plain text, with the page's language written in, between the markers the importer reads. */
  template: string;
  /** The consent sentence's version and the page's language (`v1-bn`): the form's hidden wording field. */
  wording: string;
  subject: string;
  /** Undefined when the site has neither an email address nor WhatsApp. */
  send?: SendLink;
}

export function testimonialRequest(ctx: PageContext): TestimonialRequest {
  const { locale, t, fmt, site, name } = ctx;
  const address = displayAddress(routeUrl(SITE_PATHS.entry, site.site));
  const labels = Object.fromEntries(
    Object.entries(FIELD_LABELS).map(([field, key]) => [field, t(key, { name, address })]),
  ) as Record<TestimonialField, string>;
  const yesNo = `${t('share.yes')} / ${t('share.no')}`;
  const lines: TemplateLine[] = [
    { field: 'name', label: labels.name },
    { field: 'role', label: labels.role },
    { field: 'company', label: labels.company },
    { field: 'url', label: labels.url },
    { field: 'language', label: labels.language, answer: LOCALES[locale].label },
    { field: 'rating', label: labels.rating, hint: t('share.ratingHint') },
    { field: 'quote', label: labels.quote, long: true },
    { field: 'photo', label: labels.photo, hint: yesNo },
    { field: 'consent', label: labels.consent, hint: yesNo },
  ];
  const template = requestTemplate(t('share.greeting', { name }), locale, lines);
  const subject = t('share.subject', { name });
  const { email, whatsapp } = site.contact;
  const send: SendLink | undefined = email
    ? { channel: 'email', href: mailtoUrl(email, subject, template), to: email }
    : whatsapp
      ? { channel: 'whatsapp', href: whatsappUrl(whatsapp, template), to: whatsapp }
      : undefined;
  return {
    address,
    labels,
    consentAround: tAround(t, FIELD_LABELS.consent, 'address', { name }),
    languages: site.locales.map((code) => ({ code, label: LOCALES[code].label, lang: LOCALES[code].lang })),
    ratings: RATING_VALUES.map((n) => ({ value: String(n), label: formatNumber(n, fmt) })),
    template,
    wording: wordingValue(locale),
    subject,
    send,
  };
}
