/**
 * Reading testimonial spreadsheets: the CSV itself (encodings, line breaks,
 * quoting, the line each row starts on), which column is which, and each
 * cell as people write it (languages, yes and no, ratings, websites, dates).
 */
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, parseCsvText } from '../../src/authoring/csv.ts';
import { detectFormat, parseMap, planColumns, recognizeHeader } from '../../src/authoring/import-columns.ts';
import {
  cleanText,
  dayOrder,
  guessLanguage,
  latinDigits,
  parseLanguage,
  parseRating,
  parseSource,
  parseWebsite,
  parseYesNo,
  readDate,
  readingToDate,
} from '../../src/authoring/import-values.ts';
import { formatProblem, type Problem } from '../../src/schemas/errors.ts';

const table = (text: string) => {
  const result = parseCsvText(text, 'in.csv');
  if ('field' in result) throw new Error(formatProblem(result));
  return result;
};
const problem = (result: unknown) => formatProblem(result as Problem);

describe('the CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and the line each row starts on', () => {
    const t = table('name,quote\nAyesha,"Fast, kind and ""on time""\nevery time"\n\nRahul,Great\n');
    expect(t.headers).toEqual(['name', 'quote']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['Ayesha', 'Fast, kind and "on time"\nevery time'] },
      { line: 5, cells: ['Rahul', 'Great'] },
    ]);
  });

  it('drops a byte-order mark and reads Windows line endings, inside quoted fields too', () => {
    const t = table('\uFEFFname,quote\r\nAyesha,"one\r\ntwo"\r\nRahul,three\r\n');
    expect(t.headers).toEqual(['name', 'quote']);
    expect(t.rows.map((r) => [r.line, r.cells[1]])).toEqual([
      [2, 'one\ntwo'],
      [4, 'three'],
    ]);
  });

  it('skips rows with no text (spreadsheets export trailing empty rows) and takes short rows', () => {
    const t = table('name,quote,consent\nAyesha,Great\n,,\n , , \n');
    expect(t.rows).toEqual([{ line: 2, cells: ['Ayesha', 'Great'] }]);
  });

  it('takes the delimiter from the header row: comma, semicolon (European Excel) or tab', () => {
    expect(detectDelimiter('name;quote;consent\n"a,b";c;yes')).toBe(';');
    expect(detectDelimiter('name\tquote\n')).toBe('\t');
    expect(detectDelimiter('"Rating; 1 to 5",name,quote\n')).toBe(',');
    expect(table('name;quote\nAyesha;Fast, kind\n').rows[0].cells).toEqual(['Ayesha', 'Fast, kind']);
  });

  it('reports an empty file, and a quote that never closes with its line', () => {
    expect(problem(parseCsvText('\uFEFF \r\n', 'in.csv'))).toBe(
      'in.csv: (file): expected a header row (e.g. name,quote,consent), then one row per testimonial, found an empty file',
    );
    expect(problem(parseCsvText('name,quote\nA,ok\nB,"never closed\nC,x\n', 'in.csv'))).toMatch(
      /^in\.csv:\d+: \(CSV syntax\): expected every field that opens with a double quote \(".*found Quote Not Closed/,
    );
  });

  it('decodes UTF-8 and UTF-16 with its BOM; a workbook or another encoding is a problem, not a crash', () => {
    expect(decodeCsv(Buffer.from('\uFEFFnáme', 'utf8'), 'a.csv')).toBe('náme');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('নাম,quote', 'utf16le')]), 'a.csv')).toBe(
      'নাম,quote',
    );
    expect(problem(decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'a.xlsx'))).toBe(
      'a.xlsx: (file): expected a CSV file (in Excel: File › Save As › CSV UTF-8; in Google Sheets: File › Download › Comma-separated values), found a workbook (.xlsx or .ods), not CSV text',
    );
    expect(problem(decodeCsv(Buffer.from('name,quote\nCaf\xe9,ok\n', 'latin1'), 'a.csv'))).toMatch(
      /^a\.csv:2: \(encoding\): expected a CSV file .*saved as UTF-8.*found text in another encoding/,
    );
  });
});

describe('columns', () => {
  it('are recognised by the words of their headers, in English, Bangla and Hindi', () => {
    const cases: [string, string | undefined][] = [
      ['Your name', 'name'],
      ['Full Name', 'name'],
      ['Company name', 'company'],
      ['Company website', 'url'],
      ['Website', 'url'],
      ['Your role / job title', 'role'],
      ['Which language did you write in?', 'language'],
      ['Rating (1-5)', 'rating'],
      ['How many stars?', 'rating'],
      ['Testimonial', 'quote'],
      ['Your review', 'quote'],
      ['I agree that my words may be quoted on rumana-haque.netlify.app', 'consent'],
      ['May we show your photo?', 'photo'],
      ['Photo permission', 'photo'],
      ['Timestamp', 'date'],
      ['created_at', 'date'],
      ['নাম', 'name'],
      ['আপনার মতামত', 'quote'],
      ['সম্মতি', 'consent'],
      ['भाषा', 'language'],
      ['आपकी राय', 'quote'],
      ['Email address', undefined],
      ['user_agent', undefined],
      ['Username', undefined],
    ];
    for (const [header, field] of cases) expect(recognizeHeader(header), header).toBe(field);
  });

  it('prefer a field named exactly, then --map, and list what is ignored', () => {
    const headers = ['Timestamp', 'Your name', 'name', 'date', 'Stars, 1 to 5', 'Testimonial', 'consent', 'ip'];
    const map = parseMap(['Stars, 1 to 5=rating']);
    if (!(map instanceof Map)) throw new Error('map');
    const plan = planColumns(headers, map, 'in.csv');
    expect(plan.problems).toEqual([]);
    expect(plan.columns).toEqual({ name: 2, date: 3, rating: 4, quote: 5, consent: 6 });
    expect(plan.ignored).toEqual(['Timestamp', 'Your name', 'ip']);
  });

  it('--map can ignore a column and name several at once; a bad pair or a header not in the file is a problem', () => {
    const map = parseMap(['Your words=quote,Comments=ignore', 'Agree?=consent']);
    expect(map instanceof Map && [...map]).toEqual([
      ['your words', 'quote'],
      ['comments', 'ignore'],
      ['agree', 'consent'],
    ]);
    expect(problem(parseMap(['Your words=quotation']))).toBe(
      '(command line): --map: expected "Header in the file=field" pairs separated by commas, each field one of name, role, company, url, language, rating, quote, date, source, consent, photo, wording, ignore, e.g. --map "Your words=quote,Stars=rating", found "Your words=quotation"',
    );
    expect(problem(parseMap(['just a header']))).toMatch(/found "just a header"$/);
    const plan = planColumns(
      ['name', 'quote', 'consent'],
      parseMap(['Missing=rating']) as Map<string, never>,
      'in.csv',
    );
    expect(plan.problems.map(formatProblem)).toEqual([
      '(command line): --map: expected a column header of in.csv: "name", "quote", "consent", found "missing"',
    ]);
  });

  it('without a name, quote or consent column, the file cannot be read: each is named with how to map it', () => {
    const plan = planColumns(['Client', 'Notes'], new Map(), 'in.csv');
    expect(plan.problems.map(formatProblem)).toEqual([
      'in.csv:1: (columns): expected a column for quote (the client\'s words, e.g. a header "quote" or "Testimonial"); name yours with --map "Your header=quote", found the columns "Client", "Notes"',
      'in.csv:1: (columns): expected a column for consent (yes or no: did the client agree to be quoted? e.g. a header "consent" or "I agree…"; without it nothing is published); name yours with --map "Your header=consent", found the columns "Client", "Notes"',
    ]);
  });

  it("tell Netlify's export and Google Forms' from other spreadsheets", () => {
    expect(
      detectFormat(['name', 'role', 'quote', 'photo', 'consent', 'created_at', 'ip', 'user_agent', 'referrer']),
    ).toBe('netlify');
    expect(detectFormat(['Timestamp', 'Your name'])).toBe('google');
    expect(detectFormat(['name', 'quote', 'date', 'consent', 'source'])).toBe('sheet');
  });
});

describe('cells', () => {
  it('text is NFC, without control characters or direction overrides, with Unix line breaks', () => {
    const decomposed = 'Cafe\u0301';
    expect(cleanText(` ${decomposed}\u0007 \r\nline\u202e two `)).toBe('Café\nline two');
    expect(cleanText(decomposed)).toBe('Café'.normalize('NFC'));
  });

  it('a language by code, tag, English name or its own name', () => {
    const cases: [string, string | undefined][] = [
      ['bn', 'bn'],
      ['BN', 'bn'],
      ['bn-BD', 'bn'],
      ['Bangla', 'bn'],
      ['Bengali', 'bn'],
      ['বাংলা', 'bn'],
      ['বাংলা (Bangla)', 'bn'],
      ['Hindi', 'hi'],
      ['हिन्दी', 'hi'],
      ['हिंदी', 'hi'],
      ['English', 'en'],
      ['English (US)', 'en'],
      ['ইংরেজি', 'en'],
      ['French', undefined],
      ['Bangla or Hindi', undefined],
    ];
    for (const [value, code] of cases) expect(parseLanguage(value), value).toBe(code);
  });

  it('a missing language is guessed from the letters of the quote', () => {
    expect(guessLanguage('রুমানা আপা দারুণ কাজ করেছেন, 10/10!')).toBe('bn');
    expect(guessLanguage('रुमाना ने सब संभाला')).toBe('hi');
    expect(guessLanguage('Great work, Rumana!')).toBe('en');
    expect(guessLanguage('👍')).toBe('en');
  });

  it('yes and no as forms and people write them; anything unclear is left for a problem', () => {
    for (const yes of [
      'yes',
      'Yes',
      'TRUE',
      '1',
      'on',
      '✓',
      'I agree',
      'I agree to be quoted on the site',
      'Yes, you may quote me',
      'হ্যাঁ',
      'हाँ',
      'सहमत',
    ])
      expect(parseYesNo(yes), yes).toBe(true);
    for (const no of ['', 'no', 'No', 'false', '0', 'না', 'नहीं', 'No thanks', 'I do not agree', "I don't agree"])
      expect(parseYesNo(no), no).toBe(false);
    for (const unclear of ['maybe', 'ask me later']) expect(parseYesNo(unclear), unclear).toBeUndefined();
  });

  it("a rating as a number in any of the site's digits; other text goes to the schema as written", () => {
    expect(parseRating('5')).toBe(5);
    expect(parseRating('৪')).toBe(4);
    expect(parseRating('४ / 5')).toBe(4);
    expect(parseRating('3 stars')).toBe(3);
    expect(parseRating('9')).toBe(9);
    expect(parseRating('')).toBeUndefined();
    expect(parseRating('great')).toBe('great');
    expect(latinDigits('২০২৬-১১-২০')).toBe('2026-11-20');
  });

  it('a website without https:// gets it; anything else goes to the schema as written', () => {
    expect(parseWebsite('acme.example')).toEqual({ url: 'https://acme.example', added: true });
    expect(parseWebsite('www.acme.example/about')).toEqual({ url: 'https://www.acme.example/about', added: true });
    expect(parseWebsite('https://acme.example')).toEqual({ url: 'https://acme.example', added: false });
    expect(parseWebsite('javascript:alert(1)')).toEqual({ url: 'javascript:alert(1)', added: false });
    expect(parseWebsite('my shop')).toEqual({ url: 'my shop', added: false });
    expect(parseWebsite(' ')).toBeUndefined();
  });

  it('a source by its name, in any case', () => {
    expect(parseSource('Upwork')).toBe('upwork');
    expect(parseSource('E-mail')).toBe('email');
    expect(parseSource('LinkedIn')).toBe('linkedin');
    expect(parseSource('Facebook')).toBe('facebook');
    expect(parseSource('')).toBeUndefined();
  });
});

describe('dates', () => {
  const read = (value: string, timeZone = 'Asia/Dhaka') => {
    const reading = readDate(value, timeZone);
    return reading && readingToDate(reading, dayOrder([reading], false).order);
  };

  it('as the exports write them', () => {
    expect(read('2026-11-20')).toBe('2026-11-20');
    expect(read('২০২৬-১১-২০')).toBe('2026-11-20');
    expect(read('11/20/2026 15:45:12')).toBe('2026-11-20');
    expect(read('2026/11/20 3:45:12 PM GMT+6')).toBe('2026-11-20');
    expect(read('2026/11/20 11:59:59 PM GMT-5')).toBe('2026-11-20');
    expect(read('20 Nov 2026')).toBe('2026-11-20');
    expect(read('November 20, 2026')).toBe('2026-11-20');
    expect(read('2026-11-20T09:45:12+05:30')).toBe('2026-11-20');
  });

  it("a time in UTC (Netlify's created_at) is dated where the VA is", () => {
    expect(read('2026-11-20T20:30:00.000Z', 'Asia/Dhaka')).toBe('2026-11-21');
    expect(read('2026-11-20T20:30:00.000Z', 'America/New_York')).toBe('2026-11-20');
    expect(read('2026-11-20 20:30:00 UTC', 'Asia/Kolkata')).toBe('2026-11-21');
  });

  it('what is no date, or no day of the calendar, is not read', () => {
    expect(readDate('yesterday', 'UTC')).toBeUndefined();
    expect(read('2026-02-30T10:00:00.000Z')).toBeUndefined();
    expect(read('31/02/2026')).toBeUndefined();
    expect(read('13/45/2026 10:00:00')).toBeUndefined();
  });

  it('day and month: the column shows the order, --day-first says it, and a guess is reported', () => {
    const column = (values: string[], dayFirst = false) => {
      const readings = values.map((v) => readDate(v, 'UTC'));
      const order = dayOrder(readings, dayFirst);
      return { ...order, dates: readings.map((r) => r && readingToDate(r, order.order)) };
    };
    expect(column(['03/04/2026', '20/11/2026'])).toEqual({
      order: 'day-first',
      guessed: false,
      mixed: false,
      dates: ['2026-04-03', '2026-11-20'],
    });
    expect(column(['03/04/2026', '11/20/2026'])).toEqual({
      order: 'month-first',
      guessed: false,
      mixed: false,
      dates: ['2026-03-04', '2026-11-20'],
    });
    expect(column(['03/04/2026', '05/05/2026'])).toEqual({
      order: 'month-first',
      guessed: true,
      mixed: false,
      dates: ['2026-03-04', '2026-05-05'],
    });
    expect(column(['03/04/2026'], true)).toEqual({
      order: 'day-first',
      guessed: false,
      mixed: false,
      dates: ['2026-04-03'],
    });
    expect(column(['20/11/2026', '11/20/2026', '03/04/2026']).mixed).toBe(true);
  });
});
