/**
 * The names of what failed in a Vitest or Playwright JSON report, one line
 * each with the first line of its error, for `npm test` to repeat above its
 * last line: a log cut to its end still says what failed.
 */
import path from 'node:path';

const firstLine = (text = '') =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removes the terminal's colour codes (ESC [ … m)
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')[0]
    .slice(0, 300);

type VitestFile = {
  name: string;
  status: string;
  message?: string;
  assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[];
};

/** Each failed Vitest test as `file › test: error`, and each file that failed without a failed test (it did not load, or a hook threw). */
export function vitestFailures(report: { testResults?: VitestFile[] }): string[] {
  const out: string[] = [];
  for (const file of report.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) out.push(`${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (file.status === 'failed' && failed.length === 0) out.push(`${name}: ${firstLine(file.message)}`);
  }
  return out;
}

type PwSuite = {
  title: string;
  file?: string;
  suites?: PwSuite[];
  specs?: {
    title: string;
    line: number;
    tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
};

/** Each unexpected Playwright result as `[project] file:line › title: first line of the error`, and the runner's own errors. */
export function playwrightFailures(report: { suites?: PwSuite[]; errors?: { message?: string }[] }): string[] {
  const out: string[] = [];
  const walk = (suite: PwSuite, file: string, titles: string[]) => {
    const here = suite.file ?? file;
    const trail = suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        if (t.status === 'unexpected')
          out.push(
            `[${t.projectName}] ${here}:${spec.line} › ${[...trail, spec.title].join(' › ')}: ${firstLine(t.results.at(-1)?.error?.message)}`,
          );
    for (const s of suite.suites ?? []) walk(s, here, trail);
  };
  for (const s of report.suites ?? []) walk(s, s.file ?? '', []);
  for (const e of report.errors ?? []) out.push(`Playwright: ${firstLine(e.message)}`);
  return out;
}
