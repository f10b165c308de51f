/**
 * `npm test`: the whole suite.
 *  0. The TypeScript type check, the formatting (Prettier) and the lint rules (Biome).
 *  1. Vitest unit tests.
 *  2. Production builds of the demo site (with and without a base path, a fixed
 *     SAHAYAK_NOW) into .test-builds/.
 *  3. Playwright in Chromium against those builds.
 * Ends with one line `N passed, N failed` (both runners added up) and exits
 * non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BUILDS, TEST_NOW } from '../tests/support/builds.ts';
import { copySite } from '../tests/support/site-copy.ts';
import { playwrightFailures, vitestFailures } from './test-report.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
/** What failed, by name, repeated just above the last line: a log cut to its end still says which. */
const failures: string[] = [];

// 0. Types (strict TypeScript over every .ts file); a type error counts as a failure.
if (run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('type check failed');
  failed += 1;
  failures.push('the type check (npm run typecheck)');
}

// Formatting and lint: `npm run format` fixes the first, the second names each rule it breaks.
if (run(bin('prettier'), ['--check', '--log-level', 'warn', '.']) !== 0) {
  failed += 1;
  failures.push('the formatting check (npm run format rewrites the files listed above)');
}
if (run(bin('biome'), ['lint', '--reporter=summary']) !== 0) {
  failed += 1;
  failures.push('the lint check (npm run lint)');
}

// 1. Unit tests.
rmSync('test-results/unit.json', { force: true });
run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.success || unit.numFailedTests ? 0 : 1);
  failures.push(...vitestFailures(unit));
} else {
  failed += 1;
  failures.push('Vitest wrote no report');
}

// 2. Builds. A failed build counts as a failure and skips the browser tests that need it.
let builds = true;
for (const b of BUILDS) {
  rmSync(b.outDir, { recursive: true, force: true });
  console.log(`\n> astro build (${b.name}: base ${b.base}) → ${b.outDir}`);
  const args = ['build', '--outDir', path.resolve(b.outDir)];
  let status = 0;
  if (b.siteCopy) {
    const root = copySite(b.siteCopy.dir, b.siteCopy.files);
    args.push('--root', root);
    for (const [script, ...rest] of b.siteCopy.commands ?? []) {
      console.log(`> npm run ${script} -- ${rest.join(' ')}`);
      status ||= run(process.execPath, [`scripts/${script}.ts`, ...rest, '--root', root]);
    }
  }
  if (status === 0) status = run(bin('astro'), args, { ...b.env, SAHAYAK_NOW: TEST_NOW });
  if (status !== 0) {
    console.error(`build ${b.name} failed`);
    failed += 1;
    failures.push(`the ${b.name} build`);
    builds = false;
  }
}

// 3. End-to-end tests.
if (builds) {
  rmSync('test-results/e2e.json', { force: true });
  run(bin('playwright'), ['test', ...process.argv.slice(2)]);
  if (existsSync('test-results/e2e.json')) {
    const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
    failures.push(...playwrightFailures(e2e));
  } else {
    failed += 1;
    failures.push('Playwright wrote no report');
  }
}

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ✘ ${f}`).join('\n')}`);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
