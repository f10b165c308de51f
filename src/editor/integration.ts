/**
 * The browser editor at `<base>admin/`: Sveltia CMS, served by the site itself.
 *
 * The editor ships from node_modules, made origin-local: its bundle names a
 * font CDN, an update check, UI translations and a code highlighter on other
 * servers, with no option to turn them off, so the copy points each at a
 * local file copied from the same package, and fails the build if a new
 * version of the bundle no longer has the expected addresses. The result is
 * cached per version.
 *
 * Its configuration is generated (src/editor/editor-config.ts); the page has
 * its own Content-Security-Policy (ADMIN_CSP) and is noindex, not in the
 * sitemap and not linked from the site. `astro dev` serves it too, where
 * "Work with Local Repository" edits the working folder.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { SITE_PATHS } from '../i18n/routes.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { ADMIN_CSP } from '../rules/csp.ts';
import { gitHubRepositoryOf, originRepository } from '../project/git.ts';
import { editorConfig, type EditorOptions } from './editor-config.ts';
import { FAMILIES, LATIN, fontFile } from '../fonts/families.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

const PLACEHOLDER_REPOSITORY = 'your-github-name/your-repository';

/**
 * The GitHub repository the editor saves to: what the host says (GitHub
 * Actions: GITHUB_REPOSITORY; Netlify: REPOSITORY_URL), else the settings'
 * `editor.repository`, else the `origin` remote of the working folder.
 */
export function editorRepository(
  site: SiteConfig,
  env: Record<string, string | undefined>,
  root: string,
): string | undefined {
  // The host knows best (a fork of the demo builds from the fork).
  return (
    env.GITHUB_REPOSITORY ?? gitHubRepositoryOf(env.REPOSITORY_URL) ?? site.editor.repository ?? originRepository(root)
  );
}

/** The package folder of @sveltia/cms and its version. */
function sveltiaPackage(root: string): { dir: string; version: string } {
  // The package's exports name only its entry; its folder is one level up.
  const dir = path.resolve(path.dirname(createRequire(path.join(root, 'package.json')).resolve('@sveltia/cms')), '..');
  return { dir, version: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version };
}

/** Replaces every match of `pattern`, and fails unless there were exactly `expected`. */
function rewrite(
  text: string,
  pattern: RegExp,
  expected: number,
  what: string,
  replace: (...m: string[]) => string,
): string {
  let count = 0;
  const result = text.replace(pattern, (...m: string[]) => {
    count += 1;
    return replace(...m);
  });
  if (count !== expected)
    throw new Error(
      `The editor's bundle changed: expected ${expected} ${what}, found ${count}. Check src/editor/integration.ts against this @sveltia/cms version.`,
    );
  return result;
}

/**
 * Copies the editor into `dest` with every address on another server made
 * local (served under `base`). Returns the folder.
 */
export function vendorEditor(root: string, base: string): string {
  const { dir: pkg, version } = sveltiaPackage(root);
  // "-2": folders before it also held the script fonts of whichever site built first.
  const dest = cacheDir(root, 'admin', `${version}-2-${base.replace(/\W+/g, '_')}`);
  if (existsSync(path.join(dest, 'sveltia-cms.js'))) return dest;
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(path.join(dest, 'fonts'), { recursive: true });
  const at = `${base}${SITE_PATHS.admin}`;
  const assets = readdirSync(path.join(pkg, 'npm/assets'));
  let js = readFileSync(path.join(pkg, 'dist/sveltia-cms.js'), 'utf8');
  // Its fonts (text and icons), from the package's own copies.
  js = rewrite(
    js,
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    3,
    'font addresses',
    (_m, id, subset) => {
      const file = assets.find((f) => f.startsWith(`${id}-${subset}-`) && f.endsWith('.woff2'));
      if (!file) throw new Error(`The editor's package has no local copy of the font ${id} (${subset}).`);
      cpSync(path.join(pkg, 'npm/assets', file), path.join(dest, 'fonts', `${id}-${subset}.woff2`));
      return `${at}fonts/${id}-${subset}.woff2`;
    },
  );
  // The update check: an answer without a version, so nothing is fetched.
  js = rewrite(
    js,
    /(\w+)=`\$\{\w+\}\/package\.json`/g,
    1,
    'update check',
    (_m, name) => `${name}="data:application/json,{}"`,
  );
  // Interface translations (for browsers in one of its languages), and the code highlighter.
  js = rewrite(
    js,
    /(\w+)=`\$\{\w+\}@\$\{\w+\}\/locales`/g,
    1,
    'translation folder',
    (_m, name) => `${name}="${at}locales"`,
  );
  js = rewrite(
    js,
    /(\w+)=\(\)=>`\$\{\w+\}@\$\{\w+\}\/dist\/shiki-engine\.js`/g,
    1,
    'highlighter engine',
    (_m, name) => `${name}=()=>"${at}shiki/shiki-engine.js"`,
  );
  js = rewrite(
    js,
    /(\w+)=(\w+)=>`\$\{\w+\}\/(langs|themes)@\$\{\w+\}\/dist\/\$\{\2\}\.mjs`/g,
    2,
    'highlighter languages and themes',
    (_m, name, arg, kind) => `${name}=${arg}=>"${at}shiki/${kind}/"+${arg}+".mjs"`,
  );
  const left = js.match(/https:\/\/(?:cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com)[^`'")\s]*/g);
  if (left) throw new Error(`The editor's bundle still names other servers: ${[...new Set(left)].join(' ')}`);
  cpSync(path.join(pkg, 'locales'), path.join(dest, 'locales'), { recursive: true });
  cpSync(path.join(pkg, 'dist/chunks'), path.join(dest, 'chunks'), { recursive: true });
  const engine = readdirSync(path.join(pkg, 'npm/chunks')).find((f) => /^shiki-engine-.*\.js$/.test(f));
  if (!engine) throw new Error("The editor's package has no highlighter engine.");
  mkdirSync(path.join(dest, 'shiki'), { recursive: true });
  cpSync(path.join(pkg, 'npm/chunks', engine), path.join(dest, 'shiki/shiki-engine.js'));
  const fromPkg = createRequire(path.join(pkg, 'package.json'));
  for (const kind of ['langs', 'themes']) {
    cpSync(path.dirname(fromPkg.resolve(`@shikijs/${kind}`)), path.join(dest, 'shiki', kind), {
      recursive: true,
      filter: (f) => !f.endsWith('.d.mts'),
    });
  }
  writeFileSync(path.join(dest, 'sveltia-cms.js'), js);
  return dest;
}

/**
 * Fonts for the site's scripts, so Bangla and Hindi read right in the editor on
 * any computer: the stylesheet, and each font file by its path below admin/.
 * They are this site's own, so they stay out of the vendored folder, which
 * every site with the same base path shares.
 */
function scriptFonts(root: string): { css: string; files: Record<string, string> } {
  const faces: string[] = [];
  const names: string[] = [];
  const files: Record<string, string> = {};
  for (const family of FAMILIES.filter((f) => f.name !== LATIN.name)) {
    names.push(`"${family.name}"`);
    for (const weight of [400, 700]) {
      const file = `${family.package}-${weight}.woff2`;
      files[`fonts/${file}`] = path.join(root, fontFile(family, weight));
      faces.push(
        `@font-face{font-family:"${family.name}";src:url(fonts/${file}) format("woff2");font-weight:${weight};font-display:swap}`,
      );
    }
  }
  // The editor sets its text in Source Sans 3 (Latin only); the script fonts follow for other letters.
  const stack = `"Source Sans 3",${names.join(',')},system-ui,sans-serif`;
  return {
    css: `${faces.join('\n')}\n:root:root{--sui-font-family-default:${stack};--sui-control-font-family:${stack};--sui-textbox-font-family:${stack}}\n`,
    files,
  };
}

function indexHtml(site: SiteConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP}">
<title>Edit · ${site.name.replace(/[<&"]/g, '')}</title>
<link rel="stylesheet" href="admin.css">
<link rel="cms-config-url" type="application/yaml" href="config.yml">
</head>
<body>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}

/**
 * The editor's files, by path below admin/: the vendored editor (a folder),
 * the generated page, settings and stylesheet (text), and the site's script
 * fonts (files to copy).
 */
export function editorFiles(
  site: SiteConfig,
  options: EditorOptions,
  root: string,
): { vendor: string; generated: Record<string, string>; copied: Record<string, string> } {
  const vendor = vendorEditor(root, site.base);
  const fonts = scriptFonts(root);
  return {
    vendor,
    generated: {
      'index.html': indexHtml(site),
      'config.yml': `# Generated by src/editor/editor-config.ts from the content schemas: edit those, not this.\n${yaml.dump(editorConfig(site, options), { lineWidth: 120, noRefs: true })}`,
      'admin.css': fonts.css,
    },
    copied: fonts.files,
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'application/yaml',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function editor(site: SiteConfig, root: string): AstroIntegration {
  let files: ReturnType<typeof editorFiles> | undefined;
  const options = (): EditorOptions => ({
    repository: editorRepository(site, process.env, root) ?? PLACEHOLDER_REPOSITORY,
    branch: site.editor.branch,
  });
  return {
    name: 'sahayak:editor',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const opts = options();
        if (opts.repository === PLACEHOLDER_REPOSITORY)
          logger.info(
            `The editor at /admin/ does not know your GitHub repository: set editor.repository in sahayak.yaml (owner/name).`,
          );
        files = editorFiles(site, opts, root);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${site.base}${SITE_PATHS.admin}`;
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!files || !url.pathname.startsWith(prefix)) return next();
          const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
          const generated = files.generated[rel];
          const file = files.copied[rel] ?? path.join(files.vendor, rel);
          if (generated === undefined && (rel.includes('..') || !existsSync(file))) return next();
          res.setHeader('content-type', TYPES[path.extname(rel)] ?? 'application/octet-stream');
          res.setHeader('content-security-policy', ADMIN_CSP);
          res.end(generated ?? readFileSync(file));
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!files) return;
        const out = path.join(fileURLToPath(dir), SITE_PATHS.admin);
        cpSync(files.vendor, out, { recursive: true });
        for (const [rel, text] of Object.entries(files.generated)) writeFileSync(path.join(out, rel), text);
        for (const [rel, source] of Object.entries(files.copied)) cpSync(source, path.join(out, rel));
      },
    },
  };
}
