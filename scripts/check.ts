/**
 * `npm run check`: validates the settings (sahayak.yaml) and every content file without
 * building pages. Prints every problem (file, line, field, expected, found),
 * then the warnings (entries that lack a translation…). Exits 1 if there is
 * any problem.
 *   npm run check [-- --root path/to/site]
 */
import path from 'node:path';
import { checkSite } from '../src/check/site.ts';
import { problemReport, warningLines } from '../src/check/report.ts';

const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg > 0 ? process.argv[rootArg + 1] : '.');

const checked = checkSite(root);
for (const line of warningLines(checked.content)) console.log(line);
if (checked.problems.length) {
  console.error(`\n${problemReport(checked.problems)}`);
  process.exit(1);
}
const files = checked.content.entries.length;
console.log(`\nContent OK: ${files} files checked.`);
