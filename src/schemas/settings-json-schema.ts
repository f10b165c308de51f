/** The JSON Schema of the settings file, for code editors (hover help, checks as you type). */
import { z } from 'astro/zod';
import { siteConfigSchema } from './site-config.ts';

export const SETTINGS_SCHEMA_FILE = 'src/schemas/site-config.schema.json';

export function settingsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(siteConfigSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Sahayak site settings (sahayak.yaml)',
  };
}
