/** The schema.org check the e2e suite runs on every page catches what it should. */
import { describe, expect, it } from 'vitest';
import { schemaOrgProblems } from '../support/schema-org.ts';

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
});
