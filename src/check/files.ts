/** Finding content files and reading them: encoding, frontmatter or YAML, body. */
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from '../schemas/errors.ts';
import { readText, splitFrontmatter } from '../project/source.ts';

export { lineOf, readText } from '../project/source.ts';

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
    .filter(
      (rel) => extensions.some((ext) => rel.toLowerCase().endsWith(ext)) && statSync(path.join(root, rel)).isFile(),
    )
    .sort();
}

/** What to write for the usual YAML mistakes, from js-yaml's reason. */
function yamlAdvice(reason: string): string {
  if (/quoted scalar/.test(reason))
    return 'valid YAML: a quote that opens a value must close it on the same value (add the missing " or \', or remove the opening one)';
  if (/tab/i.test(reason)) return 'valid YAML: spaces for indentation, never tabs';
  if (/duplicated mapping key/.test(reason))
    return 'valid YAML: each field written once (this field appears twice; delete one)';
  if (/bad indentation|indentation/.test(reason))
    return 'valid YAML: nested fields indented with spaces, each the same amount as the fields beside it';
  if (/implicit key|multiline key/.test(reason))
    return 'valid YAML: "field: value" on one line; put a value that contains ": " in quotes';
  if (/end of the stream|document separator/.test(reason))
    return 'valid YAML: only "field: value" lines, lists starting with "- " and nested fields indented under their field';
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
    const front = splitFrontmatter(text);
    if (!front) {
      return {
        file,
        line: 1,
        field: '(frontmatter)',
        expected:
          'the fields between two lines of three dashes at the very top: "---", then "title: …" and the other fields, then "---"',
        found: text.startsWith('---') ? 'an opening "---" without a closing one' : 'no "---" line at the top',
      };
    }
    source = front.data;
    firstLine = 2;
    body = { text: front.body, firstLine: front.bodyLine };
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
