/**
 * The collection table (src/schemas/collections.ts) is the one list of
 * collections: the references in the schemas, the navigation, the ids fixed
 * pages keep, the kinds of `npm run new` with their questions, flags and
 * strings all come from it, and whatever it names exists.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import en from '../../locales/en.json' with { type: 'json' };
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  KINDS,
  KIND_NAMES,
  SECTION_NAMES,
  collectionSpec,
  isCollectionName,
} from '../../src/schemas/collections.ts';
import { referencesOf } from '../../src/schemas/walk.ts';
import { NAV, detailPageOf, reservedIds, routes } from '../../src/i18n/routes.ts';
import { createT } from '../../src/i18n/t.ts';
import {
  hintOf,
  newHelp,
  questionsOf,
  readAnswer,
  slotAt,
  starterFlags,
  starterOf,
} from '../../src/authoring/new-questions.ts';

const image = () => z.string().meta({ image: true });
const messages = en as Record<string, string>;

describe('the collection table', () => {
  it('is what every reference in the schemas names: a collection whose entries have ids', () => {
    const targets = COLLECTION_NAMES.flatMap((name) =>
      referencesOf(collectionSpec(name).schema({ image })).map((ref) => `${name}.${ref.path} → ${ref.target}`),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const line of targets) {
      const target = line.split(' → ')[1];
      expect(isCollectionName(target), line).toBe(true);
      if (isCollectionName(target)) expect(COLLECTIONS[target].layout, line).not.toBe('locale-file');
    }
  });

  it('gives the main navigation its sections, in its order, between home and about', () => {
    expect(SECTION_NAMES).toEqual(['services', 'caseStudies', 'testimonials', 'webinars']);
    expect(NAV.map((item) => item.page)).toEqual(['home', ...SECTION_NAMES, 'about', 'contact']);
    for (const section of SECTION_NAMES) {
      expect(routes[section]('bn').path).toBe(`bn/${COLLECTIONS[section].folder}/`);
      expect(messages[`nav.${section}`], `nav.${section} in locales/en.json`).toBeTruthy();
    }
    expect(detailPageOf('caseStudies')).toBe('caseStudy');
    expect(routes.caseStudy('hi', 'x').path).toBe('hi/case-studies/x/');
    expect(detailPageOf('testimonials')).toBeUndefined();
  });

  it('keeps the ids of fixed pages from the entries whose pages sit beside them', () => {
    // A service called "share" would lose its testimonials page to the testimonial request page.
    expect(reservedIds('services')).toEqual(['share']);
    expect(reservedIds('caseStudies')).toEqual([]);
    expect(reservedIds('webinars')).toEqual([]);
  });

  it("names each collection in the commands' words", () => {
    for (const name of COLLECTION_NAMES)
      expect(messages[`cli.collection.${name}`], `cli.collection.${name}`).toBeTruthy();
  });
});

describe('the kinds of npm run new', () => {
  it('are the collections with a starter, by the word a VA types', () => {
    expect(KIND_NAMES).toEqual(['service', 'case-study', 'testimonial', 'webinar']);
    expect(KINDS['case-study']).toBe('caseStudies');
    for (const kind of KIND_NAMES) expect(messages[`cli.new.kinds.${kind}`], `cli.new.kinds.${kind}`).toBeTruthy();
  });

  it("name fields of their schema, and every question has its words in the VA's language", () => {
    for (const name of Object.values(KINDS)) {
      for (const field of Object.keys(starterOf(name).fields ?? {})) expect(() => slotAt(name, field)).not.toThrow();
      for (const q of questionsOf(name)) {
        if (q.prompt) expect(messages[q.prompt], `${name}: ${q.prompt} in locales/en.json`).toBeTruthy();
        // Only the entry's language answers --lang.
        if (q.language) expect(q.flag).toBe('lang');
      }
    }
  });

  it('take one flag per question, each meaning one thing across kinds', () => {
    const flags = starterFlags();
    expect(flags.title).toEqual({ type: 'string' });
    expect(flags.named).toEqual({ type: 'boolean' });
    expect(flags.responsibility).toEqual({ type: 'string', multiple: true });
    expect(Object.keys(flags)).toEqual(
      expect.arrayContaining(['model', 'amount', 'currency', 'since', 'author-role', 'time-zone', 'registration-url']),
    );
    expect(flags.lang).toBeUndefined();
  });

  it('read answers with the schema: Bangla and Devanagari digits, choices, dates, and what was expected instead', () => {
    const service = questionsOf('services');
    const amount = service.find((q) => q.flag === 'amount')!;
    expect(readAnswer('services', amount, '১৫০০', 'UTC')).toEqual({ value: 1500 });
    expect(readAnswer('services', amount, '०.५', 'UTC')).toEqual({ value: 0.5 });
    expect(readAnswer('services', amount, 'lots', 'UTC')).toEqual({ expected: 'a number above 0' });
    const category = service.find((q) => q.flag === 'category')!;
    expect(readAnswer('services', category, 'cooking', 'UTC')).toMatchObject({
      expected: expect.stringMatching(/^one of email-management, /),
    });
    const currency = service.find((q) => q.flag === 'currency')!;
    expect(readAnswer('services', currency, 'usd', 'UTC')).toEqual({
      expected: 'an ISO 4217 currency code such as BDT, INR or USD',
    });
    const since = questionsOf('caseStudies').find((q) => q.flag === 'since')!;
    expect(readAnswer('caseStudies', since, '২০২৫-০৬-০১', 'UTC')).toEqual({ value: '2025-06-01' });
    const webinar = questionsOf('webinars');
    const start = webinar.find((q) => q.flag === 'start')!;
    expect(readAnswer('webinars', start, '2027-03-10 19:00', 'Asia/Dhaka')).toEqual({
      value: new Date('2027-03-10T13:00:00Z'),
    });
    expect(
      readAnswer(
        'webinars',
        webinar.find((q) => q.flag === 'duration')!,
        '5',
        'UTC',
      ),
    ).toEqual({
      expected: 'a whole number from 15 to 720',
    });
    expect(
      readAnswer(
        'webinars',
        webinar.find((q) => q.flag === 'registration-url')!,
        'ftp://x',
        'UTC',
      ),
    ).toEqual({
      expected: 'a full web address starting with https://',
    });
    expect(hintOf('webinars', 'hostTimeZone').from).toBe('zone');
  });

  it('list every kind and its flags in --help, in the language asked for', () => {
    const help = newHelp(createT('bn', 'native'), 'bn');
    for (const kind of KIND_NAMES) expect(help).toContain(`\n  ${kind} `);
    expect(help).toContain('--responsibility "…" (একাধিকবার)');
    expect(help).toContain('--model hourly|project|monthly|package');
    // Flags and their samples are code: Latin digits, whatever the language.
    expect(help).toContain('--amount 1500');
    expect(help).toContain('--currency BDT');
  });
});
