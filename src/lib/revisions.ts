/**
 * How many times some facts of a content file have changed, read from the
 * file's git history (every committed version, then the working copy). A
 * calendar event's SEQUENCE comes from this: RFC 5545 asks it to grow each
 * time the start, end or status changes, and a static site keeps no other
 * record of earlier versions. Without git (a downloaded archive, a shallow
 * clone) only the current version is known and the count is 0.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * The file's versions, oldest first: each committed one, then the working
 * copy if it differs from the last commit.
 */
export function versionsOf(root: string, file: string): string[] {
  const hashes = (git(root, ['log', '--follow', '--format=%H', '--', file]) ?? '').split('\n').filter(Boolean).reverse();
  const versions = hashes.map((hash) => git(root, ['show', `${hash}:${file}`])).filter((v): v is string => v !== undefined);
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
