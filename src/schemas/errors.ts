/**
 * Turns zod issues into the messages a VA can act on:
 * `file: field: expected …, found …`. Shared by the site config, the content
 * checker and the build, so every problem reads the same wherever it appears.
 */
import type { z } from 'astro/zod';

export interface Problem {
  /** Path of the file, relative to the repository root. */
  file: string;
  /** Dotted field path inside the file, e.g. `contact.email` or `prices.0.amount`. */
  field: string;
  expected: string;
  found: string;
  /** 1-based line, when a parser reported one. */
  line?: number;
}

/** Reads `value` at a zod issue path, tolerating paths that do not exist. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short, human description of a value as found in a file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Type names as a VA would say them. */
const TYPE_WORDS: Record<string, string> = {
  string: 'some text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
};

/** What the schema wanted, from the issue itself or from its custom message. */
function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod's default message for a type issue says "Invalid input: …"; a custom message is kept.
      return issue.message.startsWith('Invalid input')
        ? (TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`)
        : issue.message;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.message.startsWith('Too small')
        ? `${issue.origin === 'array' ? 'at least' : 'a minimum of'} ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`
        : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big')
        ? `at most ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`
        : issue.message;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `a valid ${issue.format}` : issue.message;
    case 'unrecognized_keys':
      return `no unknown fields (remove ${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}

/** Converts every issue of a failed parse into a Problem; none is dropped. */
export function problemsFromZod(file: string, error: z.ZodError, data: unknown): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.map(String).join('.') : '(whole file)',
    expected: describeExpected(issue),
    found: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : describeFound(valueAt(data, issue.path)),
  }));
}

/** One line per problem, in the contract's format. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field}: expected ${p.expected}, found ${p.found}`;
}

/** Thrown when content or config is invalid; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the site's content or config:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
