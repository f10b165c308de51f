/**
 * The structure rules of docs/../README "Project layout", checked over the
 * source itself:
 * - imports go one way through the layers, and nothing imports in a circle;
 * - route strings are written only in src/i18n/routes.ts;
 * - stylesheets use logical properties (margin-inline-start, not margin-left),
 *   so right-to-left languages mirror the layout;
 * - components and layouts query nothing (their data comes as props), and
 *   pages stay thin;
 * - one file name means one thing: no name is used in two folders.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { routes } from '../../src/i18n/routes.ts';

/**
 * The layers, bottom first: a folder is one layer (or one feature within a
 * layer), and a file may import from its own layer or the ones below. The
 * README's "Project layout" says what each folder holds.
 */
const LAYERS: [layer: string, folders: string[]][] = [
  ['language table', ['src/languages', 'locales']],
  ['schemas', ['src/schemas']],
  ['rules', ['src/rules']],
  ['i18n', ['src/i18n']],
  ['browser scripts', ['src/browser']],
  ['project files', ['src/project']],
  ['fonts, images, PDFs, site context', ['src/fonts', 'src/images', 'src/pdf', 'src/site']],
  ['data and checks', ['src/data', 'src/check', 'src/content.config.ts']],
  ['authoring commands', ['src/authoring']],
  ['build and editor', ['src/build', 'src/editor']],
  ['components', ['src/components', 'src/layouts', 'src/middleware.ts']],
  ['pages', ['src/pages']],
  ['tools and tests', ['astro.config.mjs', 'scripts', 'tests']],
];

function layerOf(file: string): number {
  const index = LAYERS.findIndex(([, folders]) => folders.some((f) => file === f || file.startsWith(`${f}/`)));
  if (index < 0)
    throw new Error(`${file} belongs to no layer: add its folder to LAYERS in tests/unit/structure.test.ts`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(rel).isDirectory()) return sourceFiles(rel);
    return /\.(ts|astro|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

const FILES = [
  ...sourceFiles('src').filter((f) => !f.startsWith('src/content/')),
  'astro.config.mjs',
  ...sourceFiles('scripts'),
];

/** Relative imports of a file (static, dynamic, re-exports, side effects), resolved to project paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s.replace(/\?.*$/, ''))))
    .filter((target) => existsSync(target) && /\.(ts|astro|mjs|json)$/.test(target));
}

describe('import layers', () => {
  const graph = new Map(FILES.map((f) => [f, importsOf(f)]));

  it('every file imports only from its own layer or the ones below', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(target) > layerOf(file))
          upward.push(`${file} (${LAYERS[layerOf(file)][0]}) imports ${target} (${LAYERS[layerOf(target)][0]})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no module imports itself through others', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('routes', () => {
  // Every fixed segment of every page's path in the routes table (collections' folders included), and og/ (share images).
  const SEGMENTS = [
    ...new Set(
      Object.values(routes).flatMap((route) =>
        route('en', '\u0000')
          .path.split('/')
          .slice(1)
          .filter((part) => /^[a-z-]+$/.test(part)),
      ),
    ),
    'og',
  ];
  // A path segment of a page, in a string: 'services/', `/bn/case-studies/${id}/`, "og/en.png"...
  const ROUTE_STRING = new RegExp(`['"\`](?:[^'"\`\\n]*/)?(?:${SEGMENTS.join('|')})/[^'"\`\\n]*['"\`]`);

  it('are taken from the routes table', () => {
    expect(SEGMENTS).toEqual(expect.arrayContaining(['services', 'case-studies', 'testimonials', 'webinars', 'about']));
  });

  it('are recognised in every way they are written', () => {
    for (const sample of [
      "'about/'",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text, placeholder included
      '`services/${id}/`',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text, placeholder included
      'href={`/${lang}/case-studies/`}',
      "withBase('og/en/index.png')",
      '"testimonials/share/"',
    ])
      expect(ROUTE_STRING.test(sample), sample).toBe(true);
    for (const sample of ["folder: 'case-studies'", "t('nav.services')", "'services'"])
      expect(ROUTE_STRING.test(sample), sample).toBe(false);
  });

  it('are written only in src/i18n/routes.ts', () => {
    const found: string[] = [];
    for (const file of FILES.filter((f) => f.startsWith('src/') && f !== 'src/i18n/routes.ts')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$|^\s*\*.*$|^\s*\/\*\*.*$/, '');
          if (ROUTE_STRING.test(code)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});

describe('stylesheets', () => {
  const PHYSICAL =
    /^\s*(?:margin|padding|border)-(?:left|right)\b|^\s*(?:left|right)\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b|border-(?:top|bottom)-(?:left|right)-radius/;

  it('recognise physical properties', () => {
    for (const sample of [
      '  margin-left: 1rem;',
      '  left: -9999px;',
      '  text-align: right;',
      '  border-top-left-radius: 0;',
      '  padding-right: 2px;',
    ])
      expect(PHYSICAL.test(sample), sample).toBe(true);
    for (const sample of ['  margin-inline-start: 1rem;', '  inset-inline-start: 0;', '  text-align: start;'])
      expect(PHYSICAL.test(sample), sample).toBe(false);
  });

  it('use logical properties, so right-to-left pages mirror', () => {
    const found: string[] = [];
    const sheets = [
      ...sourceFiles('src').filter((f) => f.endsWith('.astro')),
      ...readdirSync('src/styles').map((f) => `src/styles/${f}`),
    ];
    for (const file of sheets) {
      const text = readFileSync(file, 'utf8');
      const css = file.endsWith('.css')
        ? text
        : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      css.split('\n').forEach((line) => {
        if (PHYSICAL.test(line)) found.push(`${file}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});

describe('pages and components', () => {
  /** The code between the frontmatter fences of an .astro file. */
  const frontmatter = (file: string) => /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';

  it('components and layouts query no collection: pages load their data through src/data and pass it down', () => {
    const querying = FILES.filter((f) => /^src\/(components|layouts)\//.test(f)).filter((f) =>
      /\b(getCollection|getEntry|getEntries|getLiveCollection)\s*\(/.test(frontmatter(f)),
    );
    expect(querying).toEqual([]);
  });

  it('pages are thin: their code is at most 30 lines, and they read collections only through src/data', () => {
    const thick = FILES.filter((f) => f.startsWith('src/pages/'))
      .map((f) => [f, frontmatter(f)] as const)
      .filter(
        ([, code]) =>
          code.split('\n').filter((l) => l.trim() && !/^\s*(\/\/|\*|\/\*\*)/.test(l)).length > 30 ||
          /from 'astro:content'/.test(code),
      )
      .map(([f]) => f);
    expect(thick).toEqual([]);
  });
});

describe('file names', () => {
  it('name one thing each: no file name is used in two folders (pages excepted, where the folder is the address)', () => {
    const byName = new Map<string, string[]>();
    for (const file of FILES.filter((f) => f.startsWith('src/') && !f.startsWith('src/pages/'))) {
      const name = path.posix.basename(file);
      byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    expect([...byName.values()].filter((files) => files.length > 1)).toEqual([]);
  });

  it('every folder of src/ is a layer or a feature of one', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['content', 'styles'].includes(d.name))
      .map((d) => `src/${d.name}`);
    expect(folders.filter((f) => !LAYERS.some(([, list]) => list.includes(f)))).toEqual([]);
  });
});
