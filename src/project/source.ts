/**
 * Reading a VA's text files: only UTF-8 (a file saved as Windows-1252 is
 * refused with the line of its first bad byte, not shown as "caf�"), and
 * finding the line of a field in YAML and the frontmatter of Markdown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../schemas/errors.ts';

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
    return {
      file,
      line,
      field: '(encoding)',
      expected: HOW_TO_SAVE_UTF8,
      found: `the byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}, which is not UTF-8`,
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
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

/** The line of a field (dotted path) in a file's data, found by its keys; undefined if not found. */
export function lineOf(content: { source: string; firstLine: number }, field: string): number | undefined {
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
      const items = lines
        .map((line, i) => (i >= first && line.search(/\S/) === indent && line.trimStart().startsWith('-') ? i : -1))
        .filter((i) => i >= 0);
      index = items[Number(key)] ?? -1;
      // A flow list ("[a, b]") keeps its items on the key's own line.
      if (index < 0) break;
    } else {
      const pattern = new RegExp(
        `^${depth === 0 ? '' : '\\s*(?:-\\s+)?'}${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`,
      );
      index = lines.findIndex((line, i) => i >= from && pattern.test(line));
      if (index < 0) break;
    }
    found = index;
    from = /^\d+$/.test(key) ? index : index + 1;
  }
  return found === undefined ? undefined : found + content.firstLine;
}

/** A Markdown or MDX text's frontmatter (between two `---` lines at the top) and its body; undefined without one. */
export function splitFrontmatter(text: string): { data: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match
    ? { data: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length }
    : undefined;
}
