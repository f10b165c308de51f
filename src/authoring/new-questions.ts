/**
 * What `npm run new` asks, read from a collection's starter (src/schemas/starter.ts)
 * and its schema's field tree (src/schemas/walk.ts): the questions and flags of
 * every kind, how an answer typed at the terminal or given as a flag is read and
 * checked (with the schema itself), and the command's --help. new-entry.ts
 * writes the files from the answers with the same reading of the starter.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../languages/table.ts';
import type { TFunction } from '../i18n/t.ts';
import { formatList, fromWallTime } from '../i18n/format.ts';
import {
  KINDS,
  KIND_NAMES,
  collectionSpec,
  type CollectionName,
  type Kind,
  type StarterName,
} from '../schemas/collections.ts';
import { problemsFromZod } from '../schemas/errors.ts';
import type { ImageFn } from '../schemas/shared.ts';
import type { StarterField, StarterSpec } from '../schemas/starter.ts';
import { slotOf, type FieldNode, type FieldSlot } from '../schemas/walk.ts';
import { COMMAND_LINE } from './cli.ts';
import { latinDigits } from './import-values.ts';

/** Pictures as the files name them: a path next to the file. */
const pathImage: ImageFn = () => z.string().meta({ image: true });

function schemaOf(name: CollectionName): z.ZodType {
  return collectionSpec(name).schema({ image: pathImage });
}

/** The top-level fields of a collection's entries, in the schema's order. */
export function fieldsOf(name: CollectionName): Record<string, FieldSlot> {
  const root = slotOf(schemaOf(name)).node;
  if (root.kind !== 'object') throw new Error(`${name}: an entry's schema is an object`);
  return root.fields;
}

/** The field at a dotted path, through lists (`prices.amount` is a field of each price). */
export function slotAt(name: CollectionName, field: string): FieldSlot {
  let slot: FieldSlot = { node: { kind: 'object', fields: fieldsOf(name) }, required: true };
  for (const part of field.split('.')) {
    const node = slot.node.kind === 'array' ? slot.node.item : slot.node;
    const next = node.kind === 'object' ? node.fields[part] : undefined;
    if (!next) throw new Error(`${name}: the starter names ${field}, which is not a field of its schema`);
    slot = next;
  }
  return slot;
}

/** A collection's starter (the registry names one for every kind). */
export function starterOf(name: StarterName): StarterSpec {
  return collectionSpec(name).starter!;
}

/** The starter's hint for a field (`prices.amount`), or none. */
export function hintOf(name: StarterName, field: string): StarterField {
  return starterOf(name).fields?.[field] ?? {};
}

/** The word a VA types for a collection: `case-study`. */
export function kindOf(name: StarterName): Kind {
  return KIND_NAMES.find((kind) => KINDS[kind] === name)!;
}

/** "hostTimeZone" → "host-time-zone". */
export const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const camel = (flag: string) => flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** One item of a list: "responsibilities" → "responsibility", "outcomes" → "outcome". */
const singular = (word: string) => word.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
/** "durationMinutes" → "duration minutes". */
const words = (name: string) => kebab(name).replace(/-/g, ' ');

/** One question of `npm run new`, resolved from the starter and the schema. */
export interface Question {
  /** The field it fills, a dotted path (`prices.amount`). */
  field: string;
  /** The flag that answers it: `--amount`. */
  flag: string;
  /** Its UI string (`cli.new.amount`); none for a flag that is never asked. */
  prompt?: string;
  required: boolean;
  example?: string;
  stars: boolean;
  slot: FieldSlot;
  hint: StarterField;
  /** It asks the entry's language: the `--lang` flag, and for a language-neutral entry the one language it is in. */
  language: boolean;
  /** A list: one item per line, or per flag. */
  many: boolean;
}

/** The questions for a collection's entries, in the order they are asked. */
export function questionsOf(name: StarterName): Question[] {
  return starterOf(name).ask.map((q) => {
    const slot = slotAt(name, q.field);
    const hint = hintOf(name, q.field);
    const many = slot.node.kind === 'array';
    const own = kebab(q.field.split('.').at(-1)!);
    const flag = q.flag ?? (many ? singular(own) : own);
    return {
      field: q.field,
      flag,
      prompt: q.prompt === false ? undefined : `cli.new.${q.prompt ?? camel(flag)}`,
      required: q.required === true,
      example: q.example,
      stars: q.stars === true,
      slot,
      hint,
      language: hint.from === 'language',
      many,
    };
  });
}

type FlagOption = { type: 'string' | 'boolean'; multiple?: true };

/** The flags every kind has (new-command.ts, cli.ts). */
const COMMAND_FLAGS = ['id', 'lang', 'ui', 'yes', 'root', 'help'];

/** Every kind's flags, for the command line: text, a list (the flag repeated) or a switch. */
export function starterFlags(): Record<string, FlagOption> {
  const flags: Record<string, FlagOption> = {};
  for (const name of Object.values(KINDS)) {
    for (const q of questionsOf(name)) {
      if (q.language) continue; // --lang, which every kind has
      const option: FlagOption =
        q.slot.node.kind === 'boolean'
          ? { type: 'boolean' }
          : q.many
            ? { type: 'string', multiple: true }
            : { type: 'string' };
      if (COMMAND_FLAGS.includes(q.flag))
        throw new Error(
          `--${q.flag} is a flag of the command itself: give ${name}'s ${q.field} another flag in its starter`,
        );
      const known = flags[q.flag];
      if (known && (known.type !== option.type || known.multiple !== option.multiple))
        throw new Error(`--${q.flag} is asked by two kinds in two ways: give one of them another flag in its starter`);
      flags[q.flag] = option;
    }
  }
  return flags;
}

/** Text a person writes, as opposed to a code, an address, a number or a choice. */
export function isText(node: FieldNode): boolean {
  return (
    node.kind === 'string' &&
    !node.neutral &&
    !node.reference &&
    !node.image &&
    !node.dateTime &&
    !node.pattern &&
    !node.format
  );
}

/** What a placeholder asks for: the starter's words, else the field's description up to its first full stop or example. */
export function todoOf(field: string, slot: FieldSlot, hint: StarterField): string {
  if (hint.todo) return hint.todo;
  const description = slot.node.description?.split(/,?\s*e\.g\.|\.(?:\s|$)/)[0].trim();
  if (!description) return `the ${words(field.split('.').at(-1)!)}`;
  return /^[A-Z][a-z]/.test(description) ? description.charAt(0).toLowerCase() + description.slice(1) : description;
}

/** What a number must be, in words: "a whole number from 15 to 720". */
function numberExpected(node: Extract<FieldNode, { kind: 'number' }>): string {
  const what = node.integer ? 'a whole number' : 'a number';
  if (node.min !== undefined && node.max !== undefined && !node.exclusiveMin)
    return `${what} from ${node.min} to ${node.max}`;
  const parts = [
    ...(node.min !== undefined ? [`${node.exclusiveMin ? 'above' : 'of at least'} ${node.min}`] : []),
    ...(node.max !== undefined ? [`at most ${node.max}`] : []),
  ];
  return parts.length ? `${what} ${parts.join(' and ')}` : `${what} without commas`;
}

/** What the schema says of a value for one field, tried alone (the other fields' problems aside). */
function fieldProblem(name: StarterName, field: string, value: unknown): string | undefined {
  const parts = field.split('.');
  const data: Record<string, unknown> = {};
  const at: PropertyKey[] = [];
  let holder = data;
  parts.forEach((part, i) => {
    at.push(part);
    if (i === parts.length - 1) {
      holder[part] = value;
      return;
    }
    const inner: Record<string, unknown> = {};
    if (slotAt(name, parts.slice(0, i + 1).join('.')).node.kind === 'array') {
      holder[part] = [inner];
      at.push(0);
    } else holder[part] = inner;
    holder = inner;
  });
  const result = schemaOf(name).safeParse(data);
  if (result.success) return undefined;
  return problemsFromZod(COMMAND_LINE, result.error, data).find((p) => p.field === at.join('.'))?.expected;
}

/** The shape of a date and time typed in a zone, for messages. */
export function dateTimeExpected(zone: string): string {
  return `a date and time as YYYY-MM-DD HH:MM in ${zone} (or with its UTC offset, 2027-02-18T19:00+06:00)`;
}

/**
 * An answer as typed (a flag's value, a line at the terminal), read for its question: the value, or
 * what was expected instead. Bangla and Devanagari digits are read as digits; a date and time
 * without an offset is read in `zone`.
 */
export function readAnswer(
  name: StarterName,
  q: Question,
  typed: string | string[] | boolean,
  zone: string,
): { value: unknown } | { expected: string } {
  const node = q.slot.node;
  if (typeof typed === 'boolean') return { value: typed };
  const clean = (text: string) => text.normalize('NFC').trim();
  if (q.many) return { value: (Array.isArray(typed) ? typed : [typed]).map(clean).filter(Boolean) };
  const text = clean(Array.isArray(typed) ? typed.join(' ') : typed);
  switch (node.kind) {
    case 'number': {
      const n = Number(latinDigits(text));
      const fits =
        text !== '' &&
        Number.isFinite(n) &&
        (!node.integer || Number.isInteger(n)) &&
        (node.min === undefined || (node.exclusiveMin ? n > node.min : n >= node.min)) &&
        (node.max === undefined || n <= node.max);
      return fits ? { value: n } : { expected: numberExpected(node) };
    }
    case 'enum':
      return node.options.includes(text) ? { value: text } : { expected: `one of ${node.options.join(', ')}` };
    case 'date': {
      const date = latinDigits(text);
      const problem = fieldProblem(name, q.field, date);
      return problem ? { expected: problem } : { value: date };
    }
    default: {
      if (node.dateTime) {
        const written = latinDigits(text);
        const moment = /(?:Z|[+-]\d{2}:\d{2})$/.test(written) ? new Date(written) : fromWallTime(written, zone);
        return moment && !Number.isNaN(moment.getTime()) ? { value: moment } : { expected: dateTimeExpected(zone) };
      }
      const problem = fieldProblem(name, q.field, text);
      return problem ? { expected: problem } : { value: text };
    }
  }
}

/** What a question's field holds, in a few words (its description's first part): "the language the client wrote in". */
export function fieldWords(q: Question): string {
  return todoOf(q.field, q.slot, q.hint);
}

/** What a missing required answer should have been, for its flag: `the title, e.g. --title "…"`. */
export function missingExpected(q: Question): string {
  return `${fieldWords(q)}, e.g. --${q.flag} "…"`;
}

/** The flag as `--help` shows it, with a sample value: `--model hourly|project|monthly|package`. */
function flagSample(q: Question, ui: Locale, t: TFunction): string {
  const node = q.slot.node;
  const flag = `--${q.flag}`;
  if (q.example) return `${flag} ${q.example}`;
  if (q.many) return `${flag} "…" (${t('cli.new.repeat')})`;
  if (q.hint.from === 'currency') return `${flag} ${LOCALES[ui].currency}`;
  const examples = (node as { examples?: unknown[] }).examples;
  if (examples?.length) return `${flag} ${String(examples[0])}`;
  if (node.dateTime) return `${flag} "YYYY-MM-DD HH:MM"`;
  switch (node.kind) {
    case 'boolean':
      return flag;
    case 'enum':
      return node.options.length <= 5 ? `${flag} ${node.options.join('|')}` : flag;
    case 'number':
      return node.integer && node.min !== undefined && node.max !== undefined && node.max - node.min <= 10
        ? `${flag} ${node.min}-${node.max}`
        : flag;
    case 'date':
      return `${flag} YYYY-MM-DD`;
    case 'string':
      return node.format === 'url' ? `${flag} https://…` : `${flag} "…"`;
    default:
      return flag;
  }
}

/** `npm run new -- --help`, in the language of the command: every kind and its flags. */
export function newHelp(t: TFunction, ui: Locale): string {
  const width = Math.max(...KIND_NAMES.map((k) => k.length)) + 2;
  const flags = KIND_NAMES.map((kind) => {
    const samples = questionsOf(KINDS[kind])
      .filter((q) => !q.language)
      .map((q) => flagSample(q, ui, t));
    return `  ${kind.padEnd(width)}${samples.join(', ')}`;
  });
  return t('cli.new.help', {
    kinds: formatList(
      KIND_NAMES.map((kind) => t(`cli.collection.${KINDS[kind]}`)),
      { locale: ui, numerals: 'latin' },
      'disjunction',
    ),
    kindWords: KIND_NAMES.join(', '),
    flags: flags.join('\n'),
  });
}
