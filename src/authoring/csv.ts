/**
 * Reading a spreadsheet a VA exported as CSV: Netlify's form export, Google
 * Forms' responses, Excel or LibreOffice. Text is decoded as UTF-8 (with or
 * without a byte-order mark; UTF-16 when a BOM says so), line breaks are
 * made Unix ones, the delimiter is taken from the header row (a comma, or
 * the semicolon or tab some spreadsheets use), and csv-parse reads quoted
 * fields with commas and line breaks in them. Each row keeps the line it
 * starts on, so problems can name it. What is not a CSV at all (a missing
 * file, a workbook, an empty file) comes back as a Problem, never a throw.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Problem } from '../schemas/errors.ts';

export interface CsvRow {
  /** 1-based line of the file the row starts on. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** The first row, as written. */
  headers: string[];
  /** Every row below it that has some text, in file order. */
  rows: CsvRow[];
}

const SAVE_AS_CSV =
  'a CSV file (in Excel: File › Save As › CSV UTF-8; in Google Sheets: File › Download › Comma-separated values)';

/** Where the file is, or what is there instead of a file. */
function fileProblem(absolute: string, file: string): Problem | undefined {
  if (!existsSync(absolute))
    return {
      file,
      field: '(file)',
      expected: `${SAVE_AS_CSV} at this path (relative to the folder you run the command in)`,
      found: 'no such file',
    };
  if (statSync(absolute).isDirectory()) return { file, field: '(file)', expected: SAVE_AS_CSV, found: 'a folder' };
  return undefined;
}

/** The text of the file's bytes, or a problem saying what they are instead. */
export function decodeCsv(bytes: Uint8Array, file: string): string | Problem {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { file, field: '(file)', expected: SAVE_AS_CSV, found: 'a workbook (.xlsx or .ods), not CSV text' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return { file, field: '(file)', expected: SAVE_AS_CSV, found: 'a binary file, not text' };
  try {
    // A UTF-8 byte-order mark (Excel writes one) is dropped by the decoder.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    return {
      file,
      line,
      field: '(encoding)',
      expected: `${SAVE_AS_CSV}, saved as UTF-8 so that Bangla and Hindi letters survive`,
      found: 'text in another encoding (such as Windows-1252), which is not UTF-8',
    };
  }
}

/** The delimiter the header row uses: the most frequent of comma, semicolon and tab outside quotes. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === '\n') break;
    else if (!inQuotes && char in counts) counts[char] += 1;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0])[0];
}

/** What csv-parse's error codes mean for someone who saved a spreadsheet. */
function syntaxExpected(code: string | undefined): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED')
    return 'every field that opens with a double quote (") to close with one; a quote inside a field is written twice ("")';
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE')
    return 'a double quote (") only around a whole field, and written twice ("") inside one';
  return 'a CSV file: one row per line, fields separated by commas, fields with commas or line breaks in double quotes';
}

/** Parses CSV text (already decoded) into its header row and rows. */
export function parseCsvText(raw: string, file: string): CsvTable | Problem {
  // A BOM left by a decoder that kept it, then Windows (\r\n) and old Mac (\r) line breaks, inside quoted fields too.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const empty: Problem = {
    file,
    field: '(file)',
    expected: 'a header row (e.g. name,quote,consent), then one row per testimonial',
    found: 'an empty file',
  };
  if (!text.trim()) return empty;
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // With info and raw, csv-parse returns { record, raw, info } per row (its types give plain rows).
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    return {
      file,
      line: e.lines,
      field: '(CSV syntax)',
      expected: syntaxExpected(e.code),
      found: (e.message ?? String(error)).split(':')[0],
    };
  }
  const rows = records.map(({ record, raw: source, info }) => {
    // csv-parse counts lines up to the end of the record; the record starts as many line breaks earlier as it holds.
    const breaks = source.replace(/^\n+/, '').replace(/\n$/, '').split('\n').length - 1;
    return { line: info.lines - breaks, cells: record };
  });
  const [header, ...body] = rows;
  if (!header) return empty;
  return { headers: header.cells.map((h) => h.normalize('NFC').trim()), rows: body };
}

/** Reads a CSV file (a path relative to the current folder, shown as given in problems). */
export function readCsv(file: string, absolute: string): CsvTable | Problem {
  const missing = fileProblem(absolute, file);
  if (missing) return missing;
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      file,
      field: '(file)',
      expected: `${SAVE_AS_CSV} that you may read`,
      found: `a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  const text = decodeCsv(bytes, file);
  return typeof text === 'string' ? parseCsvText(text, file) : text;
}
