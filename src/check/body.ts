/**
 * The Markdown or MDX body of a content file, parsed with the same parser the
 * build uses (Sätteri): a syntax error, or an image the body shows that is
 * not there, is reported with the source file and line before the build
 * would fail on it with a compiled-code position.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from '../schemas/errors.ts';
import type { ContentFile } from './files.ts';

/** What to write for the usual MDX mistakes, from the parser's message. */
function mdxAdvice(message: string): string {
  if (/closing tag/.test(message))
    return 'every <Tag> closed by a matching </Tag> (or written <Tag />); for a plain "<" in text write &lt;';
  if (/closing brace|expression/.test(message)) return 'a "{" closed by "}"; for a plain brace in text write \\{';
  if (/import|export/.test(message)) return 'import and export lines written as in JavaScript, at the top of the body';
  return 'Markdown, with tags closed and braces matched (for a plain "<" or "{" in text write &lt; or \\{)';
}

/** Image paths the body shows: Markdown images, <img src>, and imported image files. */
function imagesOf(tree: MdastNode): { src: string; line?: number }[] {
  const found: { src: string; line?: number }[] = [];
  const visit = (node: MdastNode) => {
    const n = node as unknown as {
      type: string;
      url?: string;
      name?: string;
      value?: string;
      attributes?: { name?: string; value?: unknown }[];
      children?: MdastNode[];
      position?: { start: { line: number } };
    };
    const line = n.position?.start.line;
    if (n.type === 'image' && n.url) found.push({ src: n.url, line });
    if (
      (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
      (n.name === 'img' || n.name === 'Image')
    ) {
      const src = n.attributes?.find((a) => a.name === 'src')?.value;
      if (typeof src === 'string') found.push({ src, line });
    }
    if (n.type === 'mdxjsEsm' && n.value) {
      for (const m of n.value.matchAll(/from\s+['"]([^'"]+\.(?:jpe?g|png|webp|avif|gif|svg))['"]/gi))
        found.push({ src: m[1], line });
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/**
 * Components a body uses without importing them: Sahayak gives MDX bodies no
 * components of its own, so `<Callout>` would stop the build with an
 * "undefined component" error and a stack trace.
 */
function componentProblems(tree: MdastNode, file: string, firstLine: number): Problem[] {
  const imported = new Set<string>();
  const used: { name: string; line?: number }[] = [];
  const visit = (node: MdastNode) => {
    const n = node as unknown as {
      type: string;
      name?: string;
      value?: string;
      children?: MdastNode[];
      position?: { start: { line: number } };
    };
    if (n.type === 'mdxjsEsm' && n.value) {
      for (const m of n.value.matchAll(/import\s+(?:(\w+)|\{([^}]*)\}|\*\s+as\s+(\w+))/g)) {
        for (const name of [
          m[1],
          m[3],
          ...(m[2]?.split(',').map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .at(-1)!,
          ) ?? []),
        ])
          if (name) imported.add(name);
      }
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]/.test(n.name))
      used.push({ name: n.name.split('.')[0], line: n.position?.start.line });
    n.children?.forEach(visit);
  };
  visit(tree);
  return used
    .filter((u) => !imported.has(u.name))
    .map((u) => ({
      file,
      line: u.line === undefined ? undefined : u.line + firstLine - 1,
      field: '(MDX body)',
      expected: `plain Markdown or HTML, or a component imported at the top of the body (import ${u.name} from '…')`,
      found: `<${u.name}>, which is not imported`,
    }));
}

export function bodyProblems(root: string, content: ContentFile): Problem[] {
  if (!content.body?.text.trim()) return [];
  const { text, firstLine } = content.body;
  const mdx = content.file.toLowerCase().endsWith('.mdx');
  let tree: MdastNode;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(text, {}) as MdastNode;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(message);
    return [
      {
        file: content.file,
        line: at ? Number(at[1]) + firstLine - 1 : undefined,
        field: '(MDX body)',
        expected: mdxAdvice(message),
        // The parser's own positions count from the body, not the file: drop them (the line above is the file's).
        found: message
          .replace(/^(\d+):(\d+):\s*/, '')
          .replace(/\s*\((?:mdx|micromark)[^)]*\)\s*$/, '')
          .replace(/\s*\(\d+:\d+\)/g, ''),
      },
    ];
  }
  const problems: Problem[] = componentProblems(tree, content.file, firstLine);
  for (const { src, line } of imagesOf(tree)) {
    if (src.startsWith('data:')) continue;
    const at = line === undefined ? undefined : line + firstLine - 1;
    // The site loads nothing from other servers (its CSP blocks them) and links stay under the base path.
    if (/^[a-z]+:|^\/\//i.test(src) || src.startsWith('/')) {
      problems.push({
        file: content.file,
        line: at,
        field: '(image in the text)',
        expected:
          'an image saved next to the file and named by a relative path such as ./photo.jpg (download it first)',
        found: JSON.stringify(src),
      });
    } else if (!existsSync(path.join(root, path.dirname(content.file), decodeURI(src.split(/[?#]/)[0])))) {
      problems.push({
        file: content.file,
        line: at,
        field: '(image in the text)',
        expected: `an image file that exists, with its path written relative to ${content.file}`,
        found: JSON.stringify(src),
      });
    }
  }
  return problems;
}
