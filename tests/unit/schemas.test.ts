/** Each collection's schema on a valid entry and on typical mistakes. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { serviceSchema } from '../../src/schemas/service.ts';
import { caseStudySchema } from '../../src/schemas/case-study.ts';
import { testimonialSchema } from '../../src/schemas/testimonial.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { problemsFromZod, formatProblem } from '../../src/schemas/errors.ts';

/** Stand-in for Astro's image(): any path ending in an image extension. */
const image = () => z.string().regex(/\.(jpe?g|png|webp)$/);

function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : problemsFromZod('entry.mdx', result.error, data).map(formatProblem);
}

const service = {
  title: 'Inbox management',
  summary: 'A calm inbox.',
  category: 'email-management',
  prices: [{ model: 'hourly', amount: 10, currency: 'USD' }],
};

const caseStudy = {
  title: 'Coaching inbox',
  summary: 'Inbox zero for a coach.',
  client: { name: 'Meghna Coaching', industry: 'Coaching', country: 'India', named: true },
  role: 'Inbox and calendar owner',
  responsibilities: ['Daily triage'],
  services: ['inbox-management'],
  period: { start: '2025-01-01' },
  results: [{ label: 'Time saved each week', value: 9, unit: 'hours' }],
  cover: './cover.jpg',
  coverAlt: 'An inbox',
};

const testimonial = {
  quote: 'রুমানা আমাদের সময় বাঁচিয়েছেন।',
  lang: 'bn',
  translations: { en: 'Rumana saved us time.' },
  author: { name: 'Farhana' },
  rating: 5,
  date: '2025-06-01',
  source: { platform: 'upwork', url: 'https://upwork.example/r/1' },
  consent: true,
};

describe('service schema', () => {
  it('accepts a valid service and fills defaults', () => {
    const parsed = serviceSchema.parse(service);
    expect(parsed.featured).toBe(false);
    expect(parsed.deliverables).toEqual([]);
  });
  it('rejects a price without amount, a lowercase currency and an unknown model', () => {
    const p = problems(serviceSchema, { ...service, prices: [{ model: 'weekly', currency: 'usd' }] });
    expect(p).toContain(
      'entry.mdx: prices.0.model: expected one of "hourly", "project", "monthly", "package", found "weekly"',
    );
    expect(p.join('\n')).toContain('prices.0.amount: expected a number without currency sign or commas');
    expect(p.join('\n')).toContain('prices.0.currency: expected an ISO 4217 currency code');
  });
  it('rejects an empty price list and unknown fields', () => {
    const p = problems(serviceSchema, { ...service, prices: [], price: 10 });
    expect(p.join('\n')).toContain('prices: expected at least one price, found an empty list');
    expect(p.join('\n')).toContain('expected no unknown fields (remove price)');
  });
});

describe('case study schema', () => {
  const schema = caseStudySchema({ image });
  it('accepts a valid case study with an ongoing period', () => {
    const parsed = schema.parse(caseStudy);
    expect(parsed.period.end).toBeUndefined();
    expect(parsed.period.start.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
  it('rejects an end before the start, an impossible date and a missing naming decision', () => {
    const p = problems(schema, {
      ...caseStudy,
      client: { ...caseStudy.client, named: undefined },
      period: { start: '2025-05-01', end: '2025-04-31' },
    }).join('\n');
    expect(p).toContain('client.named: expected true or false: did the client agree to be named?');
    expect(p).toContain('period.end: expected a date written as YYYY-MM-DD');
    const q = problems(schema, { ...caseStudy, period: { start: '2025-05-01', end: '2025-04-01' } }).join('\n');
    expect(q).toContain('period.end: expected an end date on or after the start date');
  });
  it('requires alt text for the cover and gallery images', () => {
    const p = problems(schema, { ...caseStudy, coverAlt: ' ', gallery: [{ src: './a.jpg' }] }).join('\n');
    expect(p).toContain('coverAlt: expected some text (it is empty)');
    expect(p).toContain('gallery.0.alt: expected some text, found nothing');
  });
  it('takes service ids, not titles', () => {
    expect(problems(schema, { ...caseStudy, services: ['Inbox management'] }).join('\n')).toContain(
      'services.0: expected an entry id',
    );
  });
});

describe('testimonial schema', () => {
  const schema = testimonialSchema({ image });
  it('accepts a valid testimonial with a translation', () => {
    expect(schema.parse(testimonial).translations.en).toBe('Rumana saved us time.');
  });
  it('accepts a testimonial without a rating', () => {
    const { rating: _r, ...noRating } = testimonial;
    expect(schema.parse(noRating).rating).toBeUndefined();
  });
  it('requires consent, a known language and a 1–5 whole rating', () => {
    const { consent: _c, ...noConsent } = testimonial;
    const p = problems(schema, { ...noConsent, lang: 'fr', rating: 4.5 }).join('\n');
    expect(p).toContain('consent: expected true or false: did the client agree to be quoted here?, found nothing');
    expect(p).toContain('lang: expected one of "en", "bn", "hi", found "fr"');
    expect(p).toContain('rating: expected');
  });
  it('takes the author per language, and a translated author needs a name', () => {
    const author = { name: 'ফারহানা', translations: { en: { name: 'Farhana', role: 'Owner' } } };
    expect(schema.parse({ ...testimonial, author }).author.translations.en).toEqual({ name: 'Farhana', role: 'Owner' });
    const p = problems(schema, {
      ...testimonial,
      author: { name: 'ফারহানা', translations: { en: { role: 'Owner' }, fr: { name: 'Farhana' } } },
    }).join('\n');
    expect(p).toContain('author.translations.en.name: expected');
    expect(p).toContain('author.translations: expected no unknown fields (remove fr)');
  });
  it('rejects a source link that is not a web address', () => {
    expect(
      problems(schema, { ...testimonial, source: { platform: 'upwork', url: 'javascript:alert(1)' } }).join('\n'),
    ).toContain('source.url: expected a full web address');
  });
});

describe('profile schema', () => {
  const schema = profileSchema({ image });
  const profile = {
    name: 'Rumana',
    headline: 'Helping founders',
    jobTitles: ['Virtual assistant'],
    photo: './me.jpg',
    location: 'Khulna',
    timeZone: 'Asia/Dhaka',
    languages: ['Bangla'],
    availability: { accepting: true, days: ['sun', 'mon'], from: '10:00', to: '19:00', responseHours: 4 },
  };
  it('accepts a valid profile', () => {
    expect(schema.parse(profile).engagementTypes).toEqual([]);
  });
  it('rejects unknown days, bad times and unknown time zones', () => {
    const p = problems(schema, {
      ...profile,
      timeZone: 'Dhaka',
      availability: { ...profile.availability, days: ['sunday'], from: '25:00' },
    }).join('\n');
    expect(p).toContain('timeZone: expected an IANA time zone name');
    expect(p).toContain('availability.days.0: expected one of "mon"');
    expect(p).toContain('availability.from: expected a time of day as HH:MM');
  });
});
