/**
 * `npm run import:testimonials -- reply.eml` as a VA runs it, on copies of
 * the demo: clients' replies to the request page's e-mail (tests/fixtures/email/,
 * written as mail programs save them: Bangla in quoted-printable with its
 * UTF-8 split across soft line breaks beside an HTML part, Hindi as 8-bit
 * UTF-8, an English forward that is HTML only, and a reply's text pasted as
 * the issue form receives it). Each gives the same file as the same answers
 * in a CSV row, with the record of what the client agreed to; what is not the
 * request page's e-mail, or a question that lost its colon, is said plainly.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { copySite } from '../support/site-copy.ts';
import { checkSite } from '../../src/check/site.ts';
import { command, type Run } from '../support/authoring.ts';

const MAIL = path.resolve('tests/fixtures/email');
const QUOTES = 'src/content/testimonials';
const ENV = { TZ: 'Asia/Dhaka', SAHAYAK_NOW: '2026-12-01T06:00:00Z' };
const importFile = (args: string[], root: string): Run => command('import-testimonials', args, root, ENV);

const listing = (root: string) => readdirSync(path.join(root, QUOTES)).sort();
const read = (root: string, file: string) => readFileSync(path.join(root, QUOTES, file), 'utf8');
const data = (root: string, file: string) =>
  yaml.load(read(root, file), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> & {
    consentRecord: Record<string, string>;
  };
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe("a client's e-mail", { timeout: 120_000 }, () => {
  it('a saved e-mail, in Bangla (quoted-printable) or Hindi (8-bit), gives the same file as its answers in a CSV row', () => {
    const fromMail = copySite('.test-builds/email-eml');
    const fromSheet = copySite('.test-builds/email-csv');
    const before = listing(fromMail);
    const runs = [
      importFile([`${MAIL}/reply-bn.eml`, '--write'], fromMail),
      importFile([`${MAIL}/reply-hi.eml`, '--write'], fromMail),
    ];
    const sheet = importFile([`${MAIL}/same-answers.csv`, '--write'], fromSheet);
    for (const run of [...runs, sheet]) expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(lines(runs[0].stdout)).toEqual(
      expect.arrayContaining([
        `Reading ${MAIL}/reply-bn.eml: an e-mail, 1 testimonial.`,
        'line 3, করিম উদ্দিন: written to src/content/testimonials/korim-uddin-2026-10-06.yaml',
      ]),
    );

    const written = listing(fromMail).filter((f) => !before.includes(f));
    expect(written).toEqual(['anita-sharma-2026-10-07.yaml', 'korim-uddin-2026-10-06.yaml']);
    expect(listing(fromSheet).filter((f) => !before.includes(f))).toEqual(written);
    for (const file of written) {
      const mail = data(fromMail, file);
      const row = data(fromSheet, file);
      expect(mail.consentRecord.via).toBe('email');
      expect(row.consentRecord.via).toBe('csv');
      expect({ ...mail, consentRecord: { ...mail.consentRecord, via: '' } }, file).toEqual({
        ...row,
        consentRecord: { ...row.consentRecord, via: '' },
      });
      // Everything but the first comment (where it came from) and how it came.
      const body = (text: string) =>
        text
          .split('\n')
          .slice(1)
          .join('\n')
          .replace(/via: \w+/, 'via');
      expect(body(read(fromMail, file))).toBe(body(read(fromSheet, file)));
    }
    expect(data(fromMail, 'korim-uddin-2026-10-06.yaml')).toMatchObject({
      quote:
        'রুমানা আপা আমাদের অর্ডারের সব ইমেইল গুছিয়ে দিয়েছেন, সরবরাহকারীদের সঙ্গে যোগাযোগও তিনিই সামলান।\nএখন কোনো অর্ডার হারায় না, আর ক্রেতারা এক ঘণ্টার মধ্যে উত্তর পান।',
      lang: 'bn',
      author: { name: 'করিম উদ্দিন', role: 'প্রতিষ্ঠাতা', company: 'ঢাকা বেকস', url: 'https://dhakabakes.example' },
      rating: 5,
      date: '2026-10-06',
      source: { platform: 'email' },
      consent: true,
      consentRecord: { wording: 'v1', lang: 'bn', date: '2026-10-06', via: 'email' },
    });
    expect(data(fromMail, 'anita-sharma-2026-10-07.yaml')).toMatchObject({
      lang: 'hi',
      rating: 4,
      consentRecord: { wording: 'v1', lang: 'hi', date: '2026-10-07', via: 'email' },
    });
    expect(read(fromMail, 'anita-sharma-2026-10-07.yaml')).toContain('# The client allowed a photo');
    expect(checkSite(fromMail, {}).problems).toEqual([]);
  });

  it('reads an HTML-only forward, and a reply pasted as the issue form sends it, waiting for approval with --wait', () => {
    const root = copySite('.test-builds/email-more');
    const forward = importFile([`${MAIL}/forward-en-html.eml`, '--write'], root);
    expect(forward.status, forward.stderr).toBe(0);
    expect(data(root, 'grace-lee-2026-10-09.yaml')).toMatchObject({
      quote: 'Rumana kept our launch calendar, our suppliers and our inbox in order: <b>never</b> asked twice.',
      author: { name: 'Grace Lee', role: 'Founder', company: 'Lee & Co', url: 'https://leeandco.example' },
      consentRecord: { wording: 'v1', lang: 'en', via: 'email' },
    });

    const pasted = importFile([`${MAIL}/pasted-bn.txt`, '--write', '--wait', '--ui', 'bn'], root);
    expect(pasted.status, pasted.stderr).toBe(0);
    expect(lines(pasted.stdout)).toEqual(
      expect.arrayContaining([
        'লাইন ৬, করিম উদ্দিন: src/content/testimonials/korim-uddin-2026-12-01.yaml-এ লেখা হয়েছে',
        'তারিখ দেওয়া নেই: আজকের তারিখ, 2026-12-01',
      ]),
    );
    const waiting = data(root, 'korim-uddin-2026-12-01.yaml');
    expect(waiting.waiting).toBe(true);
    expect(waiting.quote).toContain('এখন কোনো অর্ডার হারায় না');
    const warnings = checkSite(root, {}).content.warnings;
    expect(warnings.filter((w) => w.kind === 'waiting-approval').map((w) => w.file)).toEqual([
      `${QUOTES}/korim-uddin-2026-12-01.yaml`,
    ]);
  });

  it('says plainly what is not the e-mail, and which answer it cannot tell from its question', () => {
    const root = copySite('.test-builds/email-mistakes', {
      'letter.eml':
        'From: karim@dhakabakes.example\r\nSubject: Thanks\r\n\r\nDear Rumana, thank you for everything!\r\n',
      'no-colon.txt': readFileSync(`${MAIL}/pasted-bn.txt`, 'utf8').replace('[name] আপনার নাম:', '[name] আপনার নাম'),
    });
    const before = listing(root);
    const letter = importFile([path.join(root, 'letter.eml')], root);
    expect(letter.status).toBe(1);
    expect(letter.stderr).toMatch(
      /letter\.eml: \(answers\): expected the answers of the request page's e-mail, between its lines "--- testimonial v1-… ---" and "--- end ---".*found no such lines/,
    );
    const noColon = importFile([path.join(root, 'no-colon.txt'), '--write'], root);
    expect(noColon.status).toBe(1);
    expect(noColon.stdout).toContain('line 6, (no name): not imported: 1 problem, listed below');
    expect(noColon.stderr).toMatch(
      /no-colon\.txt:7: name: expected the answer after the colon that ends the question .*found the question without its colon/,
    );
    expect(noColon.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(listing(root)).toEqual(before);
  });
});
