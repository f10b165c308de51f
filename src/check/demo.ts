/**
 * The demo left behind. A VA starts from the demo site (Rumana Haque, an
 * invented VA); once their own address is in the settings, whatever is still
 * the demo's is listed as a warning: her name and contact details in the
 * settings, her photo and covers, her entries. The demo is recognised by a
 * fingerprint (demo-fingerprint.json, written by `npm run demo:fingerprint`
 * from the demo itself): the settings' values, a hash of each image, and a
 * hash of each entry's title, quote, name and text. An entry whose text the
 * VA rewrote is theirs, whatever its file name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { SETTINGS_FILE } from '../schemas/site-config.ts';
import { readContentFile } from './files.ts';
import type { CheckedEntry, Warning } from './types.ts';
import fingerprint from './demo-fingerprint.json' with { type: 'json' };

export interface DemoFingerprint {
  /** The demo's address: a site still at it is the demo itself, and gets no warnings. */
  site: string;
  /** Settings fields that say who the VA is (name, contact), by dotted path. */
  settings: Record<string, string>;
  /** sha256 of each image below src/content → its path in the demo. */
  images: Record<string, string>;
  /** Hash of each entry's identifying text → the entry's collection and title (or name, or quote). */
  texts: Record<string, [CollectionName, string]>;
}

export const DEMO = fingerprint as unknown as DemoFingerprint;

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
/**
 * The fields that make an entry someone's: their own prose, read as text and
 * hashed. Not titles: "Inbox management" may well be the VA's own service.
 */
const SIGNATURE_FIELDS = ['summary', 'quote', 'headline', 'name'] as const;

function sha(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash of a text as a person reads it: the same words in other spacing are the same text. */
export function textHash(text: string): string {
  return sha(text.normalize('NFC').replace(/\s+/g, ' ').trim()).slice(0, 16);
}

function filesBelow(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? filesBelow(root, rel) : [rel];
  });
}

/** The leaves of the settings that name the VA or reach them, by dotted path. */
function identityFields(settings: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  const visit = (value: unknown, at: string) => {
    if (typeof value === 'string' || typeof value === 'number') fields[at] = String(value);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, at ? `${at}.${k}` : k);
  };
  const s = (settings ?? {}) as Record<string, unknown>;
  visit({ name: s.name, nameIn: s.nameIn, contact: s.contact }, '');
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !k.endsWith('.network') && !k.endsWith('.label')));
}

function readSettings(root: string): Record<string, unknown> | undefined {
  try {
    const data = yaml.load(readFileSync(path.join(root, SETTINGS_FILE), 'utf8').replace(/^\uFEFF/, ''), {
      schema: yaml.CORE_SCHEMA,
    });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** An entry's identifying texts, hashed, each with the entry's collection and what it is called (title, name or quote). */
function signatures(
  collection: CollectionName,
  data: Record<string, unknown>,
  body: string,
): [string, [CollectionName, string]][] {
  const named =
    [data.title, data.name, data.quote].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? '';
  const what: [CollectionName, string] = [collection, named.length > 60 ? `${named.slice(0, 57)}…` : named];
  const texts = [...SIGNATURE_FIELDS.map((f) => data[f]), body].filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return texts.map((text) => [textHash(text), what]);
}

/** The fingerprint of the site at `root` (run on the demo by `npm run demo:fingerprint`). */
export function fingerprintOf(root: string): DemoFingerprint {
  const settings = readSettings(root) ?? {};
  const images: Record<string, string> = {};
  const texts: DemoFingerprint['texts'] = {};
  for (const file of filesBelow(root, 'src/content').sort()) {
    if (IMAGE.test(file)) images[sha(readFileSync(path.join(root, file)))] = file;
  }
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    for (const file of filesBelow(root, `src/content/${spec.folder}`).sort()) {
      if (!(spec.extensions as readonly string[]).includes(path.extname(file))) continue;
      const content = readContentFile(root, file);
      if ('field' in content) continue;
      for (const [hash, what] of signatures(
        name,
        (content.data ?? {}) as Record<string, unknown>,
        content.body?.text ?? '',
      ))
        texts[hash] = what;
    }
  }
  return { site: String(settings.site ?? ''), settings: identityFields(settings), images, texts };
}

/**
 * Warnings for what is still the demo's, unless the settings' address is the
 * demo's own (then this is the demo). Reads the settings file as written, so
 * SITE_URL set for a test build does not count as the VA's address.
 */
export function demoLeftovers(root: string, entries: CheckedEntry[], demo: DemoFingerprint = DEMO): Warning[] {
  const settings = readSettings(root);
  if (!settings || settings.site === demo.site) return [];
  const warnings: Warning[] = [];
  const demoValues = new Set(Object.values(demo.settings));
  for (const [field, value] of Object.entries(identityFields(settings))) {
    if (demoValues.has(value)) warnings.push({ kind: 'demo-setting', file: SETTINGS_FILE, params: { field, value } });
  }
  for (const file of filesBelow(root, 'src/content').sort()) {
    if (!IMAGE.test(file)) continue;
    const was = demo.images[sha(readFileSync(path.join(root, file)))];
    if (was) warnings.push({ kind: 'demo-image', file, params: { demoFile: was } });
  }
  for (const entry of entries) {
    if (!entry.data) continue;
    const content = readContentFile(root, entry.file);
    const body = 'field' in content ? '' : (content.body?.text ?? '');
    const match = signatures(entry.collection, entry.raw, body).find(([hash]) => demo.texts[hash]);
    if (match)
      warnings.push({
        kind: 'demo-entry',
        file: entry.file,
        collection: entry.collection,
        id: entry.id,
        params: { title: demo.texts[match[0]][1] },
      });
  }
  return warnings;
}
