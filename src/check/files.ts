/** Finding content files and reading them: encoding, frontmatter or YAML, body. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from '../schemas/errors.ts';

export interface ContentFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  absolute: string;
  /** 1-based line where the data starts in the file (2 for frontmatter after `---`). */
  firstLine: number;
  /** The data's source text, for finding a field's line. */
  source: string;
  data: unknown;
  /** The Markdown or MDX body after the frontmatter, and the line it starts on. */
  body?: { text: string; firstLine: number };
}

/** Files below `dir` (relative to `root`) whose names end with one of `extensions`, sorted. */
export function listFiles(root: string, dir: string, extensions: readonly string[]): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((rel) => path.posix.join(dir, rel.split(path.sep).join('/')))
    .filter((rel) => extensions.some((ext) => rel.toLowerCase().endsWith(ext)) && statSync(path.join(root, rel)).isFile())
    .sort();
}

const HOW_TO_SAVE_UTF8 =
  'text saved as UTF-8 (re-save the file as UTF-8: in Notepad, File › Save as › Encoding: UTF-8; in VS Code, click the encoding in the status bar › Save with Encoding › UTF-8)';

/**
 * The file's text, or a problem naming the line of the first byte that is not
 * UTF-8 (a file saved as Windows-1252 would otherwise show "caf�" on the site).
 * A UTF-8 byte-order mark is allowed and dropped.
 */
export function readText(root: string, file: string): string | Problem {
  const bytes = readFileSync(path.join(root, file));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    return { file, line, field: '(encoding)', expected: HOW_TO_SAVE_UTF8, found: `the byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}, which is not UTF-8` };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i; // overlong or surrogate sequences
    }
    i += length;
  }
  return bytes.length - 1;
}

/** What to write for the usual YAML mistakes, from js-yaml's reason. */
function yamlAdvice(reason: string): string {
  if (/quoted scalar/.test(reason)) return 'valid YAML: a quote that opens a value must close it on the same value (add the missing " or \', or remove the opening one)';
  if (/tab/i.test(reason)) return 'valid YAML: spaces for indentation, never tabs';
  if (/duplicated mapping key/.test(reason)) return 'valid YAML: each field written once (this field appears twice; delete one)';
  if (/bad indentation|indentation/.test(reason)) return 'valid YAML: nested fields indented with spaces, each the same amount as the fields beside it';
  if (/implicit key|multiline key/.test(reason)) return 'valid YAML: "field: value" on one line; put a value that contains ": " in quotes';
  if (/end of the stream|document separator/.test(reason)) return 'valid YAML: only "field: value" lines, lists starting with "- " and nested fields indented under their field';
  return 'valid YAML: "field: value" lines, nested fields indented with spaces';
}

/**
 * Reads a content file. Markdown and MDX give their frontmatter (and body),
 * YAML its whole document. An encoding or syntax error becomes a Problem
 * with its line and what to write instead.
 */
export function readContentFile(root: string, file: string): ContentFile | Problem {
  const absolute = path.join(root, file);
  const read = readText(root, file);
  if (typeof read !== 'string') return read;
  const text = read.replace(/^\uFEFF/, '');
  let source = text;
  let firstLine = 1;
  let body: ContentFile['body'];
  if (/\.mdx?$/i.test(file)) {
    const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
    if (!match) {
      return {
        file,
        line: 1,
        field: '(frontmatter)',
        expected: 'the fields between two lines of three dashes at the very top: "---", then "title: …" and the other fields, then "---"',
        found: text.startsWith('---') ? 'an opening "---" without a closing one' : 'no "---" line at the top',
      };
    }
    source = match[1] ?? '';
    firstLine = 2;
    body = { text: text.slice(match[0].length), firstLine: match[0].split('\n').length };
  }
  try {
    // CORE_SCHEMA keeps dates as text, so an impossible date is reported instead of rolled over.
    const data = yaml.load(source, { filename: file, schema: yaml.CORE_SCHEMA }) ?? {};
    return { file, absolute, firstLine, source, data, body };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    const reason = e.reason ?? String(error);
    const lineIndex = e.mark?.line;
    const lineText = lineIndex !== undefined ? source.split(/\r?\n/)[lineIndex]?.trim() : undefined;
    return {
      file,
      field: '(YAML syntax)',
      expected: yamlAdvice(reason),
      found: `${reason}${lineText ? ` in ${JSON.stringify(lineText.length > 60 ? `${lineText.slice(0, 57)}…` : lineText)}` : ''}`,
      line: lineIndex !== undefined ? lineIndex + firstLine : undefined,
    };
  }
}

/** The line of a field (dotted path) in a file's data, found by its keys; undefined if not found. */
export function lineOf(content: Pick<ContentFile, 'source' | 'firstLine'>, field: string): number | undefined {
  const keys = field.split('.');
  if (keys[0].startsWith('(')) return undefined;
  const lines = content.source.split(/\r?\n/);
  let from = 0;
  let found: number | undefined;
  for (const [depth, key] of keys.entries()) {
    let index: number;
    if (/^\d+$/.test(key)) {
      // The n-th list item below the current key ("- …" lines at the first item's indentation).
      const first = lines.findIndex((line, i) => i >= from && /^\s*-\s/.test(line));
      if (first < 0) break;
      const indent = lines[first].search(/-/);
      const items = lines.map((line, i) => (i >= first && line.search(/\S/) === indent && line.trimStart().startsWith('-') ? i : -1)).filter((i) => i >= 0);
      index = items[Number(key)] ?? -1;
      // A flow list ("[a, b]") keeps its items on the key's own line.
      if (index < 0) break;
    } else {
      const pattern = new RegExp(`^${depth === 0 ? '' : '\\s*(?:-\\s+)?'}${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      index = lines.findIndex((line, i) => i >= from && pattern.test(line));
      if (index < 0) break;
    }
    found = index;
    from = /^\d+$/.test(key) ? index : index + 1;
  }
  return found === undefined ? undefined : found + content.firstLine;
}
