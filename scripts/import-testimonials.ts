/**
 * `npm run import:testimonials -- FILE.csv [--write] [--map "Header=field"] [--source other] [--day-first] [--ui bn|hi|en] [--root path/to/site]`:
 * testimonials from a CSV (Netlify's form export, Google Forms, any spreadsheet)
 * into src/content/testimonials/. A dry run unless --write. See src/authoring/import-command.ts.
 */
import { importTestimonials } from '../src/authoring/import-command.ts';

process.exitCode = await importTestimonials();
