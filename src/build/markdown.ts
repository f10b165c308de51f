/**
 * Astro's Markdown and MDX processor (Sätteri) with one HTML pass for what
 * content bodies need on this site:
 * - tables scroll sideways inside their own box on a narrow phone instead of
 *   widening the page;
 * - column alignment (`---:`) becomes a class: the page's CSP blocks the
 *   inline `style` Markdown would write;
 * - heading anchors are ASCII (a Bangla heading's id is transliterated);
 * - footnotes speak the content's language: their heading and back-links are
 *   translated and their numbers use the language's digits (list markers
 *   follow the digits through CSS, src/site/theme.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, type HastNode } from 'satteri';
import { isLocale, type Locale } from '../languages/table.ts';
import { createT } from '../i18n/t.ts';
import { localizeDigits, type Numerals } from '../i18n/format.ts';
import { slugify } from '../rules/slug.ts';

/** The language of a content file from its path: `…/services/bn/x.mdx` or `…/profile/bn.mdx`. */
export function localeOfFile(file: string): Locale | undefined {
  const match = /\/src\/content\/[^/]+\/(?:([^/]+)\/[^/]+|([^/.]+)\.[^/]+)$/.exec(file);
  const code = match?.[1] ?? match?.[2];
  return isLocale(code) ? code : undefined;
}

type Element = Extract<HastNode, { type: 'element' }>;
const text = (value: string) => ({ type: 'text', value }) as HastNode;

export function contentHtmlPlugin(numerals: Partial<Record<Locale, Numerals>>, defaultLocale: Locale) {
  return defineHastPlugin({
    name: 'sahayak-content-html',
    element: [
      {
        filter: ['table'],
        visit(node, ctx) {
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0 },
            children: [],
          } as unknown as Element);
        },
      },
      {
        // Heading anchors in ASCII (transliterated), so a link to a Bangla section reads "#mase-mase-ki-bodlalo", not a wall of %E0%A6.
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          // Astro names the headings after this pass and keeps an id that is already there.
          if (typeof node.properties?.id === 'string') return;
          const seen = (ctx.data.headingIds ??= new Set<string>()) as Set<string>;
          const base = slugify(ctx.textContent(node)) || 'section';
          let unique = base;
          for (let n = 2; seen.has(unique); n++) unique = `${base}-${n}`;
          seen.add(unique);
          ctx.setProperty(node, 'id', unique);
        },
      },
      {
        filter: ['th', 'td'],
        visit(node, ctx) {
          const style = String(node.properties?.style ?? '');
          const align = /text-align:\s*(left|right|center)/.exec(style)?.[1];
          if (!align) return;
          ctx.setProperty(node, 'style', undefined);
          ctx.setProperty(node, 'className', [`align-${align}`]);
        },
      },
      {
        filter: ['a', 'h2'],
        visit(node, ctx) {
          const props = node.properties ?? {};
          const isRef = props.dataFootnoteRef !== undefined;
          const isBackref = props.dataFootnoteBackref !== undefined;
          const isLabel = node.tagName === 'h2' && props.id === 'footnote-label';
          if (!isRef && !isBackref && !isLabel) return;
          const locale = localeOfFile(ctx.fileURL?.pathname ?? '') ?? defaultLocale;
          const fmt = { locale, numerals: numerals[locale] ?? 'latin' };
          const t = createT(locale, fmt.numerals, defaultLocale);
          if (isRef) {
            const child = node.children[0];
            if (child?.type === 'text') ctx.replaceNode(child, text(localizeDigits(child.value, fmt)));
          } else if (isBackref) {
            const n = /(\d+)\s*$/.exec(String(props.ariaLabel ?? ''))?.[1] ?? '';
            ctx.setProperty(node, 'ariaLabel', t('content.backToReference', { n: localizeDigits(n, fmt) }));
          } else {
            ctx.setProperty(node, 'className', ['visually-hidden']);
            const child = node.children[0];
            if (child?.type === 'text') ctx.replaceNode(child, text(t('content.footnotes')));
          }
        },
      },
    ],
  });
}

export function markdownProcessor(numerals: Partial<Record<Locale, Numerals>>, defaultLocale: Locale) {
  return satteri({ hastPlugins: [contentHtmlPlugin(numerals, defaultLocale)] });
}
