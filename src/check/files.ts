/** Finding content files and reading their data (frontmatter or YAML). */
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
}

/** Files below `dir` whose names match `extensions`, sorted, relative to `root`. */
export function listFiles(root: string, dir: string, extensions: string[]): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((rel) => path.posix.join(dir, rel.split(path.sep).join('/')))
    .filter((rel) => extensions.some((ext) => rel.endsWith(ext)) && statSync(path.join(root, rel)).isFile())
    .sort();
}

/**
 * Reads a content file. Markdown and MDX give their frontmatter, YAML its
 * whole document. A parse error becomes a Problem with the parser's line.
 */
export function readContentFile(root: string, file: string): ContentFile | Problem {
  const absolute = path.join(root, file);
  const text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  let source = text;
  let firstLine = 1;
  if (/\.mdx?$/.test(file)) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
    if (!match) {
      return { file, field: '(frontmatter)', expected: 'a frontmatter block between two "---" lines at the top', found: 'none' };
    }
    source = match[1];
    firstLine = 2;
  }
  try {
    // CORE_SCHEMA keeps dates as text, so an impossible date is reported instead of rolled over.
    const data = yaml.load(source, { filename: file, schema: yaml.CORE_SCHEMA }) ?? {};
    return { file, absolute, firstLine, source, data };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    return {
      file,
      field: '(YAML syntax)',
      expected: 'valid YAML',
      found: e.reason ?? String(error),
      line: e.mark ? e.mark.line + firstLine : undefined,
    };
  }
}

/** The line of a field (dotted path) in a file's data, found by its keys; undefined if not found. */
export function lineOf(content: ContentFile, field: string): number | undefined {
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
