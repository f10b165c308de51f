/** Asking git about the project: quietly, and undefined when there is no git or no answer. */
import { execFileSync } from 'node:child_process';

export function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** `owner/name` from a GitHub address (https or ssh, with or without .git). */
export function gitHubRepositoryOf(url: string | undefined): string | undefined {
  return /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url ?? '')?.[1];
}

/** The GitHub repository of the project's `origin` remote, as owner/name. */
export function originRepository(root: string): string | undefined {
  return gitHubRepositoryOf(git(root, ['remote', 'get-url', 'origin'])?.trim());
}
