/**
 * `npm run check`: validates sahayak.config.ts and every content file without
 * building pages. Prints every problem (file, field, expected, found), then
 * which entries lack a translation. Exits 1 if there is any problem.
 *   npm run check [-- --root path/to/site]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError, formatProblem } from '../src/schemas/errors.ts';
import { resolveSiteConfig, type SiteConfig } from '../src/schemas/site-config.ts';
import { checkContent } from '../src/check/index.ts';
import { problemLines, translationTable } from '../src/check/report.ts';

const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg > 0 ? process.argv[rootArg + 1] : '.');

let config: SiteConfig | undefined;
let configProblems: string[] = [];
try {
  const mod = await import(pathToFileURL(path.join(root, 'sahayak.config.ts')).href);
  config = resolveSiteConfig(mod.default, process.env);
} catch (error) {
  configProblems = error instanceof ContentError ? error.problems.map(formatProblem) : [`sahayak.config.ts: ${(error as Error).message}`];
}

// Content is checked even when the config is broken, against every language, so all problems show in one run.
const result = checkContent(root, config ?? { locales: ['en', 'bn', 'hi'], defaultLocale: 'en' });
const problems = [...configProblems, ...problemLines(result)];
for (const line of translationTable(result)) console.log(line);
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found:`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`\nContent OK: ${result.entries.length} files checked.`);
