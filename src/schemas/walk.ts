/**
 * Reads a zod schema as a tree of fields: what each field holds, whether it is
 * required, its limits, its default, its description and, from metadata set
 * in shared.ts, whether it refers to another collection or names an image.
 * The checker finds references with it and the editor's configuration is
 * generated from it, so neither keeps a second list of fields.
 *
 * It reads zod's public JSON Schema of the file's side (`z.toJSONSchema`,
 * `io: 'input'`: what a file may hold, before transforms; a preprocessed
 * field is read as the schema its value goes into), in which zod writes the
 * metadata each schema has in `z.globalRegistry` (`.meta()`, `.describe()`),
 * not zod's private definitions, so a zod upgrade keeps the tree as it is
 * (tests/unit/walk.test.ts pins it for every schema of the project).
 */
import { z } from 'astro/zod';
import type { ReferenceTarget } from './shared.ts';

export interface FieldMeta {
  description?: string;
  /** The collection whose entry ids this field holds. */
  reference?: ReferenceTarget;
  /** A path to an image next to the content file. */
  image?: boolean;
  /** A date and time with its UTC offset. */
  dateTime?: boolean;
  /** Text of more than one line. */
  multiline?: boolean;
  /** Text that is the same in every language (a code, a time zone): copied, not translated. */
  neutral?: boolean;
  /** A pattern the editor can check as the VA types (for strings checked by code rather than a regex). */
  pattern?: string;
  /** Values to show as examples (a time zone's names). */
  examples?: unknown[];
}

export type FieldNode = FieldMeta &
  (
    | { kind: 'object'; fields: Record<string, FieldSlot> }
    | { kind: 'array'; item: FieldNode; min?: number; max?: number }
    /** A record whose keys come from a fixed list (e.g. translations per locale). */
    | { kind: 'record'; keys: string[]; value: FieldNode }
    | { kind: 'string'; minLength?: number; maxLength?: number; pattern?: string; format?: string }
    | { kind: 'number'; integer: boolean; min?: number; max?: number; exclusiveMin?: boolean }
    | { kind: 'boolean' }
    | { kind: 'enum'; options: string[] }
    | { kind: 'date' }
    | { kind: 'literal'; value: unknown }
    | { kind: 'union'; options: FieldNode[] }
    | { kind: 'unknown' }
  );

export interface FieldSlot {
  node: FieldNode;
  /** The file must give a value: neither optional nor defaulted. */
  required: boolean;
  default?: unknown;
}

type AnySchema = z.core.$ZodType;
type Json = z.core.JSONSchema.BaseSchema;

/** The metadata keys the project sets (`pattern` is read with a string's limits). */
const META_KEYS = [
  'description',
  'reference',
  'image',
  'dateTime',
  'multiline',
  'neutral',
  'examples',
] as const satisfies readonly Exclude<keyof FieldMeta, 'pattern'>[];

/** zod's string formats under their JSON Schema names, back to zod's (`z.url()` is `format: "uri"`). */
const ZOD_FORMATS: Record<string, string> = { uri: 'url', 'date-time': 'datetime', uuid: 'guid' };

/**
 * The JSON Schema of a value of `schema`, as the property `value` of an object,
 * so that whether the schema itself is optional, and its default, read as for
 * any other field. A date, which JSON Schema has no type for, is a string in
 * `date` format (as a file writes it); whatever else has none reads as `{}`.
 */
function jsonOf(schema: AnySchema): Json {
  return z.toJSONSchema(z.object({ value: schema as z.ZodType }), {
    io: 'input',
    reused: 'inline',
    cycles: 'throw',
    unrepresentable: ({ zodSchema }) => (zodSchema instanceof z.ZodDate ? { type: 'string', format: 'date' } : 'any'),
  });
}

function metaOf(json: Json): FieldMeta {
  return Object.fromEntries(META_KEYS.filter((k) => json[k] !== undefined).map((k) => [k, json[k]])) as FieldMeta;
}

/** `X | null` in JSON Schema; a nullable field need not be given, like an optional one. */
function withoutNull(json: Json): Json | undefined {
  const options = json.anyOf as Json[] | undefined;
  if (options?.length !== 2 || !options.some((o) => o.type === 'null')) return undefined;
  const { anyOf: _, ...rest } = json;
  return { ...options.find((o) => o.type !== 'null'), ...rest };
}

/** The slot of property `key` of an object's JSON Schema. */
function slotIn(parent: Json, key: string): FieldSlot {
  let json = (parent.properties as Record<string, Json>)[key];
  let required = ((parent.required as string[] | undefined) ?? []).includes(key);
  const nonNull = withoutNull(json);
  if (nonNull) {
    json = nonNull;
    required = false;
  }
  if (json.default !== undefined) required = false;
  return { node: nodeOf(json), required, ...(json.default !== undefined ? { default: json.default } : {}) };
}

/** A bound zod puts on every integer (the safe range), which is no limit the project set. */
const safeBound = (json: Json, n: unknown) =>
  json.type === 'integer' && (n === Number.MAX_SAFE_INTEGER || n === Number.MIN_SAFE_INTEGER);

function nodeOf(json: Json): FieldNode {
  const meta = metaOf(json);
  const options = (json.anyOf ?? json.oneOf) as Json[] | undefined;
  if (options) return { ...meta, kind: 'union', options: options.map(nodeOf) };
  if ('const' in json) return { ...meta, kind: 'literal', value: json.const };
  if (Array.isArray(json.enum)) return { ...meta, kind: 'enum', options: json.enum as string[] };
  switch (json.type) {
    case 'object': {
      const value = json.additionalProperties;
      if (!json.properties && value && typeof value === 'object') {
        const keys = (json.propertyNames as Json | undefined)?.enum;
        return { ...meta, kind: 'record', keys: Array.isArray(keys) ? (keys as string[]) : [], value: nodeOf(value) };
      }
      const properties = Object.keys((json.properties as Record<string, Json> | undefined) ?? {});
      return { ...meta, kind: 'object', fields: Object.fromEntries(properties.map((k) => [k, slotIn(json, k)])) };
    }
    case 'array':
      return {
        ...meta,
        kind: 'array',
        item: nodeOf(json.items as Json),
        ...(json.minItems !== undefined ? { min: json.minItems as number } : {}),
        ...(json.maxItems !== undefined ? { max: json.maxItems as number } : {}),
      };
    case 'string': {
      if (json.format === 'date') return { ...meta, kind: 'date' };
      const format = typeof json.format === 'string' ? (ZOD_FORMATS[json.format] ?? json.format) : undefined;
      // A format's own pattern (an email address's) is not a limit of the field: the format says it.
      const pattern = format === undefined ? (json.pattern as string | undefined) : undefined;
      return {
        ...meta,
        kind: 'string',
        ...(json.minLength !== undefined ? { minLength: json.minLength as number } : {}),
        ...(json.maxLength !== undefined ? { maxLength: json.maxLength as number } : {}),
        ...(pattern !== undefined ? { pattern } : {}),
        ...(format !== undefined ? { format } : {}),
      };
    }
    case 'number':
    case 'integer': {
      const exclusive = json.exclusiveMinimum !== undefined;
      const min = (json.exclusiveMinimum ?? json.minimum) as number | undefined;
      const max = (json.exclusiveMaximum ?? json.maximum) as number | undefined;
      return {
        ...meta,
        kind: 'number',
        integer: json.type === 'integer',
        ...(min !== undefined && !safeBound(json, min) ? { min, exclusiveMin: exclusive } : {}),
        ...(max !== undefined && !safeBound(json, max) ? { max } : {}),
      };
    }
    case 'boolean':
      return { ...meta, kind: 'boolean' };
    default:
      return { ...meta, kind: 'unknown' };
  }
}

/** A schema read as a field: its node, whether a file must give it, and its default. */
export function slotOf(schema: AnySchema): FieldSlot {
  return slotIn(jsonOf(schema), 'value');
}

/** Every field of a schema that refers to another collection, as a dotted path with `*` for list items. */
export function referencesOf(schema: AnySchema): { path: string; target: ReferenceTarget; many: boolean }[] {
  const found: { path: string; target: ReferenceTarget; many: boolean }[] = [];
  const visit = (node: FieldNode, path: string[], many: boolean) => {
    if (node.reference) found.push({ path: path.join('.'), target: node.reference, many });
    if (node.kind === 'object')
      for (const [key, slot] of Object.entries(node.fields)) visit(slot.node, [...path, key], many);
    if (node.kind === 'array') visit(node.item, [...path, '*'], true);
  };
  visit(slotOf(schema).node, [], false);
  return found;
}
