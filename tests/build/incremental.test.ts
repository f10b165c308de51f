/**
 * Astro's incremental build (src/data/cache-key.ts): after one case study's
 * text changes, the next build renders that page and the pages that show it
 * again, copies the other service and case study pages from the last build,
 * and the site is the same as a full build would make it: the new text on
 * its page, every copied page as it was, every page's share image and
 * sitemap entry, no page left out. A changed title reaches every page.
 * CV PDFs are copied from the cache unless what the CV shows changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';
import { build, filesBelow } from '../support/authoring.ts';

const CHANGED = 'src/content/case-studies/en/clinic-appointments.mdx';
const SENTENCE = 'The clinic now confirms every booking within the hour.';

let dir = '';
const pagesOf = (log: string, mark: string) =>
  [...log.matchAll(new RegExp(`(\\S+index\\.html) \\(${mark}\\)`, 'g'))].map((m) => m[1]);
const readAll = () =>
  Object.fromEntries(
    filesBelow(path.join(dir, 'dist'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, readFileSync(path.join(dir, 'dist', f), 'utf8')]),
  );

describe('a build after one change', () => {
  let first: Record<string, string> = {};
  let second: Record<string, string> = {};
  let log = '';

  beforeAll(() => {
    dir = copySite('.test-builds/incremental', {}, process.cwd(), { ownAstroCache: true });
    const one = build(dir);
    expect(one.status, one.stdout + one.stderr).toBe(0);
    expect(pagesOf(one.stdout, 'restored')).toEqual([]);
    first = readAll();
    writeFileSync(
      path.join(dir, CHANGED),
      `${readFileSync(path.join(dir, CHANGED), 'utf8').trimEnd()}\n\n${SENTENCE}\n`,
    );
    const two = build(dir);
    expect(two.status, two.stdout + two.stderr).toBe(0);
    log = two.stdout;
    second = readAll();
  }, 300_000);

  it('copies the pages whose data did not change, renders the changed one again', () => {
    const restored = pagesOf(log, 'restored');
    expect(restored.length).toBeGreaterThan(20);
    expect(restored).not.toContain('/en/case-studies/clinic-appointments/index.html');
    expect(second['en/case-studies/clinic-appointments/index.html']).toContain(SENTENCE);
    for (const page of restored) expect(second[page.slice(1)], page).toBe(first[page.slice(1)]);
  });

  it('copies the CV PDFs from the cache: the story of a case study is not on a CV', () => {
    expect(log).toMatch(/0 CV PDFs written, 3 reused from the cache/);
    for (const locale of ['en', 'bn', 'hi'])
      expect(filesBelow(path.join(dir, 'dist'))).toContain(`${locale}/cv/rumana-haque-cv-${locale}.pdf`);
  });

  it('builds the same pages, each with its share image and in the sitemap as before', () => {
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    const files = filesBelow(path.join(dir, 'dist'));
    for (const page of pagesOf(log, 'restored')) {
      const image = `og/${page.slice(1).replace(/\/index\.html$/, '.png')}`;
      expect(files, image).toContain(image);
    }
    const sitemap = readFileSync(path.join(dir, 'dist', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/case-studies/clinic-appointments/');
    expect(sitemap).toContain('/bn/services/');
  });

  it('renders every page again when the build options change, which Astro alone would not notice', () => {
    // Turning CSS code splitting on or off renames every stylesheet: copied pages would link files that are gone.
    const config = path.join(dir, 'astro.config.mjs');
    writeFileSync(config, `${readFileSync(config, 'utf8')}\n// build options changed\n`);
    const rebuilt = build(dir);
    expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
    expect(pagesOf(rebuilt.stdout, 'restored')).toEqual([]);
  }, 300_000);

  it('renders every page again when the font cuts change (a letter no text had before), as every page links them', () => {
    // Þ is in the Latin font's file, and in no text of the demo: the cut gains a glyph and a new file name.
    writeFileSync(
      path.join(dir, CHANGED),
      `${readFileSync(path.join(dir, CHANGED), 'utf8').trimEnd()}\n\nÞórunn, the clinic's manager, agrees.\n`,
    );
    const rebuilt = build(dir);
    expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
    expect(pagesOf(rebuilt.stdout, 'restored')).toEqual([]);
  }, 300_000);

  it('renders every page again when a title changes, as any page may show it', () => {
    writeFileSync(
      path.join(dir, CHANGED),
      readFileSync(path.join(dir, CHANGED), 'utf8').replace(/^title: .*$/m, 'title: "Clinic bookings, sorted"'),
    );
    const three = build(dir);
    expect(three.status, three.stdout + three.stderr).toBe(0);
    expect(pagesOf(three.stdout, 'restored')).toEqual([]);
    // The English CV lists the case study's results under its title: its PDF alone is written again.
    expect(three.stdout).toMatch(/1 CV PDF written, 2 reused from the cache/);
    // The service the case study proves shows it under its new title.
    expect(
      readFileSync(path.join(dir, 'dist', 'en', 'services', 'calendar-scheduling', 'index.html'), 'utf8'),
    ).toContain('Clinic bookings, sorted');
  }, 300_000);
});
