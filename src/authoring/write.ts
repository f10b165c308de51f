/**
 * Writing the files the authoring commands create: YAML a person can read
 * (fields in the schema's order, optional ones as commented examples), and
 * files created only where nothing is yet, so no command overwrites a VA's work.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from '../schemas/errors.ts';

/** One line of a YAML document: a field, a commented example, or a comment. */
export type YamlLine =
  { field: string; value: unknown } | { example: string; value: unknown; note?: string } | { comment: string };

/** `field: value`, with nested values indented and text quoted only when YAML needs it. */
function dumpField(field: string, value: unknown): string {
  // Lists of words on one line ([Gmail, Trello]); anything with fields as indented blocks.
  const flat = Array.isArray(value) && value.every((v) => typeof v !== 'object');
  return yaml.dump({ [field]: value }, { lineWidth: -1, flowLevel: flat ? 1 : -1, quotingType: '"' }).trimEnd();
}

/** A YAML document from lines (no trailing newline). */
export function yamlText(lines: YamlLine[]): string {
  return lines
    .map((line) => {
      if ('comment' in line) return `# ${line.comment}`;
      if ('field' in line) return dumpField(line.field, line.value);
      return dumpField(line.example, line.value)
        .split('\n')
        .map((l, i) => `# ${l}${i === 0 && line.note ? `  # ${line.note}` : ''}`)
        .join('\n');
    })
    .join('\n');
}

/** A Markdown/MDX file: YAML frontmatter, then the body. */
export function frontmatterFile(lines: YamlLine[], body: string): string {
  return `---\n${yamlText(lines)}\n---\n${body ? `\n${body.trimEnd()}\n` : ''}`;
}

/** A file that may not be written because one is there already. */
export function existingFileProblem(file: string, what: string): Problem {
  return {
    file,
    field: '(file)',
    expected: `a new file: ${what}`,
    found: 'a file of that name already exists (nothing was overwritten)',
  };
}

/** Writes files (path below root → content), creating folders; returns the paths written. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): string[] {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return Object.keys(files);
}

/** The files of `files` that exist already below root. */
export function existing(root: string, files: Iterable<string>): string[] {
  return [...files].filter((f) => existsSync(path.join(root, f)));
}
