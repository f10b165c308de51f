/**
 * A CV (src/rules/cv-document.ts) laid out on A4: a two-column header (photo, name,
 * titles and facts; contact details with links), then the sections one
 * under another, each heading kept with its first line, short lists in two
 * columns, and a footer with the site's address and the page number.
 *
 * The layout is synchronous and cheap (the words are shaped once and
 * remembered), so the data layer lays a CV out to count its pages while the
 * page renders (fitCv), and the post-build pass lays it out again to write it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localizeDigits } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../languages/table.ts';
import { FAMILIES, LATIN } from '../fonts/families.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { CV_STEPS, fitCv, limitCv, type CvDocument, type CvEntry, type CvSection } from '../rules/cv-document.ts';
import { A4, PdfDocument, type JpegImage, type PdfPage, type Rgb } from './document.ts';
import { FontSet } from './fonts.ts';
import { TextShaper, breakLines, lineWidth, type StyledText, type TextStyle, type Word } from './text.ts';

const MARGIN = { inline: 42, top: 40, bottom: 46 };
const WIDTH = A4.width - 2 * MARGIN.inline;
const CONTACT_WIDTH = 190;
const PHOTO = 68;
const GAP = 14;

const TEXT: Rgb = [0.09, 0.125, 0.165];
const MUTED: Rgb = [0.33, 0.37, 0.42];
const RULE: Rgb = [0.8, 0.82, 0.84];

const SIZE = { name: 20, titles: 10.5, small: 8.5, tiny: 6.5, heading: 11.5, title: 9.6, body: 9.2, footer: 7.5 };

/** `#0b6b5d` as PDF colour components. */
function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', '').padEnd(6, '0').slice(0, 6), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export interface CvLayoutOptions {
  /** The project root (where node_modules/@fontsource is). */
  root: string;
  /** The brand colour: the name, headings and links. */
  brand: string;
  /** The photo to draw (a measuring layout leaves it out; its place is kept either way). */
  photo?: JpegImage;
}

export interface CvLayout {
  doc: PdfDocument;
  pages: number;
  /** Characters no font has, left undrawn (kept for copying). */
  missing: string[];
}

/**
 * Whether a locale's text can be written as a PDF: the writer sets left to
 * right only (a right-to-left locale's CV page offers printing instead).
 */
export function pdfWritable(locale: Locale): boolean {
  return LOCALES[locale].dir === 'ltr';
}

/** Lays a CV out; `layout.doc.toBytes()` writes the file. */
export function layoutCv(cv: CvDocument, options: CvLayoutOptions): CvLayout {
  return new CvWriter(cv, options).write();
}

/** The number of pages a CV takes (for fitCv). */
export function cvPages(cv: CvDocument, root: string): number {
  return new CvWriter(cv, { root, brand: '#000000' }).write().pages;
}

/** Bump when the layout or the writer changes: cached fits and PDFs are made again. */
export const CV_LAYOUT_VERSION = 1;

/** What the layout depends on besides the CV: this code's version, the shaper's and the fonts'. */
export function cvLayoutKey(root: string): string {
  const packages = ['harfbuzzjs', ...new Set(FAMILIES.map((f) => `@fontsource/${f.package}`))];
  const versions = packages.map((name) => {
    const file = path.join(root, 'node_modules', name, 'package.json');
    return `${name}@${existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '-'}`;
  });
  return `${CV_LAYOUT_VERSION} ${versions.join(' ')}`;
}

/**
 * The CV shortened until it fits two pages (fitCv), laid out to count them
 * once per content: which shortening fitted is kept in
 * node_modules/.cache/sahayak/cv, so a rebuild with the same CV measures nothing.
 */
export function fittedCv(cv: CvDocument, root: string): CvDocument {
  const key = createHash('sha256')
    .update(JSON.stringify({ layout: cvLayoutKey(root), cv }))
    .digest('hex')
    .slice(0, 24);
  const file = cacheDir(root, 'cv', `fit-${key}.json`);
  if (existsSync(file)) {
    const { step } = JSON.parse(readFileSync(file, 'utf8')) as { step: number };
    if (CV_STEPS[step]) return limitCv(cv, CV_STEPS[step]);
  }
  const fitted = fitCv(cv, (c) => cvPages(c, root));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ step: fitted.step, pages: fitted.pages }));
  renameSync(`${file}.tmp`, file);
  return fitted.cv;
}

class CvWriter {
  private cv: CvDocument;
  private options: CvLayoutOptions;
  private doc: PdfDocument;
  private shaper: TextShaper;
  private brand: Rgb;
  /** Line height as a multiple of the size: scripts with marks above and below need more. */
  private leading: number;
  private page!: PdfPage;
  /** The top of the space left on the page (PDF coordinates: from the bottom). */
  private y = 0;

  constructor(cv: CvDocument, options: CvLayoutOptions) {
    this.cv = cv;
    this.options = options;
    this.doc = new PdfDocument({ title: cv.title, author: cv.name, lang: cv.lang });
    this.shaper = new TextShaper(new FontSet(options.root, cv.locale), LATIN.name.replace(/\s+/g, ''));
    this.brand = rgb(options.brand);
    this.leading = LOCALES[cv.locale].script === 'Latn' ? 1.32 : 1.5;
  }

  write(): CvLayout {
    this.newPage();
    this.header();
    for (const section of this.cv.sections) this.section(section);
    this.footers();
    return { doc: this.doc, pages: this.doc.pages.length, missing: [...this.shaper.missing] };
  }

  private style(size: number, weight: 400 | 700 = 400, color: Rgb = TEXT, link?: string): TextStyle {
    return { size, weight, color, link };
  }

  private newPage() {
    this.page = this.doc.addPage();
    this.y = A4.height - MARGIN.top;
  }

  /** Room for `height` more points on this page, else a new page. */
  private ensure(height: number) {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  /** The lines of a paragraph, measured, not drawn. */
  private lines(spans: StyledText[], width: number): { lines: Word[][]; height: number; lineHeight: number[] } {
    const lines = breakLines(this.shaper.words(spans, width), width);
    const lineHeight = lines.map((line) => Math.max(...line.map((w) => w.size)) * this.leading);
    return { lines, height: lineHeight.reduce((a, b) => a + b, 0), lineHeight };
  }

  /** Draws one line with its top at `top` (on `page`, the current one unless said). */
  private drawLine(line: Word[], x: number, top: number, height: number, page = this.page): void {
    const size = Math.max(...line.map((w) => w.size));
    // The middle of a capital letter at the middle of the line.
    const baseline = top - height / 2 - size * 0.36;
    let pen = x;
    let link: { uri: string; from: number } | undefined;
    const endLink = (to: number) => {
      if (link) page.link(link.from, baseline - size * 0.3, to - link.from, size * 1.25, link.uri);
      link = undefined;
    };
    line.forEach((word, i) => {
      const last = i === line.length - 1;
      if (word.link !== link?.uri) {
        endLink(pen);
        if (word.link) link = { uri: word.link, from: pen };
      }
      // The space after the word is drawn in its span (copying keeps it); not at the line's end.
      const parts = last || !word.space ? word.parts : [...word.parts, ...word.space.parts];
      const text = last ? word.text.replace(/ $/, '') : word.text;
      page.word(pen, baseline, parts, text);
      pen += word.width;
      if (link && (last || line[i + 1].link !== link.uri)) endLink(pen);
      if (!last) pen += word.space?.width ?? 0;
    });
    endLink(pen);
  }

  /** A paragraph in the flow, breaking pages between lines. */
  private paragraph(spans: StyledText[], x = MARGIN.inline, width = WIDTH) {
    const { lines, lineHeight } = this.lines(spans, width);
    lines.forEach((line, i) => {
      this.ensure(lineHeight[i]);
      this.drawLine(line, x, this.y, lineHeight[i]);
      this.y -= lineHeight[i];
    });
  }

  /** A block drawn at a fixed place (header columns): returns its height. */
  private block(spans: StyledText[], x: number, top: number, width: number, align: 'start' | 'end' = 'start'): number {
    const { lines, lineHeight } = this.lines(spans, width);
    let y = top;
    lines.forEach((line, i) => {
      const start = align === 'end' ? x + width - lineWidth(line) : x;
      this.drawLine(line, start, y, lineHeight[i]);
      y -= lineHeight[i];
    });
    return top - y;
  }

  private header() {
    const cv = this.cv;
    const top = this.y;
    let x = MARGIN.inline;
    if (cv.photo) {
      if (this.options.photo) this.page.image(this.options.photo, x, top - PHOTO, PHOTO, PHOTO, true);
      x += PHOTO + GAP;
    }
    const leftWidth = WIDTH - (x - MARGIN.inline) - CONTACT_WIDTH - GAP;
    let left = top;
    left -= this.block([{ text: cv.name, style: this.style(SIZE.name, 700, this.brand) }], x, left, leftWidth);
    left -= this.block([{ text: cv.titles, style: this.style(SIZE.titles, 700) }], x, left, leftWidth);
    const details = [cv.location, ...cv.facts].filter((d): d is string => Boolean(d));
    if (details.length)
      left -= this.block(
        [{ text: details.join(' · '), style: this.style(SIZE.small, 400, MUTED) }],
        x,
        left - 2,
        leftWidth,
      );

    const contactX = MARGIN.inline + WIDTH - CONTACT_WIDTH;
    let right = top;
    for (const c of cv.contact) {
      const label = { text: `${c.label} `, style: this.style(SIZE.small, 400, MUTED) };
      const value = (size: number) => ({
        text: c.text,
        style: this.style(size, 400, c.url ? this.brand : TEXT, c.url),
      });
      if (this.lines([label, value(SIZE.small)], CONTACT_WIDTH).lines.length === 1) {
        right -= this.block([label, value(SIZE.small)], contactX, right, CONTACT_WIDTH);
        continue;
      }
      // Too long for one line with its label: the label above it, and an address smaller rather
      // than cut in two (a cut address does not copy out as one).
      right -= this.block([{ ...label, text: c.label }], contactX, right, CONTACT_WIDTH);
      const width = lineWidth(this.lines([value(SIZE.small)], Number.POSITIVE_INFINITY).lines[0]);
      const size = Math.max(SIZE.tiny, Math.min(SIZE.small, (SIZE.small * CONTACT_WIDTH) / width));
      right -= this.block([value(size)], contactX, right, CONTACT_WIDTH);
    }
    this.y = Math.min(left, right, cv.photo ? top - PHOTO : top) - 8;
    this.page.line(MARGIN.inline, this.y, MARGIN.inline + WIDTH, this.y, 1.2, this.brand);
    this.y -= 4;
  }

  private heading(section: CvSection, next: number) {
    const { lines, lineHeight } = this.lines(
      [{ text: section.heading, style: this.style(SIZE.heading, 700, this.brand) }],
      WIDTH,
    );
    const height = lineHeight.reduce((a, b) => a + b, 0);
    // A heading never ends a page: it goes with the first line under it.
    this.ensure(10 + height + 3 + next);
    this.y -= 10;
    lines.forEach((line, i) => {
      this.drawLine(line, MARGIN.inline, this.y, lineHeight[i]);
      this.y -= lineHeight[i];
    });
    this.page.line(MARGIN.inline, this.y, MARGIN.inline + WIDTH, this.y, 0.5, RULE);
    this.y -= 3;
  }

  private section(section: CvSection) {
    const firstLine = SIZE.title * this.leading;
    if (section.layout === 'inline') {
      this.heading(section, firstLine);
      this.paragraph([
        { text: section.entries.map((e) => e.text ?? e.title ?? '').join(' · '), style: this.style(SIZE.body) },
      ]);
      return;
    }
    if (section.layout === 'columns') {
      this.columns(section);
      return;
    }
    this.heading(section, section.entries[0]?.title ? firstLine * 2 : firstLine);
    section.entries.forEach((entry, i) => {
      if (i > 0) this.y -= section.id === 'profile' ? 2 : 5;
      const lead = section.id === 'profile' && i === 0;
      // An item that fits on a page is not split between two (a lone result atop page two).
      const height = this.entryHeight(entry, lead);
      if (height <= A4.height - MARGIN.top - MARGIN.bottom) this.ensure(height);
      this.entry(entry, lead);
    });
  }

  /** The height `entry` draws an item in, measured the same way. */
  private entryHeight(entry: CvEntry, lead: boolean): number {
    const height = (text: string, size: number, weight: 400 | 700 = 400, width = WIDTH) =>
      this.lines([{ text, style: this.style(size, weight) }], width).height;
    let total = 0;
    if (entry.title) {
      const title = this.lines([{ text: entry.title, style: this.style(SIZE.title, 700) }], WIDTH);
      total += title.height;
      if (entry.aside) {
        const aside = this.lines([{ text: entry.aside, style: this.style(SIZE.title, 700) }], WIDTH);
        const beside =
          aside.lines.length === 1 && lineWidth(title.lines.at(-1)!) + GAP + lineWidth(aside.lines[0]) <= WIDTH;
        if (!beside) total += aside.height;
      }
    }
    if (entry.meta) total += height(entry.text && !entry.title ? `— ${entry.meta}` : entry.meta, SIZE.small);
    if (entry.text)
      total += height(entry.quote ? `“${entry.text}”` : entry.text, lead ? SIZE.titles : SIZE.body, lead ? 700 : 400);
    for (const point of entry.points ?? [])
      total += this.lines(
        [
          ...(point.figure ? [{ text: `${point.figure} `, style: this.style(SIZE.body, 700) }] : []),
          { text: point.text, style: this.style(SIZE.body) },
        ],
        WIDTH - 12,
      ).height;
    return total;
  }

  private entry(entry: CvEntry, lead: boolean) {
    if (entry.title) {
      const title = this.lines([{ text: entry.title, style: this.style(SIZE.title, 700, TEXT, entry.url) }], WIDTH);
      const aside = entry.aside
        ? this.lines([{ text: entry.aside, style: this.style(SIZE.title, 700, this.brand) }], WIDTH)
        : undefined;
      const meta = entry.meta
        ? this.lines([{ text: entry.meta, style: this.style(SIZE.small, 400, MUTED) }], WIDTH)
        : undefined;
      // The title and what describes it stay on one page.
      this.ensure(title.height + (meta?.height ?? 0) + SIZE.body * this.leading);
      const titleEnd = lineWidth(title.lines.at(-1)!);
      const asideWidth = aside?.lines.length === 1 ? lineWidth(aside.lines[0]) : Number.POSITIVE_INFINITY;
      title.lines.forEach((line, i) => {
        const h = title.lineHeight[i];
        this.drawLine(line, MARGIN.inline, this.y, h);
        // Prices at the end of the title's last line when they fit beside it.
        if (aside && i === title.lines.length - 1 && titleEnd + GAP + asideWidth <= WIDTH)
          this.drawLine(aside.lines[0], MARGIN.inline + WIDTH - asideWidth, this.y, h);
        this.y -= h;
      });
      if (aside && !(titleEnd + GAP + asideWidth <= WIDTH))
        this.paragraph([{ text: entry.aside!, style: this.style(SIZE.title, 700, this.brand) }]);
      if (meta) this.paragraph([{ text: entry.meta!, style: this.style(SIZE.small, 400, MUTED) }]);
    } else if (entry.meta && !entry.text) {
      this.paragraph([{ text: entry.meta, style: this.style(SIZE.small, 400, MUTED) }]);
    }
    if (entry.text) {
      const text = entry.quote ? `“${entry.text}”` : entry.text;
      this.paragraph([{ text, style: this.style(lead ? SIZE.titles : SIZE.body, lead ? 700 : 400) }]);
      // A quote's author comes after the quote.
      if (!entry.title && entry.meta)
        this.paragraph([{ text: `— ${entry.meta}`, style: this.style(SIZE.small, 400, MUTED) }]);
    }
    for (const point of entry.points ?? []) {
      const spans: StyledText[] = [];
      if (point.figure) spans.push({ text: `${point.figure} `, style: this.style(SIZE.body, 700, this.brand) });
      spans.push({ text: point.text, style: this.style(SIZE.body) });
      const { lines, lineHeight } = this.lines(spans, WIDTH - 12);
      lines.forEach((line, i) => {
        this.ensure(lineHeight[i]);
        if (i === 0) this.bullet(MARGIN.inline + 3, this.y, lineHeight[i]);
        this.drawLine(line, MARGIN.inline + 12, this.y, lineHeight[i]);
        this.y -= lineHeight[i];
      });
    }
  }

  /** A small square bullet, drawn (not a character: copying a point gives its words only). */
  private bullet(x: number, top: number, height: number) {
    const s = 2.6;
    this.page.rect(x, top - height / 2 - s / 2 + 0.6, s, s, this.brand);
  }

  /** Short items in two columns, filled down the first then the second, kept on one page. */
  private columns(section: CvSection) {
    const width = (WIDTH - GAP) / 2;
    const items = section.entries.map((e) => {
      const spans: StyledText[] = [];
      if (e.title) spans.push({ text: e.text ? `${e.title}: ` : e.title, style: this.style(SIZE.body, 700) });
      if (e.text) spans.push({ text: e.text, style: this.style(SIZE.body) });
      return { ...this.lines(spans, width - 12), bullet: !e.title };
    });
    const total = items.reduce((a, i) => a + i.height, 0);
    // The first column takes items until it holds about half.
    let split = 0;
    for (let sum = 0; split < items.length && sum + items[split].height / 2 <= total / 2; split++)
      sum += items[split].height;
    const columns = [items.slice(0, split), items.slice(split)];
    const height = Math.max(...columns.map((c) => c.reduce((a, i) => a + i.height, 0)));
    this.heading(section, Math.min(height, SIZE.body * this.leading * 3));
    this.ensure(height);
    const top = this.y;
    columns.forEach((column, c) => {
      let y = top;
      const x = MARGIN.inline + c * (width + GAP);
      for (const item of column) {
        item.lines.forEach((line, i) => {
          if (i === 0 && item.bullet) this.bullet(x + 3, y, item.lineHeight[i]);
          this.drawLine(line, x + (item.bullet ? 12 : 0), y, item.lineHeight[i]);
          y -= item.lineHeight[i];
        });
      }
    });
    this.y = top - height;
  }

  /** The site's address and the page number at the foot of every page. */
  private footers() {
    const total = this.doc.pages.length;
    const fmt = { locale: this.cv.locale, numerals: this.cv.numerals };
    this.doc.pages.forEach((page, i) => {
      const y = MARGIN.bottom - 22;
      const note = this.lines(
        [
          { text: `${this.cv.name} · `, style: this.style(SIZE.footer, 400, MUTED) },
          { text: this.cv.site.text, style: this.style(SIZE.footer, 400, MUTED, this.cv.site.url) },
        ],
        WIDTH - 60,
      );
      this.drawLine(note.lines[0], MARGIN.inline, y, note.lineHeight[0], page);
      const number = this.lines(
        [{ text: localizeDigits(`${i + 1} / ${total}`, fmt), style: this.style(SIZE.footer, 400, MUTED) }],
        60,
      );
      const line = number.lines[0];
      this.drawLine(line, MARGIN.inline + WIDTH - lineWidth(line), y, number.lineHeight[0], page);
      page.line(MARGIN.inline, y + 3, MARGIN.inline + WIDTH, y + 3, 0.5, RULE);
    });
  }
}
