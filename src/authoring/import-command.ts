/**
 * `npm run import:testimonials -- FILE.csv [--write]`: shows what would
 * become of each row of a testimonial CSV (written to a file, skipped
 * without consent, skipped as a duplicate, held back with its problems) and
 * the totals, in the command's language; with --write, or after a yes at
 * the terminal, writes the files. Exits 1 when any row has a problem, after
 * everything else is done: good rows are written all the same, so one bad
 * row never holds back the rest, and running the command again once it is
 * fixed skips the rows already written as duplicates.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { LOCALES } from '../languages/table.ts';
import type { MessageKey, TFunction } from '../i18n/t.ts';
import { buildNow } from '../project/now.ts';
import type { Problem } from '../schemas/errors.ts';
import { TESTIMONIAL_SOURCES } from '../schemas/testimonial.ts';
import { COMMAND_LINE, exitWithProblems, printProblems, questions, startCli } from './cli.ts';
import { parseMap } from './import-columns.ts';
import { planImport, writeImport, type ImportPlan, type RowNote, type RowResult } from './import-testimonials.ts';
import { dateIn } from './import-values.ts';

const OPTIONS = {
  write: { type: 'boolean' },
  map: { type: 'string', multiple: true },
  source: { type: 'string' },
  'day-first': { type: 'boolean' },
} as const;

/** A name as the listing shows it: one line, at most 40 characters. */
function shown(name: string, t: TFunction): string {
  if (!name) return t('cli.import.noName');
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

function noteText(note: RowNote, t: TFunction): string {
  switch (note.kind) {
    case 'language-guessed':
      return t('cli.import.note.languageGuessed', { language: `${LOCALES[note.language].label} (${note.language})` });
    case 'https-added':
      return t('cli.import.note.httpsAdded', { url: note.url });
    case 'no-date':
      return t('cli.import.note.noDate', { date: note.date });
    case 'photo':
      return t('cli.import.note.photo');
  }
}

function fateText(row: RowResult, t: TFunction, written: boolean): string {
  const { fate } = row;
  switch (fate.kind) {
    case 'write':
      return t(written ? 'cli.import.fate.wrote' : 'cli.import.fate.wouldWrite', { file: fate.file });
    case 'no-consent':
      return t('cli.import.fate.noConsent');
    case 'duplicate':
      return 'file' in fate.of
        ? t('cli.import.fate.duplicateOfFile', { file: fate.of.file })
        : t('cli.import.fate.duplicateOfLine', { line: fate.of.line });
    case 'problems':
      return t('cli.import.fate.problems', { count: fate.problems.length });
  }
}

/** Every row with its fate and notes. */
function printRows(rows: RowResult[], t: TFunction, written: boolean): void {
  for (const row of rows) {
    console.log(t('cli.import.row', { line: row.line, name: shown(row.name, t), fate: fateText(row, t, written) }));
    for (const note of row.notes) console.log(`    ${noteText(note, t)}`);
  }
}

function printTotals(rows: RowResult[], t: TFunction, written: boolean): void {
  const count = (kind: RowResult['fate']['kind']) => rows.filter((r) => r.fate.kind === kind).length;
  const key: MessageKey = written ? 'cli.import.totals.written' : 'cli.import.totals.dryRun';
  console.log(
    `\n${t(key, { written: count('write'), noConsent: count('no-consent'), duplicates: count('duplicate'), problems: count('problems') })}`,
  );
}

function printHeader(plan: ImportPlan, t: TFunction): void {
  const formats: Record<ImportPlan['format'], MessageKey> = {
    netlify: 'cli.import.format.netlify',
    google: 'cli.import.format.google',
    sheet: 'cli.import.format.sheet',
  };
  console.log(t('cli.import.reading', { file: plan.file, format: t(formats[plan.format]), count: plan.rows.length }));
  console.log(
    t('cli.import.columns', {
      columns: plan.columns
        .map(([header, field]) => (header.trim().toLowerCase() === field ? field : `${header} → ${field}`))
        .join(', '),
    }),
  );
  if (plan.ignored.length) console.log(t('cli.import.ignored', { columns: plan.ignored.join(', ') }));
  if (plan.dateOrderGuessed) console.log(t('cli.import.dateOrderGuessed', { example: plan.dateOrderGuessed }));
  console.log('');
}

/** Runs the command; resolves to its exit code. */
export async function importTestimonials(argv = process.argv.slice(2)): Promise<number> {
  const cli = startCli(OPTIONS, 'cli.import.help', argv);
  const { values, t, interactive } = cli;
  const root = path.resolve(cli.root);

  const problems: Problem[] = [];
  const map = parseMap(values.map ?? []);
  if (!(map instanceof Map)) problems.push(map);
  const source = values.source ?? 'other';
  if (!(TESTIMONIAL_SOURCES as readonly string[]).includes(source)) {
    problems.push({
      file: COMMAND_LINE,
      field: '--source',
      expected: `one of ${TESTIMONIAL_SOURCES.join(', ')}`,
      found: JSON.stringify(source),
    });
  }
  if (cli.positionals.length > 1) {
    problems.push({
      file: COMMAND_LINE,
      field: 'FILE',
      expected: 'one CSV file (put a path with spaces in quotes)',
      found: cli.positionals.map((p) => JSON.stringify(p)).join(' '),
    });
  }
  let now = new Date();
  try {
    now = buildNow(process.env);
  } catch (error) {
    problems.push({
      file: '(environment)',
      field: 'SAHAYAK_NOW',
      expected: 'an ISO date-time such as 2026-03-01T09:00:00Z, or nothing',
      found: JSON.stringify(process.env.SAHAYAK_NOW ?? String(error)),
    });
  }
  if (problems.length || !(map instanceof Map)) exitWithProblems(t, problems);

  const q = questions(t);
  let file = cli.positionals[0];
  if (!file && interactive) {
    q.intro('cli.import.intro');
    file = await q.text(t('cli.import.askFile'), {
      placeholder: 'testimonials.csv',
      validate: (value) =>
        !value
          ? t('cli.import.askFileEmpty')
          : existsSync(path.resolve(value))
            ? undefined
            : t('cli.import.askFileMissing', { file: value }),
    });
  }
  if (!file) {
    exitWithProblems(t, [
      {
        file: COMMAND_LINE,
        field: 'FILE',
        expected: 'the path of a CSV file, e.g. npm run import:testimonials -- testimonials.csv',
        found: 'nothing',
      },
    ]);
  }

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const plan = planImport({
    root,
    file,
    absolute: path.resolve(file),
    map,
    source,
    dayFirst: Boolean(values['day-first']),
    timeZone,
    today: dateIn(now, timeZone),
  });
  if (plan.problems.length) exitWithProblems(t, plan.problems);

  const comments = (line: number, id: string) => ({
    source: t('cli.import.fileComment', { file: path.basename(file), line: String(line) }),
    photo: t('cli.import.photoComment', { id }),
  });
  const writable = plan.rows.filter((r) => r.fate.kind === 'write').length;
  const write = () => writeImport(root, plan, (entry, id) => comments(entry.line, id));

  printHeader(plan, t);
  if (!plan.rows.length) console.log(t('cli.import.noRows'));
  let rows = plan.rows;
  if (values.write) {
    rows = write();
    printRows(rows, t, true);
    printTotals(rows, t, true);
  } else {
    printRows(rows, t, false);
    printTotals(rows, t, false);
    if (writable && interactive && (await q.confirm(t('cli.import.askWrite', { count: writable })))) {
      rows = write();
      console.log('');
      printRows(
        rows.filter((r) => r.fate.kind === 'write'),
        t,
        true,
      );
      printTotals(rows, t, true);
    } else if (writable) console.log(t('cli.import.dryRunHint'));
  }

  const rowProblems = rows.flatMap((r) => (r.fate.kind === 'problems' ? r.fate.problems : []));
  if (rowProblems.length) {
    console.error('');
    printProblems(t, rowProblems);
    console.error(`\n${t('cli.import.fixAndRerun')}`);
    return 1;
  }
  return 0;
}
