/**
 * How many times some facts of a content file have changed, read from the
 * file's git history (every committed version, then the working copy). A
 * calendar event's SEQUENCE comes from this: RFC 5545 asks it to grow each
 * time the start, end or status changes, and a static site keeps no other
 * record of earlier versions. Without git (a downloaded archive, a shallow
 * clone) only the current version is known and the count is 0.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { git } from './git.ts';

/**
 * The file's versions, oldest first: each committed one, then the working
 * copy if it differs from the last commit.
 */
export function versionsOf(root: string, file: string): string[] {
  const hashes = (git(root, ['log', '--follow', '--format=%H', '--', file]) ?? '')
    .split('\n')
    .filter(Boolean)
    .reverse();
  const versions = hashes
    .map((hash) => git(root, ['show', `${hash}:${file}`]))
    .filter((v): v is string => v !== undefined);
  const absolute = path.join(root, file);
  if (existsSync(absolute)) {
    const current = readFileSync(absolute, 'utf8');
    if (versions.at(-1) !== current) versions.push(current);
  }
  return versions;
}

/** The number of times `key(version)` changed from one version to the next (a version `key` cannot read is skipped). */
export function changeCount(versions: string[], key: (text: string) => string | undefined): number {
  let count = 0;
  let previous: string | undefined;
  for (const version of versions) {
    const current = key(version);
    if (current === undefined) continue;
    if (previous !== undefined && current !== previous) count += 1;
    previous = current;
  }
  return count;
}

/**
 * When each file below `dir` last changed, in milliseconds since 1970: its
 * last commit, or its file time when the working copy differs from that
 * commit (edited, new) or when there is no git history at all. One git call
 * for the whole folder.
 */
export function lastChanges(root: string, dir: string, files: readonly string[]): Map<string, number> {
  const committed = new Map<string, number>();
  const log = git(root, [
    '-c',
    'core.quotePath=false',
    'log',
    '--format=%x00%ct',
    '--name-only',
    '--no-renames',
    '--',
    dir,
  ]);
  let time = 0;
  for (const line of (log ?? '').split('\n')) {
    if (line.startsWith('\u0000')) time = Number(line.slice(1)) * 1000;
    else if (line && !committed.has(line)) committed.set(line, time);
  }
  // Paths git reports are relative to the repository, which may sit above root.
  const top = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  const changed = new Set(
    (git(root, ['-c', 'core.quotePath=false', 'status', '--porcelain', '--untracked-files=all', '--', dir]) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3).replace(/^"|"$/g, '')),
  );
  const result = new Map<string, number>();
  for (const file of files) {
    const inRepo = top + file;
    const fromGit = log !== undefined && !changed.has(inRepo) ? committed.get(inRepo) : undefined;
    result.set(file, fromGit ?? statSync(path.join(root, file)).mtimeMs);
  }
  return result;
}
