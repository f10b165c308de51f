/**
 * `npm run import:testimonials -- FILE [--write]`: shows what would become
 * of each testimonial in a CSV (a row), a saved e-mail or its pasted text (an
 * answer block), or, with --netlify, each new submission of the request
 * page's form read from Netlify: written to a file, skipped without consent,
 * skipped as a duplicate, held back with its problems; then the totals, in
 * the command's language. With --write, or after a yes at the terminal,
 * writes the files (with --wait, waiting for the VA's approval) and, with
 * --message-file, a commit message that lists them. Exits 1 when any
 * testimonial has a problem, after everything else is done: good ones are
 * written all the same, so one bad row never holds back the rest, and
 * running the command again once it is fixed skips those already written as
 * duplicates.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { LOCALES } from '../languages/table.ts';
import type { MessageKey, TFunction } from '../i18n/t.ts';
import { buildNow } from '../project/now.ts';
import type { Problem } from '../schemas/errors.ts';
import { TESTIMONIAL_SOURCES } from '../schemas/testimonial.ts';
import { COMMAND_LINE, exitWithProblems, printProblems, questions, startCli } from './cli.ts';
import { parseMap } from './import-columns.ts';
import { EMAIL_EXTENSIONS, messageRecords, readMessage } from './import-email.ts';
import {
  fetchSubmissions,
  netlifyAccess,
  readSubmissionIds,
  recordSubmissions,
  submissionRecords,
} from './import-netlify.ts';
import {
  planImport,
  planRecords,
  writeImport,
  type ImportPlan,
  type RowNote,
  type RowResult,
} from './import-testimonials.ts';
import { dateIn } from './import-values.ts';

const OPTIONS = {
  write: { type: 'boolean' },
  map: { type: 'string', multiple: true },
  source: { type: 'string' },
  'day-first': { type: 'boolean' },
  netlify: { type: 'boolean' },
  wait: { type: 'boolean' },
  'message-file': { type: 'string' },
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

function fateText(row: RowResult, t: TFunction, written: boolean, submissions: boolean): string {
  const { fate } = row;
  switch (fate.kind) {
    case 'write':
      return t(written ? 'cli.import.fate.wrote' : 'cli.import.fate.wouldWrite', { file: fate.file });
    case 'no-consent':
      return t('cli.import.fate.noConsent');
    case 'duplicate':
      return 'file' in fate.of
        ? t('cli.import.fate.duplicateOfFile', { file: fate.of.file })
        : t(submissions ? 'cli.import.fate.duplicateOfSubmission' : 'cli.import.fate.duplicateOfLine', {
            line: fate.of.line,
          });
    case 'problems':
      return t('cli.import.fate.problems', { count: fate.problems.length });
  }
}

/** The line that names a row (a line of the file, or a submission on Netlify) and its fate. */
function rowText(row: RowResult, plan: ImportPlan, t: TFunction, written: boolean): string {
  const values = {
    line: row.line,
    number: row.line,
    name: shown(row.name, t),
    fate: fateText(row, t, written, plan.format === 'netlify-api'),
  };
  return t(plan.format === 'netlify-api' ? 'cli.import.submission' : 'cli.import.row', values);
}

/** Every row with its fate and notes. */
function printRows(rows: RowResult[], plan: ImportPlan, t: TFunction, written: boolean): void {
  for (const row of rows) {
    console.log(rowText(row, plan, t, written));
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
  if (plan.format === 'email') console.log(t('cli.import.readingEmail', { file: plan.file, count: plan.rows.length }));
  else if (plan.format === 'netlify-api') console.log(t('cli.import.readingNetlify', { count: plan.rows.length }));
  else {
    const formats: Record<'netlify' | 'google' | 'sheet', MessageKey> = {
      netlify: 'cli.import.format.netlify',
      google: 'cli.import.format.google',
      sheet: 'cli.import.format.sheet',
    };
    console.log(t('cli.import.reading', { file: plan.file, format: t(formats[plan.format]), count: plan.rows.length }));
  }
  if (!plan.columns.length) {
    console.log('');
    return;
  }
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
      expected: 'one file, a CSV or a saved e-mail (put a path with spaces in quotes)',
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

  if (values.netlify && cli.positionals.length) {
    problems.push({
      file: COMMAND_LINE,
      field: 'FILE',
      expected: "no file with --netlify: the submissions are read from Netlify's API",
      found: cli.positionals.map((p) => JSON.stringify(p)).join(' '),
    });
  }
  const access = values.netlify ? netlifyAccess(process.env) : undefined;
  if (Array.isArray(access)) problems.push(...access);
  if (problems.length || !(map instanceof Map)) exitWithProblems(t, problems);

  const q = questions(t);
  let file = cli.positionals[0];
  if (!file && !values.netlify && interactive) {
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
  if (!file && !values.netlify) {
    exitWithProblems(t, [
      {
        file: COMMAND_LINE,
        field: 'FILE',
        expected:
          'the path of a CSV file or a saved e-mail, e.g. npm run import:testimonials -- testimonials.csv (or --netlify)',
        found: 'nothing',
      },
    ]);
  }

  // Dates in UTC (Netlify's, an e-mail's) are dated in this computer's time zone (TZ), as the VA's calendar has them.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = dateIn(now, timeZone);
  const common = { root, timeZone, today, dayFirst: Boolean(values['day-first']), waiting: Boolean(values.wait) };
  let plan: ImportPlan;
  let afterWrite = (_rows: RowResult[]) => {};
  let comment = (line: number) => t('cli.import.fileComment', { file: path.basename(file ?? ''), line: String(line) });

  if (access && !Array.isArray(access)) {
    const submissions = await fetchSubmissions(access);
    if ('field' in submissions) exitWithProblems(t, [submissions]);
    const records = submissionRecords(submissions, readSubmissionIds(root));
    const planned = planRecords(records, {
      ...common,
      file: '(Netlify)',
      source: 'website',
      via: 'form',
    });
    plan = { file: '(Netlify)', format: 'netlify-api', columns: [], ignored: [], ...planned, problems: [] };
    afterWrite = (rows) => recordSubmissions(root, submissions, rows, records, today);
    comment = (line) => t('cli.import.netlifyComment', { number: String(line) });
  } else if ((EMAIL_EXTENSIONS as readonly string[]).includes(path.extname(file!).toLowerCase())) {
    const message = await readMessage(file!, path.resolve(file!));
    const records = 'field' in message ? message : messageRecords(message, file!);
    // A .txt without the e-mail's answers may be a spreadsheet saved as text: read it as one if it has a
    // spreadsheet's header row, and otherwise say that the e-mail's answers are missing.
    const sheet =
      'field' in records && path.extname(file!).toLowerCase() === '.txt' && !('field' in message)
        ? planImport({ ...common, file: file!, absolute: path.resolve(file!), map, source })
        : undefined;
    if (sheet && !sheet.problems.some((p) => p.field === '(columns)')) plan = sheet;
    else {
      if ('field' in records) exitWithProblems(t, [records]);
      const planned = planRecords(records, { ...common, file: file!, source: 'email', via: 'email' });
      plan = { file: file!, format: 'email', columns: [], ignored: [], ...planned, problems: [] };
    }
  } else {
    plan = planImport({ ...common, file: file!, absolute: path.resolve(file!), map, source });
  }
  if (plan.problems.length) exitWithProblems(t, plan.problems);

  const comments = (line: number, id: string) => ({
    source: comment(line),
    photo: t('cli.import.photoComment', { id }),
  });
  const writable = plan.rows.filter((r) => r.fate.kind === 'write').length;
  const write = () => {
    const rows = writeImport(root, plan, (entry, id) => comments(entry.line, id));
    afterWrite(rows);
    if (values['message-file']) writeFileSync(values['message-file'], commitMessage(rows, plan, t));
    return rows;
  };

  printHeader(plan, t);
  if (!plan.rows.length)
    console.log(t(plan.format === 'netlify-api' ? 'cli.import.noSubmissions' : 'cli.import.noRows'));
  let rows = plan.rows;
  if (values.write) {
    rows = write();
    printRows(rows, plan, t, true);
    printTotals(rows, t, true);
  } else {
    printRows(rows, plan, t, false);
    printTotals(rows, t, false);
    if (writable && interactive && (await q.confirm(t('cli.import.askWrite', { count: writable })))) {
      rows = write();
      console.log('');
      printRows(
        rows.filter((r) => r.fate.kind === 'write'),
        plan,
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
    console.error(`\n${t(plan.format === 'netlify-api' ? 'cli.import.fixByHand' : 'cli.import.fixAndRerun')}`);
    return 1;
  }
  return 0;
}

/**
 * The commit message of what was written: a title in the VA's language
 * (how many testimonials wait for approval, or were added), then every
 * record as the listing shows it.
 */
export function commitMessage(rows: RowResult[], plan: ImportPlan, t: TFunction): string {
  const written = rows.filter((r) => r.fate.kind === 'write');
  const waiting = written.some((r) => r.fate.kind === 'write' && r.fate.yaml.data.waiting);
  const title = written.length
    ? t(waiting ? 'cli.import.commit.waiting' : 'cli.import.commit.added', { count: written.length })
    : t('cli.import.commit.none', { count: rows.length });
  return `${title}\n\n${rows.map((row) => rowText(row, plan, t, true)).join('\n')}\n`;
}
