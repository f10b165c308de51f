/**
 * The editor's configuration against the schemas it is generated from: every
 * field of every collection and of the settings has an editor field, with the
 * same required flag, the same choices, the same limits, and references that
 * name real collections; and a field added to a schema appears in the editor
 * with nothing else edited.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { slotOf, type FieldNode, type FieldSlot } from '../../src/schemas/walk.ts';
import {
  collectionFields,
  editorConfig,
  editorSchema,
  schemaFields,
  settingsFields,
  type EditorField,
} from '../../src/editor/editor-config.ts';
import { fallbackSiteConfig } from '../../src/schemas/site-config.ts';

/** The values of an editor field's choices (languages come with their names as labels). */
const values = (options: unknown) =>
  (options as (string | { value: string })[]).map((o) => (typeof o === 'string' ? o : o.value));

const site = {
  ...fallbackSiteConfig(),
  locales: ['bn', 'en', 'hi'] as ('bn' | 'en' | 'hi')[],
  defaultLocale: 'bn' as const,
};

/** Every mismatch between a schema's fields and the editor's, by dotted path. */
function mismatches(fields: Record<string, FieldSlot>, editor: EditorField[], at = ''): string[] {
  const problems: string[] = [];
  const names = editor.map((f) => f.name as string).filter((n) => n !== 'body');
  const missing = Object.keys(fields).filter((k) => !names.includes(k));
  const extra = names.filter((n) => !(n in fields));
  if (missing.length) problems.push(`${at || '(top)'}: no editor field for ${missing.join(', ')}`);
  if (extra.length) problems.push(`${at || '(top)'}: editor fields not in the schema: ${extra.join(', ')}`);
  for (const [name, slot] of Object.entries(fields)) {
    const field = editor.find((f) => f.name === name);
    if (!field) continue;
    problems.push(...compare(slot, field, at ? `${at}.${name}` : name));
  }
  return problems;
}

function compare(slot: FieldSlot, field: EditorField, path: string): string[] {
  const problems: string[] = [];
  const node: FieldNode = slot.node;
  if (field.required !== slot.required)
    problems.push(
      `${path}: required is ${String(field.required)} in the editor, ${String(slot.required)} in the schema`,
    );
  const check = (node: FieldNode, field: EditorField, path: string) => {
    if (node.reference) {
      if (field.widget !== 'relation' || field.collection !== node.reference)
        problems.push(`${path}: expected a relation to ${node.reference}`);
      if (!(String(field.collection) in COLLECTIONS))
        problems.push(`${path}: relation to unknown collection ${String(field.collection)}`);
      return;
    }
    if (node.image) {
      if (field.widget !== 'image') problems.push(`${path}: expected an image field`);
      return;
    }
    if (node.dateTime) {
      if (field.widget !== 'datetime') problems.push(`${path}: expected a date and time field`);
      return;
    }
    switch (node.kind) {
      case 'enum':
        if (field.widget !== 'select' || JSON.stringify(values(field.options)) !== JSON.stringify(node.options))
          problems.push(`${path}: choices differ from the schema's ${node.options.join(', ')}`);
        break;
      case 'number':
        if (field.widget !== 'number' || field.value_type !== (node.integer ? 'int' : 'float'))
          problems.push(`${path}: expected a ${node.integer ? 'whole ' : ''}number field`);
        if (node.max !== undefined && field.max !== node.max)
          problems.push(`${path}: max ${String(field.max)} in the editor, ${node.max} in the schema`);
        if (node.min !== undefined && !node.exclusiveMin && field.min !== node.min)
          problems.push(`${path}: min ${String(field.min)} in the editor, ${node.min} in the schema`);
        break;
      case 'boolean':
        if (field.widget !== 'boolean') problems.push(`${path}: expected a true/false field`);
        break;
      case 'date':
        if (field.widget !== 'datetime' || field.type !== 'date') problems.push(`${path}: expected a date field`);
        break;
      case 'string':
        if (!['string', 'text', 'color'].includes(String(field.widget)))
          problems.push(`${path}: expected a text field, found ${String(field.widget)}`);
        break;
      case 'object':
        if (field.widget !== 'object') problems.push(`${path}: expected a group of fields`);
        else problems.push(...mismatches(node.fields, field.fields as EditorField[], path));
        break;
      case 'record':
        if (
          field.widget !== 'object' ||
          JSON.stringify((field.fields as EditorField[]).map((f) => f.name)) !== JSON.stringify(node.keys)
        )
          problems.push(`${path}: expected one field per ${node.keys.join(', ')}`);
        break;
      case 'array': {
        const item = node.item;
        if (item.reference) check(item, field, `${path}.*`);
        else if (item.kind === 'enum') {
          if (
            field.widget !== 'select' ||
            field.multiple !== true ||
            JSON.stringify(values(field.options)) !== JSON.stringify(item.options)
          )
            problems.push(`${path}: expected a multiple choice of ${item.options.join(', ')}`);
        } else if (field.widget !== 'list') problems.push(`${path}: expected a list`);
        else if (item.kind === 'object')
          problems.push(...mismatches(item.fields, field.fields as EditorField[], `${path}.*`));
        else check(item, field.field as EditorField, `${path}.*`);
        if (node.min !== undefined && field.min !== node.min)
          problems.push(`${path}: at least ${node.min} in the schema, ${String(field.min)} in the editor`);
        break;
      }
    }
  };
  check(node, field, path);
  return problems;
}

describe('the editor configuration', () => {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    it(`covers every field of ${name}, with the schema's required flags, choices, limits and references`, () => {
      const root = slotOf(editorSchema(name)).node;
      if (root.kind !== 'object') throw new Error('not an object');
      expect(mismatches(root.fields, collectionFields(name, site))).toEqual([]);
    });
  }

  it("shows a testimonial's approval switch (off unless written, so saving a file never hides it) and its consent record", () => {
    const fields = collectionFields('testimonials', site);
    const byName = (list: EditorField[], name: string) => list.find((f) => f.name === name)!;
    expect(byName(fields, 'waiting')).toMatchObject({
      widget: 'boolean',
      label: 'Waiting for your approval',
      default: false,
      required: false,
    });
    const record = byName(fields, 'consentRecord');
    expect(record).toMatchObject({ widget: 'object', label: 'Consent record', required: false });
    const sub = record.fields as EditorField[];
    expect(byName(sub, 'lang').label).toBe('Language the client read it in');
    expect(values(byName(sub, 'via').options)).toEqual(['form', 'email', 'csv', 'other']);
    expect(byName(sub, 'date')).toMatchObject({ widget: 'datetime', required: true });
    // The quote's own language keeps its label.
    expect(byName(fields, 'lang').label).toBe('Language of the quote');
  });

  it('covers every site setting', () => {
    const root = slotOf(siteConfigSchema).node;
    if (root.kind !== 'object') throw new Error('not an object');
    expect(mismatches(root.fields, settingsFields(site))).toEqual([]);
  });

  it('shows a field added to a schema, with its widget, limits and hint, and nothing else edited', () => {
    const grown = z.object({ title: z.string(), nights: z.number().int().min(1).max(14).describe('Nights away') });
    const fields = schemaFields(grown, site, 'services');
    expect(fields.find((f) => f.name === 'nights')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
      max: 14,
      hint: 'Nights away',
      required: true,
      i18n: 'duplicate',
    });
    // And the comparison above catches a schema field the editor lacks.
    expect(
      mismatches((slotOf(grown).node as Extract<FieldNode, { kind: 'object' }>).fields, fields.slice(0, 1)),
    ).toEqual(['(top): no editor field for nights']);
  });

  it('edits every enabled language, the default first; text per language, other values copied', () => {
    const config = editorConfig(site, { repository: 'va/site', branch: 'main' });
    expect(config.i18n).toMatchObject({
      structure: 'multiple_folders',
      locales: ['bn', 'en', 'hi'],
      default_locale: 'bn',
    });
    const services = collectionFields('services', site);
    expect(services.find((f) => f.name === 'title')?.i18n).toBe(true);
    expect(services.find((f) => f.name === 'category')?.i18n).toBe('duplicate');
    // A price list of its own in each language: its amounts and currency too.
    const prices = services.find((f) => f.name === 'prices')!;
    expect(prices.i18n).toBe(true);
    expect((prices.fields as EditorField[]).map((f) => f.i18n)).toEqual([true, true, true, true]);
    // Testimonials keep the original and its translations in one file.
    expect(collectionFields('testimonials', site).every((f) => f.i18n === undefined)).toBe(true);
  });

  it('signs in through Netlify on Netlify, with a personal access token elsewhere, and saves to the repository', () => {
    expect(editorConfig({ ...site, host: 'netlify' }, { repository: 'va/site', branch: 'main' }).backend).toEqual({
      name: 'github',
      repo: 'va/site',
      branch: 'main',
      auth_methods: ['oauth', 'token'],
    });
    expect(editorConfig({ ...site, host: 'github-pages' }, { repository: 'va/site', branch: 'live' }).backend).toEqual({
      name: 'github',
      repo: 'va/site',
      branch: 'live',
      auth_methods: ['token'],
    });
  });
});
