/**
 * The browser editor's configuration (Sveltia CMS, at /admin/), generated
 * from the collection table and the zod schemas, never written by hand: a
 * field added to a schema appears in the editor with the right widget, its
 * limits, whether it is required, its hint (the schema's description) and,
 * for a reference, a picker of the entries it may name.
 *
 * Languages: per-language collections are edited in every enabled language
 * side by side, the default first. Text is translated per language; values
 * that are the same in every language (a number, a date, a choice, a time
 * zone) are entered once and copied to each language's file.
 */
import { LOCALES, isLocale } from '../languages/table.ts';
import {
  COLLECTIONS,
  collectionDir,
  collectionSpec,
  namingFields,
  referencedCollection,
  type CollectionName,
  type CollectionSpec,
} from '../schemas/collections.ts';
import { HOSTS } from '../schemas/hosts.ts';
import type { ImageFn } from '../schemas/shared.ts';
import { SETTINGS_FILE, siteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';
import { slotOf, type FieldNode, type FieldSlot } from '../schemas/walk.ts';
import { z } from 'astro/zod';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type EditorField = { [key: string]: Json };
/** How a field's value varies between language files: its own per language, or entered once and copied. */
type I18n = true | 'duplicate' | false;

/** The editor's stand-in for Astro's image(): a path to an image, recognised by its metadata. */
const editorImage: ImageFn = () => z.string().meta({ image: true });

/** Labels where the field's name does not say it plainly. */
const LABELS: Record<string, string> = {
  site: 'Site address',
  base: 'Base path',
  locales: 'Languages',
  defaultLocale: 'Default language',
  nameIn: 'Your name in each language',
  numerals: 'Digits',
  brandOnDark: 'Brand colour on dark',
  q: 'Question',
  a: 'Answer',
  src: 'Picture',
  lang: 'Language of the quote',
  howIWork: 'How you work, step by step',
  faq: 'Questions and answers',
  isProfile: 'This host is me',
  waiting: 'Waiting for your approval',
  consentRecord: 'Consent record',
  'consentRecord.wording': 'Consent sentence (version)',
  'consentRecord.lang': 'Language the client read it in',
  'consentRecord.date': 'Date the client agreed',
  'consentRecord.via': 'How it came',
};

/** One item of a list, for its "Add …" button: "Prices" → "Price". */
function singular(label: string): string {
  return label.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
}

/** "jobTitles" → "Job titles" (a field inside a group may have a label of its own: "consentRecord.lang"). */
export function labelOf(name: string, path = name): string {
  if (LABELS[path]) return LABELS[path];
  if (LABELS[name]) return LABELS[name];
  if (isLocale(name)) return `${LOCALES[name].label} (${name})`;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether a value differs between languages: any free text inside it. */
function translatable(node: FieldNode): boolean {
  if (node.neutral || node.reference || node.image) return false;
  switch (node.kind) {
    case 'string':
      return !node.pattern && !node.format;
    case 'object':
      return Object.values(node.fields).some((slot) => translatable(slot.node));
    case 'array':
      return translatable(node.item);
    case 'record':
      return translatable(node.value);
    case 'union':
      return node.options.some(translatable);
    default:
      return false;
  }
}

const HEX_COLOUR = '^#[0-9a-fA-F]{6}$';

interface Context {
  /** The collection a field belongs to (its references and media folder), undefined for the settings. */
  collection?: CollectionName;
  i18n: I18n;
  /** Inside a group or list, whose language mode the fields take. */
  nested?: boolean;
  /** The dotted path of the group the fields are in. */
  path?: string;
  site: SiteConfig;
}

/** Where a collection's uploads go, relative to the entry file, and how the entry names them. */
function mediaOf(spec: CollectionSpec): { media_folder: string; public_folder: string } {
  // Every language folder's files must name the same picture: keep them in the collection's shared covers/ folder.
  return spec.layout === 'locale-folder'
    ? { media_folder: '../covers', public_folder: '../covers' }
    : { media_folder: '', public_folder: '.' };
}

/** Choices as the editor lists them: languages by their own names, other values as they are written. */
function optionsOf(values: string[]): Json[] {
  return values.every(isLocale)
    ? values.map((value) => ({ label: `${LOCALES[value].label} (${value})`, value }))
    : values;
}

function widgetOf(node: FieldNode, ctx: Context): EditorField {
  if (node.reference) {
    // A picked entry is shown and found by the fields that name it.
    const display = [...namingFields(referencedCollection(node.reference))];
    return {
      widget: 'relation',
      collection: node.reference,
      value_field: '{{slug}}',
      search_fields: display,
      display_fields: display,
    };
  }
  if (node.image)
    return { widget: 'image', choose_url: false, ...(ctx.collection ? mediaOf(COLLECTIONS[ctx.collection]) : {}) };
  switch (node.kind) {
    case 'string': {
      const pattern =
        node.pattern ??
        (node.format === 'url' ? '^https?://' : node.format === 'email' ? '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' : undefined);
      if (pattern === HEX_COLOUR) return { widget: 'color' };
      return {
        widget: node.multiline ? 'text' : 'string',
        ...(pattern ? { pattern: [pattern, 'Not written the expected way: see the hint below.'] } : {}),
      };
    }
    case 'number':
      return {
        widget: 'number',
        value_type: node.integer ? 'int' : 'float',
        ...(node.min !== undefined ? { min: node.exclusiveMin && node.integer ? node.min + 1 : node.min } : {}),
        ...(node.max !== undefined ? { max: node.max } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: optionsOf(node.options) };
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'object':
      return { widget: 'object', fields: fieldsOf(node.fields, ctx) };
    case 'record':
      // Values per language (translations of a quote, a name in each script): one optional field per language.
      return {
        widget: 'object',
        fields: node.keys.map((key) => fieldOf(key, { node: node.value, required: false }, ctx)),
      };
    case 'array': {
      const item = node.item;
      const limits = { ...(node.min ? { min: node.min } : {}), ...(node.max ? { max: node.max } : {}) };
      if (item.reference) return { ...widgetOf(item, ctx), multiple: true, ...limits };
      if (item.kind === 'enum')
        return { widget: 'select', options: optionsOf(item.options), multiple: true, ...limits };
      if (item.kind === 'object') return { widget: 'list', fields: fieldsOf(item.fields, ctx), ...limits };
      return {
        widget: 'list',
        field: { name: 'item', label: 'Item', ...widgetOf(item, ctx), i18n: ctx.i18n },
        ...limits,
      };
    }
    default:
      return node.dateTime ? { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' } : { widget: 'string' };
  }
}

function fieldOf(name: string, slot: FieldSlot, parent: Context): EditorField {
  const node = slot.node;
  // In a collection edited per language, a top-level field is translated or copied. The subfields of a group or
  // list follow it: a price list of its own in each language has its own amounts and currency too.
  const i18n: I18n =
    parent.i18n === false ? false : parent.nested ? parent.i18n : translatable(node) ? true : 'duplicate';
  const path = parent.path ? `${parent.path}.${name}` : name;
  const ctx = { ...parent, i18n, nested: true, path };
  const dateTime = node.dateTime ? { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' } : undefined;
  const primitive = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
  const widget = dateTime ?? widgetOf(node, ctx);
  return {
    name,
    label: labelOf(name, path),
    ...(widget.widget === 'list' ? { label_singular: singular(labelOf(name, path)) } : {}),
    ...widget,
    required: slot.required,
    ...(primitive(slot.default) ? { default: slot.default } : {}),
    ...(node.description ? { hint: node.description } : {}),
    ...(parent.collection && COLLECTIONS[parent.collection].layout !== 'neutral' ? { i18n } : {}),
  };
}

function fieldsOf(fields: Record<string, FieldSlot>, ctx: Context): EditorField[] {
  return Object.entries(fields).map(([name, slot]) => fieldOf(name, slot, ctx));
}

/** The editor fields of an object schema, as a collection's files (or the settings, without `collection`) hold it. */
export function schemaFields(schema: z.ZodType, site: SiteConfig, collection?: CollectionName): EditorField[] {
  const root = slotOf(schema).node;
  if (root.kind !== 'object') throw new Error('an editor form needs an object schema');
  const perLanguage = collection !== undefined && COLLECTIONS[collection].layout !== 'neutral';
  return fieldsOf(root.fields, { collection, i18n: !!perLanguage, site });
}

/** The schema of a collection as the editor reads it (images recognised by their metadata). */
export function editorSchema(name: CollectionName): z.ZodType {
  return collectionSpec(name).schema({ image: editorImage });
}

/** The fields of a collection's files: its schema's, then the body of Markdown files. */
export function collectionFields(name: CollectionName, site: SiteConfig): EditorField[] {
  const spec: CollectionSpec = COLLECTIONS[name];
  const perLanguage = spec.layout !== 'neutral';
  const fields = schemaFields(editorSchema(name), site, name);
  const markdown = spec.extensions[0].endsWith('md') || spec.extensions[0].endsWith('mdx');
  return markdown
    ? [
        ...fields,
        { name: 'body', label: 'Text', widget: 'markdown', required: false, ...(perLanguage ? { i18n: true } : {}) },
      ]
    : fields;
}

/** The fields of the settings file. */
export function settingsFields(site: SiteConfig): EditorField[] {
  return schemaFields(siteConfigSchema, site);
}

function collectionConfig(name: CollectionName, site: SiteConfig): EditorField {
  const spec: CollectionSpec = COLLECTIONS[name];
  const label = { label: labelOf(spec.label.other), label_singular: spec.label.one };
  const format =
    spec.extensions[0] === '.yaml' || spec.extensions[0] === '.yml'
      ? { format: 'yaml', extension: spec.extensions[0].slice(1) }
      : { format: 'frontmatter', extension: spec.extensions[0].slice(1) };
  const fields = collectionFields(name, site);
  if (spec.layout === 'locale-file') {
    // One file per language named after it: src/content/profile/<lang>.mdx.
    return {
      name,
      ...label,
      i18n: true,
      files: [
        {
          name,
          label: labelOf(spec.label.one),
          file: `${collectionDir(name)}/{{locale}}${spec.extensions[0]}`,
          i18n: true,
          ...mediaOf(spec),
          ...format,
          fields,
        },
      ],
    };
  }
  // An entry is listed by the field that names it, with the next one after it ("Arjun Mehta: Rumana answered…").
  const [identifier, detail] = namingFields(name);
  return {
    name,
    ...label,
    folder: collectionDir(name),
    ...format,
    create: true,
    i18n: spec.layout === 'locale-folder',
    identifier_field: identifier,
    ...(detail ? { summary: `{{${identifier}}}: {{${detail} | truncate(60)}}` } : {}),
    // The file name is the entry's id in every language: lowercase ASCII, typed in when the title is not in Latin letters.
    slug: { template: `{{${identifier}}}`, editable: ['create'] },
    ...mediaOf(spec),
    fields,
  };
}

export interface EditorOptions {
  /** owner/name on GitHub. */
  repository: string;
  branch: string;
}

/** The whole configuration (Sveltia CMS reads it as config.yml). */
export function editorConfig(site: SiteConfig, options: EditorOptions): Record<string, Json> {
  const host = HOSTS[site.host];
  const locales = [site.defaultLocale, ...site.locales.filter((l) => l !== site.defaultLocale)];
  const collectionNames = Object.keys(COLLECTIONS) as CollectionName[];
  return {
    backend: {
      name: 'github',
      repo: options.repository,
      branch: options.branch,
      // Netlify signs in with GitHub for the site; elsewhere a personal access token does, with no server of ours.
      auth_methods: host.oauth ? ['oauth', 'token'] : ['token'],
    },
    publish_mode: 'simple',
    // Uploads go next to the entries (each collection's media folder); this is only the editor's required fallback.
    media_folder: 'src/content/uploads',
    media_libraries: { stock_assets: false },
    site_url: `${site.site}${site.base}`,
    display_url: `${site.site}${site.base}`,
    editor: { preview: false },
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    // Every language starts switched on for a new entry; a VA may switch one off (its pages then show another language, with a notice).
    i18n: { structure: 'multiple_folders', locales, default_locale: site.defaultLocale, initial_locales: 'all' },
    collections: [
      {
        name: 'settings',
        label: 'Site settings',
        files: [
          {
            name: 'site',
            label: 'Name, languages, contact, colours',
            file: SETTINGS_FILE,
            format: 'yaml',
            fields: settingsFields(site),
          },
        ],
      },
      ...collectionNames.map((name) => collectionConfig(name, site)),
    ],
  };
}
