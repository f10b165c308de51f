/**
 * A webinar's calendar SEQUENCE comes from its file's history: it grows each
 * time the start, the duration or the status changes, and not for other edits.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { changeCount, versionsOf } from '../../src/project/revisions.ts';

const webinar = (start: string, status = 'scheduled', title = 'Inbox zero') =>
  `---\ntitle: ${title}\nstart: ${start}\ndurationMinutes: 60\nstatus: ${status}\n---\n\nBody.\n`;
const timing = (text: string) => {
  const d = yaml.load(text.split('---')[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  return JSON.stringify([new Date(String(d.start)).getTime(), d.durationMinutes, d.status]);
};

function repo(): { dir: string; commit: (content: string, message: string) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sahayak-history-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.email', 'va@example.com');
  git('config', 'user.name', 'VA');
  return {
    dir,
    commit: (content, message) => {
      writeFileSync(path.join(dir, 'webinar.mdx'), content);
      git('add', '.');
      git('commit', '-q', '-m', message);
    },
  };
}

describe('changeCount over a file history', () => {
  it('counts changes of start and status, not of the title, and includes the uncommitted working copy', () => {
    const { dir, commit } = repo();
    commit(webinar('2027-02-18T19:00:00+06:00'), 'announce');
    commit(webinar('2027-02-18T19:00:00+06:00', 'scheduled', 'Inbox zero for coaches'), 'retitle');
    expect(changeCount(versionsOf(dir, 'webinar.mdx'), timing)).toBe(0);
    commit(webinar('2027-02-25T19:00:00+06:00'), 'move a week');
    expect(changeCount(versionsOf(dir, 'webinar.mdx'), timing)).toBe(1);
    writeFileSync(path.join(dir, 'webinar.mdx'), webinar('2027-02-25T19:00:00+06:00', 'cancelled'));
    expect(changeCount(versionsOf(dir, 'webinar.mdx'), timing)).toBe(2);
  });

  it('without git history knows only the current version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sahayak-nogit-'));
    writeFileSync(path.join(dir, 'webinar.mdx'), webinar('2027-02-25T19:00:00+06:00', 'cancelled'));
    expect(versionsOf(dir, 'webinar.mdx')).toHaveLength(1);
    expect(changeCount(versionsOf(dir, 'webinar.mdx'), timing)).toBe(0);
  });
});
