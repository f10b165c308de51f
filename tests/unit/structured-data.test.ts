/** The schema.org check the e2e suite runs on every page catches what it should. */
import { describe, expect, it } from 'vitest';
import { schemaOrgProblems } from '../support/schema-org.ts';
import { person } from '../../src/rules/structured-data.ts';

describe('schemaOrgProblems', () => {
  it('rejects a property a type does not have, nested ones too, and unknown types', () => {
    expect(
      schemaOrgProblems({ '@context': 'https://schema.org', '@type': 'Service', name: 'x', inLanguage: 'en' }),
    ).toContainEqual(expect.stringContaining('inLanguage'));
    expect(
      schemaOrgProblems({ '@type': 'Person', name: 'R', worksFor: { '@type': 'Organization', nme: 'typo' } }).join(
        '\n',
      ),
    ).toContain('nme');
    expect(schemaOrgProblems({ '@type': 'Servce', name: 'x' })).toEqual(['unknown @type "Servce"']);
  });

  it('accepts what the site writes: an online event with IRI enumerations, a Person who makes offers', () => {
    expect(
      schemaOrgProblems({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'W',
        inLanguage: 'bn',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        location: { '@type': 'VirtualLocation', url: 'https://x/' },
      }),
    ).toEqual([]);
    expect(
      schemaOrgProblems({
        '@type': 'Person',
        name: 'R',
        makesOffer: [{ '@type': 'Offer', itemOffered: { '@type': 'Service', name: 'Inbox' } }],
      }),
    ).toEqual([]);
  });

  it("accepts the Person's credentials as EducationalOccupationalCredential, recognised by their issuer", () => {
    const data = person(
      { home: 'https://x.example/', name: 'R', sameAs: [] },
      {
        name: 'রুমানা হক',
        jobTitle: 'VA',
        description: 'd',
        url: 'https://x.example/bn/',
        languages: ['বাংলা'],
        services: [],
        credentials: [
          { name: 'QuickBooks Online', issuer: 'Intuit', date: '2024-05-10', url: 'https://intuit.example/c/1' },
          { name: 'ভার্চুয়াল অ্যাসিস্ট্যান্ট প্রশিক্ষণ', issuer: 'ডিজিটাল দক্ষতা কেন্দ্র', date: '2020-02-20' },
        ],
      },
    );
    expect((data as { hasCredential?: unknown }).hasCredential).toEqual([
      expect.objectContaining({
        '@type': 'EducationalOccupationalCredential',
        recognizedBy: { '@type': 'Organization', name: 'Intuit' },
        dateCreated: '2024-05-10',
        url: 'https://intuit.example/c/1',
      }),
      expect.not.objectContaining({ url: expect.anything() }),
    ]);
    expect(schemaOrgProblems(data)).toEqual([]);
  });
});
