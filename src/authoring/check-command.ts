/**
 * `npm run check`: validates the settings (sahayak.yaml) and every content file without
 * building pages. Prints every problem (file, line, field, expected, found),
 * then the warnings (translations missing or older than their original,
 * webinars over without a recording, what is still the demo's) and a table
 * of translations per language. Exits 1 if there is any problem.
 *   npm run check [-- --json] [--ui bn|hi|en] [--root path/to/site]
 */
import path from 'node:path';
import { startCli } from './cli.ts';
import { checkSite } from '../check/site.ts';
import { jsonReport, problemReport, summaryLines, warningLines } from '../check/report.ts';
import { LOCALE_CODES } from '../languages/table.ts';

export async function checkCommand(): Promise<void> {
  const { values, t, root } = startCli({ json: { type: 'boolean' } }, 'cli.check.help');
  const checked = checkSite(path.resolve(root), process.env, { history: true });
  const locales = checked.config?.locales ?? LOCALE_CODES;

  if (values.json) {
    console.log(JSON.stringify(jsonReport(checked.problems, checked.content, checked.summary), null, 2));
  } else {
    for (const line of warningLines(checked.content, t)) console.log(line);
    if (checked.summary) console.log(`\n${summaryLines(checked.summary, locales, t).join('\n')}`);
    if (checked.problems.length) console.error(`\n${problemReport(checked.problems, t)}`);
    else console.log(`\n${t('cli.check.ok', { count: checked.content.entries.length })}`);
  }
  process.exitCode = checked.problems.length ? 1 : 0;
}
