/**
 * A collection added through the registry alone: a copy of the demo site
 * gains `courses` (tests/fixtures/new-collection: its schema and starter, its
 * entry in src/schemas/collections.ts, its pages, components and words) and
 * nothing else changes. `npm run new -- course` writes its files, `npm run
 * check` validates them (a bad field and a broken reference reported with
 * file and line), the editor lists the collection, and the built site links
 * its list page in every language's navigation and lists its pages in the sitemap.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { copySite } from '../support/site-copy.ts';
import { build, command as projectCommand, filesBelow } from '../support/authoring.ts';

const FIXTURE = 'tests/fixtures/new-collection';
const LOCALES = ['en', 'bn', 'hi'];

/** The site's files with the collection added: new files, the registry entry, and the words merged into each strings file. */
function withCourses(): Record<string, string> {
  const registry = readFileSync('src/schemas/collections.ts', 'utf8');
  const lastImport = "import { webinarSchema, webinarStarter } from './webinar.ts';";
  const tableEnd = '\n} as const satisfies Record<string, CollectionSpec>;';
  if (!registry.includes(lastImport) || !registry.includes(tableEnd))
    throw new Error(
      'src/schemas/collections.ts changed shape: update withCourses() in tests/build/new-collection.test.ts',
    );
  const files: Record<string, string> = {
    'src/schemas/collections.ts': registry
      .replace(lastImport, `${lastImport}\nimport { courseSchema, courseStarter } from './course.ts';`)
      .replace(tableEnd, `\n${readFileSync(`${FIXTURE}/registry-entry.txt`, 'utf8').trimEnd()}${tableEnd}`),
  };
  for (const file of filesBelow(path.join(FIXTURE, 'src')))
    files[`src/${file}`] = readFileSync(path.join(FIXTURE, 'src', file), 'utf8');
  for (const locale of LOCALES) {
    const strings = { ...JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) };
    Object.assign(strings, JSON.parse(readFileSync(`${FIXTURE}/locales/${locale}.json`, 'utf8')));
    files[`locales/${locale}.json`] = `${JSON.stringify(strings, null, 2)}\n`;
  }
  return files;
}

/** The main navigation's links on a locale's home page. */
function navLinks(out: string, locale: string): string[] {
  const home = readFileSync(path.join(out, locale, 'index.html'), 'utf8');
  const nav = /<nav class="wrap main-nav"[\s\S]*?<\/nav>/.exec(home)![0];
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}

describe('a collection added through the registry', { timeout: 300_000 }, () => {
  const files = withCourses();
  const root = copySite('.test-builds/new-collection', files);
  const file = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
  // The copy's own commands: its src has the collection.
  const command = (script: 'new' | 'check', args: string[], at: string) =>
    projectCommand(script, args, at, {}, { own: true });

  it('touches only the registry, its schema, pages, components and words', () => {
    expect(Object.keys(files).sort()).toEqual([
      'locales/bn.json',
      'locales/en.json',
      'locales/hi.json',
      'src/components/sections/CourseCard.astro',
      'src/components/sections/CourseDetails.astro',
      'src/pages/[lang]/courses/[id].astro',
      'src/pages/[lang]/courses/index.astro',
      'src/schemas/collections.ts',
      'src/schemas/course.ts',
    ]);
  });

  it('is a kind of npm run new, with its own questions and flags, and check and the build know it', () => {
    const help = command('new', ['--help'], root);
    expect(help.stdout).toMatch(
      /\n {2}course +--title "…", --summary "…", --level beginner\|intermediate\|advanced, --lessons 6, --topic "…" \(repeat\)/,
    );

    const refused = command('new', ['course', '--title', 'Calendars', '--lessons', 'many', '--level', 'expert'], root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('(command line): --lessons: expected a whole number from 1 to 100, found "many"');
    expect(refused.stderr).toContain(
      '(command line): --level: expected one of beginner, intermediate, advanced, found "expert"',
    );

    const en = command(
      'new',
      [
        'course',
        '--lang',
        'en',
        '--title',
        'Inbox basics',
        '--summary',
        'Keep a shared inbox calm, in six short lessons.',
        '--level',
        'beginner',
        '--lessons',
        '6',
        '--topic',
        'Labels',
        '--topic',
        'Filters',
      ],
      root,
    );
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toContain('Written (courses):');
    const written = file('src/content/courses/en/inbox-basics.mdx');
    expect(written).toContain('title: Inbox basics\n');
    expect(written).toContain('level: beginner\nlessons: 6\ntopics: [Labels, Filters]\n');
    expect(written).toContain('# services: [inbox-management]  # ids of the services it teaches\n');
    expect(written).toContain('cover: ../covers/inbox-basics.png\n');
    expect(written).not.toContain('draft: true');
    expect(existsSync(path.join(root, 'src/content/courses/covers/inbox-basics.png'))).toBe(true);

    // A Bangla course, with its English file marked for translation (a draft), and lessons in Bangla digits.
    const bn = command(
      'new',
      ['course', '--lang', 'bn,en', '--title', 'ইমেইল গুছিয়ে রাখা', '--lessons', '৪', '--topic', 'লেবেল'],
      root,
    );
    expect(bn.status, bn.stderr).toBe(0);
    expect(file('src/content/courses/bn/imeil-guchhiye-rakha.mdx')).toContain('lessons: 4\n');
    const english = file('src/content/courses/en/imeil-guchhiye-rakha.mdx');
    expect(english).toContain('title: "TODO: translate: ইমেইল গুছিয়ে রাখা"');
    expect(english).toContain('draft: true');
    // Without an answer, the summary is a placeholder from the schema's description, and the file a draft too.
    expect(file('src/content/courses/bn/imeil-guchhiye-rakha.mdx')).toContain(
      'summary: "TODO: one or two sentences: what people can do after it"',
    );
    expect(file('src/content/courses/bn/imeil-guchhiye-rakha.mdx')).toContain('draft: true');

    const ok = command('check', [], root);
    expect(ok.status, ok.stderr).toBe(0);

    // A page of its own takes no entry id from it: "courses/<id>/" is its address.
    const broken = 'src/content/courses/en/broken.mdx';
    writeFileSync(
      path.join(root, broken),
      [
        '---',
        'title: Broken',
        'summary: A course with mistakes.',
        'level: beginner',
        'lessons: many',
        'topics: [One]',
        'services: [no-such-service]',
        'cover: ../covers/inbox-basics.png',
        'coverAlt: A card',
        '---',
        '',
      ].join('\n'),
    );
    const bad = command('check', [], root);
    rmSync(path.join(root, broken));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${broken}:5: lessons: expected a number, found "many"`);
    expect(bad.stderr).toContain(`${broken}:7: services.0: expected the id of a published service`);
  });

  it('is in the editor, the navigation of every language and the sitemap', () => {
    const built = build(root);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const out = path.join(root, 'dist');

    const editor = yaml.load(readFileSync(path.join(out, 'admin/config.yml'), 'utf8')) as {
      collections: {
        name: string;
        folder?: string;
        fields?: { name: string; widget: string; [k: string]: unknown }[];
      }[];
    };
    const courses = editor.collections.find((c) => c.name === 'courses')!;
    expect(courses.folder).toBe('src/content/courses');
    expect(courses.fields!.find((f) => f.name === 'level')).toMatchObject({
      widget: 'select',
      options: ['beginner', 'intermediate', 'advanced'],
    });
    expect(courses.fields!.find((f) => f.name === 'lessons')).toMatchObject({ widget: 'number', min: 1, max: 100 });
    expect(courses.fields!.find((f) => f.name === 'services')).toMatchObject({
      widget: 'relation',
      collection: 'services',
      multiple: true,
    });

    for (const locale of LOCALES) {
      const links = navLinks(out, locale);
      // After the demo's sections, before about and contact: the table's order.
      expect(links.slice(-3)).toEqual([`/${locale}/courses/`, `/${locale}/about/`, `/${locale}/contact/`]);
      expect(readFileSync(path.join(out, locale, 'courses/index.html'), 'utf8')).toContain('Inbox basics');
      expect(existsSync(path.join(out, locale, 'courses/inbox-basics/index.html'))).toBe(true);
    }
    const page = readFileSync(path.join(out, 'bn/courses/inbox-basics/index.html'), 'utf8');
    expect(page).toContain('Filters');
    expect(page).toContain('৬টি ক্লাস');
    // The Bangla course is a draft: no page.
    expect(existsSync(path.join(out, 'bn/courses/imeil-guchhiye-rakha'))).toBe(false);

    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    for (const locale of LOCALES) expect(sitemap).toContain(`/${locale}/courses/</loc>`);
    expect(sitemap).toContain('/en/courses/inbox-basics/</loc>');
    // Pages showing another language's text (untranslated) stay out of the sitemap, as for every section.
    expect(sitemap).not.toContain('/bn/courses/inbox-basics/</loc>');
  });
});
