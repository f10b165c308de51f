import { describe, expect, it } from 'vitest';
import { normalizeBase, resolveSiteConfig, nameIn } from '../../src/schemas/site-config.ts';
import { ContentError, formatProblem } from '../../src/schemas/errors.ts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

const demoConfig = yaml.load(readFileSync('sahayak.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA });

const minimal = {
  site: 'https://va.example.com',
  locales: ['en', 'bn'],
  defaultLocale: 'bn',
  name: 'Test VA',
  contact: { email: 'va@example.com' },
};

/** The problem lines a bad config produces. */
function problemsOf(input: unknown, env: Record<string, string> = {}): string[] {
  try {
    resolveSiteConfig(input, env);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

describe('site config', () => {
  it('accepts the demo config', () => {
    const config = resolveSiteConfig(demoConfig);
    expect(config.locales).toEqual(['en', 'bn', 'hi']);
    expect(nameIn(config, 'bn')).toBe('রুমানা হক');
  });

  it('fills defaults: base, numerals, colours, host', () => {
    const config = resolveSiteConfig(minimal);
    expect(config.base).toBe('/');
    expect(config.numerals).toEqual({ en: 'latin', bn: 'native', hi: 'latin' });
    expect(config.colors.brand).toMatch(/^#[0-9a-f]{6}$/i);
    expect(config.host).toBe('static');
    expect(nameIn(config, 'hi')).toBe('Test VA');
  });

  it('lets SITE_URL and BASE_PATH override site and base', () => {
    const config = resolveSiteConfig(minimal, { SITE_URL: 'https://me.github.io/', BASE_PATH: 'portfolio' });
    expect(config.site).toBe('https://me.github.io');
    expect(config.base).toBe('/portfolio/');
  });

  it('normalizes base paths', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/hire-me')).toBe('/hire-me/');
    expect(normalizeBase('a/b/')).toBe('/a/b/');
  });

  it('names the file and every bad field, with what was expected and found', () => {
    const problems = problemsOf({
      ...minimal,
      site: 'not a url',
      locales: ['en', 'fr'],
      contact: { email: 'nope', whatsapp: '01712' },
      colors: { brand: '#ffee00' },
      host: 'vercel',
    });
    const text = problems.join('\n');
    expect(text).toMatch(/^sahayak\.yaml: site: expected a full web address.*found "not a url"$/m);
    expect(text).toMatch(/^sahayak\.yaml: locales\.1: expected one of "en", "bn", "hi", found "fr"$/m);
    expect(text).toMatch(/^sahayak\.yaml: contact\.email: expected an email address.*found "nope"$/m);
    expect(text).toMatch(
      /^sahayak\.yaml: contact\.whatsapp: expected a phone number in international form.*found "01712"$/m,
    );
    expect(text).toMatch(
      /^sahayak\.yaml: colors\.brand: expected a colour with a contrast of at least 4\.5:1.*found "#ffee00"$/m,
    );
    expect(text).toMatch(/^sahayak\.yaml: host: expected one of "netlify", "github-pages", "static", found "vercel"$/m);
    expect(problems).toHaveLength(6);
  });

  it('rejects a default locale that is not enabled, an empty locale list and missing contact', () => {
    expect(problemsOf({ ...minimal, defaultLocale: 'hi' })).toEqual([
      'sahayak.yaml: defaultLocale: expected one of the enabled locales, found "hi"',
    ]);
    expect(problemsOf({ ...minimal, locales: [] }).join('\n')).toContain(
      'locales: expected at least one of "en", "bn", "hi", found an empty list',
    );
    expect(problemsOf({ ...minimal, contact: {} }).join('\n')).toContain(
      'contact: expected at least one way to reach you',
    );
  });

  it('reports a missing required field as missing, and unknown fields by name', () => {
    const { name: _name, ...noName } = minimal;
    const problems = problemsOf({ ...noName, colour: 'red' }).join('\n');
    expect(problems).toContain('sahayak.yaml: name: expected some text, found nothing (the field is missing)');
    expect(problems).toContain('expected no unknown fields (remove colour)');
  });

  it('rejects a base path that is not a path and a javascript: booking link', () => {
    const problems = problemsOf({ ...minimal, base: '/my site/', contact: { booking: 'javascript:alert(1)' } }).join(
      '\n',
    );
    expect(problems).toContain('base: expected a path that starts and ends with "/"');
    expect(problems).toContain(
      'contact.booking: expected a full web address of your booking page, found "javascript:alert(1)"',
    );
  });
});

describe('the settings JSON Schema for code editors', () => {
  it('is up to date with the zod schema (npm run schema:settings writes it)', async () => {
    const { settingsJsonSchema, SETTINGS_SCHEMA_FILE } = await import('../../src/schemas/settings-json-schema.ts');
    const { readFileSync: read } = await import('node:fs');
    expect(JSON.parse(read(SETTINGS_SCHEMA_FILE, 'utf8'))).toEqual(settingsJsonSchema());
  });

  it('explains every field a VA can set, and .vscode points the YAML extension at it', async () => {
    const { readFileSync: read } = await import('node:fs');
    const schema = JSON.parse(read('src/schemas/site-config.schema.json', 'utf8')) as {
      properties: Record<string, { description?: string }>;
    };
    for (const [field, def] of Object.entries(schema.properties)) expect(def.description, field).toBeTruthy();
    expect(
      JSON.parse(read('.vscode/settings.json', 'utf8'))['yaml.schemas']['./src/schemas/site-config.schema.json'],
    ).toBe('sahayak.yaml');
  });
});
