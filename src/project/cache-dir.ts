/**
 * Where builds keep what a later build can reuse (share images, font files):
 * node_modules/.cache/sahayak, which hosts keep between deploys with node_modules.
 */
import path from 'node:path';

export function cacheDir(root: string, ...parts: string[]): string {
  return path.join(root, 'node_modules', '.cache', 'sahayak', ...parts);
}
