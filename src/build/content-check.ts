/**
 * The checker in the build and in `astro dev`.
 * - `astro build`: the whole check (config and content) runs in
 *   `astro:config:setup`, before anything is built (and before the page
 *   fonts are cut: this integration comes first). On any problem it prints every one
 *   (file, line, field, expected, found), removes the output folder and
 *   exits: nothing half-built can be deployed, and no stack trace hides the list.
 *   A build that fails later for any other reason removes the folder as well.
 * - `astro dev`: the check runs again after every change in the project, and
 *   while there are problems every page shows them in the browser, with file
 *   and line, instead of the last good version.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, type Problem } from '../schemas/errors.ts';
import { problemReport, warningLines } from '../check/report.ts';
import { checkSite, type SiteCheck } from '../check/site.ts';
import { SETTINGS_FILE } from '../schemas/site-config.ts';

/** Prints the problems and stops the build, leaving no output folder. */
export function stopBuild(problems: Problem[], outDir: string): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\n${problemReport(problems)}\n\nThe build stopped and wrote nothing; fix these and build again (npm run check lists them without building).\n`,
  );
  process.exit(1);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page `astro dev` shows while the content has problems. */
export function problemsPage(problems: Problem[]): string {
  const items = problems
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.line ? `${p.file}:${p.line}` : p.file)}</code><br>${escapeHtml(formatProblem(p).slice((p.line ? `${p.file}:${p.line}` : p.file).length + 2))}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${problems.length} problem(s) in your content</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#17202a}h1{color:#a4161a}li{margin:0 0 1rem}code{background:#f3f6f5;padding:.1rem .3rem;border-radius:.25rem}</style></head>
<body><h1>${problems.length} problem${problems.length === 1 ? '' : 's'} in your content</h1><p>The site shows again as soon as these are fixed; this page reloads by itself after each save.</p><ol>${items}</ol>
<script>setTimeout(() => location.reload(), 2000)</script></body></html>`;
}

/** The content check of the project at `root`, as an integration (list it first). */
export function contentCheck(root: string): AstroIntegration {
  let current: SiteCheck | undefined;
  let dirty = false;
  return {
    name: 'sahayak:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, addWatchFile }) => {
        const checked = checkSite(root);
        current = checked;
        for (const line of warningLines(checked.content)) logger.warn(line);
        // A change to the settings restarts `astro dev` with them.
        addWatchFile(path.join(root, SETTINGS_FILE));
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        if (checked.problems.length) stopBuild(checked.problems, outDir);
        // Whatever else stops a build (a page that fails to render), the half-written folder goes too.
        process.on('exit', (code) => {
          if (code !== 0) rmSync(outDir, { recursive: true, force: true });
        });
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', () => {
          dirty = true;
        });
        server.middlewares.use(async (req, res, next) => {
          const accept = req.headers.accept ?? '';
          if (!accept.includes('text/html')) return next();
          if (dirty || !current) {
            dirty = false;
            current = checkSite(root);
          }
          if (!current.problems.length) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(problemsPage(current.problems));
        });
      },
    },
  };
}
