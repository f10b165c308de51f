/**
 * Writes src/schemas/site-config.schema.json, the JSON Schema of
 * `sahayak.yaml`, from the zod schema: code editors read it to explain each
 * field on hover and to underline wrong values (.vscode/settings.json points
 * the YAML extension at it). `npm run schema:settings`; a unit test fails
 * when it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { settingsJsonSchema, SETTINGS_SCHEMA_FILE } from '../src/schemas/settings-json-schema.ts';

writeFileSync(SETTINGS_SCHEMA_FILE, `${JSON.stringify(settingsJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SETTINGS_SCHEMA_FILE}`);
