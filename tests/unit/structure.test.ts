/**
 * The structure rules of docs/../README "Project layout", checked over the
 * source itself:
 * - imports go one way through the layers, and nothing imports in a circle;
 * - route strings are written only in src/i18n/routes.ts;
 * - stylesheets use logical properties (margin-inline-start, not margin-left),
 *   so right-to-left languages mirror the layout.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The layers, bottom first; a file may import from its own layer or below. */
const LAYERS: [name: string, matches: (file: string) => boolean][] = [
  ['locale table', (f) => f === 'src/i18n/locales.ts' || f.startsWith('locales/')],
  ['schemas', (f) => f.startsWith('src/schemas/')],
  ['format', (f) => f.startsWith('src/lib/') || f.startsWith('src/scripts/')],
  ['i18n', (f) => f.startsWith('src/i18n/')],
  ['site context', (f) => f.startsWith('src/site/')],
  ['data', (f) => f.startsWith('src/data/') || f.startsWith('src/check/') || f === 'src/content.config.ts'],
  ['authoring', (f) => f.startsWith('src/authoring/')],
  ['build', (f) => f.startsWith('src/integrations/')],
  ['components', (f) => f.startsWith('src/components/') || f.startsWith('src/layouts/') || f === 'src/middleware.ts'],
  ['pages', (f) => f.startsWith('src/pages/')],
  ['tools and tests', (f) => f === 'astro.config.mjs' || f.startsWith('scripts/') || f.startsWith('tests/')],
];

function layerOf(file: string): number {
  const index = LAYERS.findIndex(([, matches]) => matches(file));
  if (index < 0) throw new Error(`${file} belongs to no layer: add it to LAYERS in tests/unit/structure.test.ts`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(rel).isDirectory()) return sourceFiles(rel);
    return /\.(ts|astro|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

const FILES = [...sourceFiles('src').filter((f) => !f.startsWith('src/content/')), 'astro.config.mjs', ...sourceFiles('scripts')];

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
        if (layerOf(target) > layerOf(file)) upward.push(`${file} (${LAYERS[layerOf(file)][0]}) imports ${target} (${LAYERS[layerOf(target)][0]})`);
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
  // A path segment of a page, in a string: 'services/', `/bn/case-studies/${id}/`, "og/en.png"...
  const ROUTE_STRING = /['"`](?:[^'"`\n]*\/)?(?:services|case-studies|testimonials|webinars|about|contact|thanks|registered|og)\/[^'"`\n]*['"`]/;

  it('are recognised in every way they are written', () => {
    for (const sample of ["'about/'", '`services/${id}/`', "href={`/${lang}/case-studies/`}", "withBase('og/en/index.png')", '"testimonials/share/"']) expect(ROUTE_STRING.test(sample), sample).toBe(true);
    for (const sample of ["folder: 'case-studies'", "t('nav.services')", "'services'"]) expect(ROUTE_STRING.test(sample), sample).toBe(false);
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
  const PHYSICAL = /^\s*(?:margin|padding|border)-(?:left|right)\b|^\s*(?:left|right)\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b|border-(?:top|bottom)-(?:left|right)-radius/;

  it('recognise physical properties', () => {
    for (const sample of ['  margin-left: 1rem;', '  left: -9999px;', '  text-align: right;', '  border-top-left-radius: 0;', '  padding-right: 2px;']) expect(PHYSICAL.test(sample), sample).toBe(true);
    for (const sample of ['  margin-inline-start: 1rem;', '  inset-inline-start: 0;', '  text-align: start;']) expect(PHYSICAL.test(sample), sample).toBe(false);
  });

  it('use logical properties, so right-to-left pages mirror', () => {
    const found: string[] = [];
    const sheets = [...sourceFiles('src').filter((f) => f.endsWith('.astro')), ...readdirSync('src/styles').map((f) => `src/styles/${f}`)];
    for (const file of sheets) {
      const text = readFileSync(file, 'utf8');
      const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      css.split('\n').forEach((line) => {
        if (PHYSICAL.test(line)) found.push(`${file}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
