/**
 * Runs the content checker before Astro builds anything, so `npm run build`
 * fails on the same problems as `npm run check`, all listed at once. On
 * failure the output folder is removed: nothing half-built can be deployed.
 * In `astro dev` problems are logged and the server keeps running.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../check/index.ts';
import { problemLines, translationTable } from '../check/report.ts';
import { ContentError } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

export function contentCheck(site: SiteConfig): AstroIntegration {
  return {
    name: 'sahayak:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const result = checkContent(fileURLToPath(config.root), site);
        for (const line of translationTable(result)) logger.warn(line);
        if (!result.problems.length) return;
        if (command !== 'build') {
          for (const line of problemLines(result)) logger.error(line);
          return;
        }
        rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        throw new ContentError(result.problems);
      },
    },
  };
}
