/**
 * Text into shaped words and lines. A word is what lies between spaces (a
 * Bangla or Hindi line breaks at spaces, as an English one does); it may
 * change font, weight or colour inside ("৳১,২০০/ঘণ্টা"), and carries the
 * space after it, which copy-and-paste needs inside the word's span.
 */
import type { FontSet, Weight } from './fonts.ts';
import type { Rgb, WordPart } from './document.ts';

export interface TextStyle {
  size: number;
  weight: Weight;
  color: Rgb;
  /** Opens this address when clicked. */
  link?: string;
}

export interface StyledText {
  text: string;
  style: TextStyle;
}

export interface Word {
  parts: WordPart[];
  /** The word's text, and the space after it when it has one: what copying gives. */
  text: string;
  /** Without the space after it, in points. */
  width: number;
  /** The space after it, drawn in the font of the word's end; none at a paragraph's end. */
  space?: { parts: WordPart[]; width: number };
  link?: string;
  /** The largest size in the word (for the line's height). */
  size: number;
}

/** Characters no font has (emoji…), as they were met: the caller reports them. */
export type Missing = Set<string>;

/** Bengali and Devanagari look smaller than Latin at one size (Chromium sets them so too); a little larger reads evenly. */
const SCRIPT_SCALE = 1.06;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export class TextShaper {
  private fonts: FontSet;
  readonly missing: Missing = new Set();
  private latinName: string;

  constructor(fonts: FontSet, latinName: string) {
    this.fonts = fonts;
    this.latinName = latinName;
  }

  private parts(text: string, style: TextStyle): { parts: WordPart[]; width: number } {
    const parts: WordPart[] = [];
    let width = 0;
    for (const run of this.fonts.runs(text, style.weight)) {
      if (!run.font) {
        for (const ch of run.text) if (!/\s/u.test(ch)) this.missing.add(ch);
        parts.push({ text: run.text, size: style.size, color: style.color });
        continue;
      }
      const size = run.font.name.startsWith(this.latinName) ? style.size : style.size * SCRIPT_SCALE;
      const shaped = run.font.shape(run.text);
      parts.push({ run: shaped, text: run.text, size, color: style.color });
      width += (shaped.advance * size) / run.font.upem;
    }
    return { parts, width };
  }

  private word(chunks: StyledText[], spaceAfter: boolean): Word {
    const parts: WordPart[] = [];
    let width = 0;
    for (const chunk of chunks) {
      const shaped = this.parts(chunk.text, chunk.style);
      parts.push(...shaped.parts);
      width += shaped.width;
    }
    // The space after the word in the font the word ends in, when it has one (as the word's own runs keep their spaces).
    const lastStyle = chunks.at(-1)!.style;
    const lastPart = parts.at(-1);
    const space = !spaceAfter
      ? undefined
      : lastPart?.run?.font.covers(0x20)
        ? {
            parts: [{ ...lastPart, run: lastPart.run.font.shape(' '), text: ' ' }],
            width: (lastPart.run.font.shape(' ').advance * lastPart.size) / lastPart.run.font.upem,
          }
        : this.parts(' ', lastStyle);
    return {
      parts,
      text: chunks.map((c) => c.text).join('') + (spaceAfter ? ' ' : ''),
      width,
      space,
      link: chunks.find((c) => c.style.link)?.style.link,
      size: Math.max(...parts.map((p) => p.size)),
    };
  }

  /** The words of a paragraph; a word wider than `maxWidth` (a long address) is cut between letters. */
  words(spans: StyledText[], maxWidth: number): Word[] {
    const out: Word[] = [];
    let chunks: StyledText[] = [];
    const end = (spaceAfter: boolean) => {
      if (!chunks.length) return;
      const word = this.word(chunks, spaceAfter);
      if (word.width <= maxWidth) out.push(word);
      else out.push(...this.cut(chunks, maxWidth, spaceAfter));
      chunks = [];
    };
    for (const span of spans) {
      for (const piece of span.text.split(/( +)/)) {
        if (!piece) continue;
        if (piece.startsWith(' ')) end(true);
        else chunks.push({ text: piece, style: span.style });
      }
    }
    end(false);
    return out;
  }

  /** A word cut into pieces that each fit, between graphemes (no space between the pieces). */
  private cut(chunks: StyledText[], maxWidth: number, spaceAfter: boolean): Word[] {
    const graphemes = chunks.flatMap((c) =>
      [...segmenter.segment(c.text)].map((s) => ({ text: s.segment, style: c.style })),
    );
    const out: Word[] = [];
    let current: StyledText[] = [];
    const merged = (list: StyledText[]) =>
      list.reduce<StyledText[]>((acc, g) => {
        const last = acc.at(-1);
        if (last && last.style === g.style) last.text += g.text;
        else acc.push({ ...g });
        return acc;
      }, []);
    for (const g of graphemes) {
      const next = [...current, g];
      if (current.length && this.word(merged(next), false).width > maxWidth) {
        // An address breaks best after a slash, dot or dash; anything else between letters.
        const after = current.findLastIndex((c, i) => i < current.length - 1 && /^[/.\-_@?&=]$/.test(c.text));
        const cut = after >= 0 ? after + 1 : current.length;
        out.push(this.word(merged(current.slice(0, cut)), false));
        current = [...current.slice(cut), g];
      } else current = next;
    }
    if (current.length) out.push(this.word(merged(current), spaceAfter));
    return out;
  }
}

/** Greedy line breaking: as many words as fit each line. */
export function breakLines(words: Word[], width: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    const before = line.length ? (line.at(-1)!.space?.width ?? 0) : 0;
    if (line.length && used + before + word.width > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length ? (line.at(-1)!.space?.width ?? 0) : 0) + word.width;
    line.push(word);
  }
  if (line.length) lines.push(line);
  return lines;
}

/** A line's width (its last word's space not counted). */
export function lineWidth(line: Word[]): number {
  return line.reduce((sum, w, i) => sum + w.width + (i < line.length - 1 ? (w.space?.width ?? 0) : 0), 0);
}
