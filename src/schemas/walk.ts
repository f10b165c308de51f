/**
 * Reads a zod schema as a tree of fields: what each field holds, whether it is
 * required, its limits, its default, its description and, from metadata set
 * in shared.ts, whether it refers to another collection or names an image.
 * The checker finds references with it and the editor's configuration is
 * generated from it, so neither keeps a second list of fields.
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
type Def = { type: string; [key: string]: unknown };

const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: AnySchema): FieldMeta => (z.globalRegistry.get(schema as z.ZodType) ?? {}) as FieldMeta;

interface Check {
  _zod: {
    def: {
      check: string;
      value?: number;
      inclusive?: boolean;
      minimum?: number;
      maximum?: number;
      pattern?: RegExp;
      format?: string;
    };
  };
}
const checksOf = (def: Def) => ((def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def);

/** Unwraps optional/default/pipe wrappers into a slot: the field's node, whether it is required and its default. */
export function slotOf(schema: AnySchema): FieldSlot {
  let current = schema;
  let required = true;
  let fallback: unknown;
  let meta: FieldMeta = {};
  for (;;) {
    meta = { ...metaOf(current), ...meta };
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType as AnySchema;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      fallback = def.defaultValue;
      current = def.innerType as AnySchema;
    } else if (def.type === 'pipe') {
      // preprocess(fn, schema) is a pipe from a transform into the real schema; transform(fn) pipes the other way.
      const input = defOf(def.in as AnySchema);
      current = (input.type === 'transform' ? def.out : def.in) as AnySchema;
    } else break;
  }
  return { node: { ...nodeOf(current), ...meta }, required, ...(fallback !== undefined ? { default: fallback } : {}) };
}

/** The node for one schema (wrappers already removed by slotOf). */
export function nodeOf(schema: AnySchema): FieldNode {
  const def = defOf(schema);
  const meta = metaOf(schema);
  const checks = checksOf(def);
  switch (def.type) {
    case 'object':
      return {
        ...meta,
        kind: 'object',
        fields: Object.fromEntries(
          Object.entries(def.shape as Record<string, AnySchema>).map(([k, v]) => [k, slotOf(v)]),
        ),
      };
    case 'array': {
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      return {
        ...meta,
        kind: 'array',
        item: slotOf(def.element as AnySchema).node,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'record': {
      const keys = slotOf(def.keyType as AnySchema).node;
      return {
        ...meta,
        kind: 'record',
        keys: keys.kind === 'enum' ? keys.options : [],
        value: slotOf(def.valueType as AnySchema).node,
      };
    }
    case 'string': {
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
      return {
        ...meta,
        kind: 'string',
        ...(min !== undefined ? { minLength: min } : {}),
        ...(max !== undefined ? { maxLength: max } : {}),
        ...(regex ? { pattern: regex.source } : {}),
        ...(typeof def.format === 'string' ? { format: def.format } : {}),
      };
    }
    case 'number': {
      const lower = checks.find((c) => c.check === 'greater_than');
      const upper = checks.find((c) => c.check === 'less_than');
      const integer =
        checks.some((c) => c.check === 'number_format' && String(c.format).includes('int')) || def.format === 'safeint';
      return {
        ...meta,
        kind: 'number',
        integer,
        ...(lower?.value !== undefined ? { min: lower.value, exclusiveMin: !lower.inclusive } : {}),
        ...(upper?.value !== undefined ? { max: upper.value } : {}),
      };
    }
    case 'boolean':
      return { ...meta, kind: 'boolean' };
    case 'enum':
      return { ...meta, kind: 'enum', options: Object.values(def.entries as Record<string, string>) };
    case 'date':
      return { ...meta, kind: 'date' };
    case 'literal':
      return { ...meta, kind: 'literal', value: (def.values as unknown[])[0] };
    case 'union':
      return { ...meta, kind: 'union', options: (def.options as AnySchema[]).map((o) => slotOf(o).node) };
    default:
      return { ...meta, kind: 'unknown' };
  }
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
