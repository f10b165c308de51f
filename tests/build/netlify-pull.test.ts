/**
 * Testimonials that arrive by themselves on Netlify: `npm run import:testimonials
 * -- --netlify --write --wait`, as the daily workflow runs it, on a copy of the
 * demo, against a stand-in for Netlify's form API on 127.0.0.1
 * (tests/support/netlify-api.ts, routed and shaped by Netlify's published
 * description, whose answers are validated against it here). New answers with
 * consent become testimonials waiting for approval, with their consent record;
 * answers without consent, and what Netlify adds (address, browser), never
 * reach a file; a second run writes nothing; a wrong token, site or setup is
 * said plainly. Then the site is built with one of them approved (its
 * `<script>` stays text) and a demo testimonial's consent revoked: its quote
 * leaves every page, the sitemap and the structured data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { Ajv } from 'ajv';
import { copySite } from '../support/site-copy.ts';
import { build, commandAsync, type Run } from '../support/authoring.ts';
import { operation, startNetlifyStandIn, type StandIn, type StandInSubmission } from '../support/netlify-api.ts';
import { checkSite } from '../../src/check/site.ts';
import { SUBMISSIONS_FILE } from '../../src/authoring/import-netlify.ts';

const TOKEN = 'nfp_stand_in_0123456789';
const SITE = '5f1c2b8e-site';
const QUOTES = 'src/content/testimonials';
const ENV = { TZ: 'Asia/Dhaka', SAHAYAK_NOW: '2026-12-01T06:00:00Z' };
/** Words only the answer without consent holds. */
const UNCONSENTED = 'Oliver never agreed to these words being shown';
/** What Netlify adds to every submission's data. */
const ADDED = {
  ip: '198.51.100.23',
  user_agent: 'Mozilla/5.0 (Stand-in) Mobile',
  referrer: 'https://rumana-haque.netlify.app/bn/testimonials/share/',
};

const demoQuote = (id: string) =>
  yaml.load(readFileSync(`${QUOTES}/${id}.yaml`, 'utf8')) as { quote: string; translations?: Record<string, string> };

const SUBMISSIONS: StandInSubmission[] = [
  {
    id: '65db70f3ab12cd0008a1b2c1',
    number: 1,
    created_at: '2026-11-02T04:00:00.000Z',
    data: {
      name: 'করিম উদ্দিন',
      role: 'প্রতিষ্ঠাতা',
      company: 'ঢাকা বেকস',
      url: 'dhakabakes.example',
      language: 'bn',
      rating: '5',
      quote: 'রুমানা আপা আমাদের অর্ডারের সব ইমেইল গুছিয়ে দিয়েছেন। এখন কোনো অর্ডার হারায় না।',
      photo: 'yes',
      consent: 'yes',
      wording: 'v1-bn',
      ...ADDED,
    },
  },
  {
    id: '65db70f3ab12cd0008a1b2c2',
    number: 2,
    created_at: '2026-11-03T06:30:00.000Z',
    data: {
      name: 'अनीता शर्मा',
      company: 'शर्मा बुटीक',
      language: 'hi',
      rating: '4',
      quote: 'रुमाना ने हमारे सारे ईमेल समय पर संभाले: बिल, मीटिंग, सब कुछ।',
      consent: 'yes',
      wording: 'v1-hi',
      ...ADDED,
    },
  },
  {
    id: '65db70f3ab12cd0008a1b2c3',
    number: 3,
    created_at: '2026-11-04T10:00:00.000Z',
    data: { name: 'Oliver Grant', language: 'en', quote: `${UNCONSENTED}.`, wording: 'v1-en', ...ADDED },
  },
  {
    id: '65db70f3ab12cd0008a1b2c4',
    number: 4,
    created_at: '2026-11-05T11:00:00.000Z',
    data: {
      name: 'Sam Rivera',
      role: 'Editor',
      language: 'en',
      rating: '5',
      quote: 'Great work <script>window.__pwned = true</script> & <b>bold</b>',
      consent: 'yes',
      wording: 'v1-en',
      ...ADDED,
    },
  },
  {
    id: '65db70f3ab12cd0008a1b2c5',
    number: 5,
    created_at: '2026-11-06T09:00:00.000Z',
    data: { name: 'Lena Fischer', language: 'en', quote: demoQuote('lena-podcast').quote, consent: 'yes', ...ADDED },
  },
  {
    id: '65db70f3ab12cd0008a1b2c6',
    number: 6,
    created_at: '2026-11-07T09:00:00.000Z',
    data: { name: 'Meera Iyer', language: 'en', rating: '9', quote: 'Ten out of five!', consent: 'yes', ...ADDED },
  },
];

/** Every file below dir (the copy's node_modules is a link to this project's, and left out). */
function filesBelow(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const p = path.posix.join(rel, name);
    if (p === 'node_modules') return [];
    return statSync(path.join(dir, p)).isDirectory() ? filesBelow(dir, p) : [p];
  });
}

const lines = (text: string) => text.split('\n').map((l) => l.trim());
const testimonialFiles = (root: string) =>
  Object.fromEntries(
    readdirSync(path.join(root, QUOTES))
      .sort()
      .map((f) => [f, readFileSync(path.join(root, QUOTES, f), 'utf8')]),
  );

describe("the request page's answers, read from Netlify", { timeout: 600_000 }, () => {
  let api: StandIn;
  let root = '';
  const message = path.resolve('.test-builds/netlify-pull-message.txt');
  let before: Record<string, string> = {};
  let first: Run;
  let afterFirst: Record<string, string> = {};
  let second: Run;
  const env = () => ({ ...ENV, NETLIFY_API_URL: api.url, NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_SITE_ID: SITE });
  const pull = (extra: string[] = [], vars = env()) =>
    commandAsync('import-testimonials', ['--netlify', '--write', '--wait', ...extra], root, vars);

  beforeAll(async () => {
    // Netlify sends at most 100 a page; two here, so that the import follows the Link header from page to page.
    api = await startNetlifyStandIn({
      token: TOKEN,
      siteId: SITE,
      maxPerPage: 2,
      lifetimeMs: 300_000,
      forms: [
        { id: 'form-contact', name: 'contact', submissions: [] },
        { id: 'form-testimonial', name: 'testimonial', submissions: SUBMISSIONS },
      ],
    });
    root = copySite('.test-builds/netlify-pull');
    before = testimonialFiles(root);
    first = await pull(['--message-file', message]);
    afterFirst = testimonialFiles(root);
    second = await pull();
  }, 300_000);
  afterAll(() => api?.close());

  const written = () => Object.keys(afterFirst).filter((f) => !(f in before));
  const data = (file: string) => yaml.load(afterFirst[file], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;

  it('writes each new answer with consent as a testimonial waiting for approval, with its consent record', () => {
    expect(first.status, first.stderr).toBe(1);
    expect(written()).toEqual([
      '_netlify-submissions.txt',
      'anita-sharma-2026-11-03.yaml',
      'korim-uddin-2026-11-02.yaml',
      'sam-rivera-2026-11-05.yaml',
    ]);
    expect(lines(first.stdout)).toEqual(
      expect.arrayContaining([
        "Reading your request page's form on Netlify: 6 new submissions.",
        'submission 1, করিম উদ্দিন: written to src/content/testimonials/korim-uddin-2026-11-02.yaml',
        'submission 2, अनीता शर्मा: written to src/content/testimonials/anita-sharma-2026-11-03.yaml',
        'submission 3, Oliver Grant: skipped: no consent',
        'submission 4, Sam Rivera: written to src/content/testimonials/sam-rivera-2026-11-05.yaml',
        'submission 5, Lena Fischer: skipped: duplicate of src/content/testimonials/lena-podcast.yaml',
        'submission 6, Meera Iyer: not imported: 1 problem, listed below',
        'Written: 3. Skipped without consent: 1. Duplicates: 1. With problems: 1.',
      ]),
    );
    // The same problem lines as for a CSV, naming the submission.
    expect(lines(first.stderr)).toContain(
      'Netlify submission 6 (65db70f3ab12cd0008a1b2c6): rating: expected at most 5, found 9',
    );
    expect(first.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(data('korim-uddin-2026-11-02.yaml')).toMatchObject({
      lang: 'bn',
      author: { name: 'করিম উদ্দিন', role: 'প্রতিষ্ঠাতা', company: 'ঢাকা বেকস', url: 'https://dhakabakes.example' },
      rating: 5,
      date: '2026-11-02',
      source: { platform: 'website' },
      consent: true,
      consentRecord: { wording: 'v1', lang: 'bn', date: '2026-11-02', via: 'form' },
      waiting: true,
    });
    expect(data('anita-sharma-2026-11-03.yaml')).toMatchObject({ lang: 'hi', waiting: true });
    expect(afterFirst['korim-uddin-2026-11-02.yaml']).toMatch(
      /^# From your request page's form on Netlify \(submission 1\)/,
    );
    const check = checkSite(root, {});
    expect(check.problems).toEqual([]);
    expect(check.content.warnings.filter((w) => w.kind === 'waiting-approval').map((w) => w.id)).toEqual([
      'anita-sharma-2026-11-03',
      'korim-uddin-2026-11-02',
      'sam-rivera-2026-11-05',
    ]);
  });

  it('never writes an answer without consent, or what Netlify adds to a submission, to any file', () => {
    for (const file of filesBelow(root)) {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(text.includes(UNCONSENTED), file).toBe(false);
      for (const value of Object.values(ADDED)) expect(text.includes(value), `${file}: ${value}`).toBe(false);
    }
  });

  it('keeps the list of submissions read, and a commit message that lists what became of them', () => {
    const read = afterFirst['_netlify-submissions.txt'].split('\n').filter((l) => l && !l.startsWith('#'));
    expect(read.map((l) => l.split(' ')[0])).toEqual(SUBMISSIONS.map((s) => s.id));
    expect(read[0]).toBe('65db70f3ab12cd0008a1b2c1 2026-12-01 src/content/testimonials/korim-uddin-2026-11-02.yaml');
    expect(read[2]).toBe('65db70f3ab12cd0008a1b2c3 2026-12-01 no consent');
    expect(SUBMISSIONS_FILE).toBe(`${QUOTES}/_netlify-submissions.txt`);
    const text = readFileSync(message, 'utf8').split('\n');
    expect(text[0]).toBe('3 testimonials from your request page, waiting for your approval');
    expect(text).toContain('submission 3, Oliver Grant: skipped: no consent');
  });

  it("reads every page Netlify sends, each answer shaped as Netlify's API description says", () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const pages = api.answers.filter((a) => a.operationId === 'listFormSubmissions');
    // Six submissions, two a page, on each of the two runs.
    expect(pages.filter((a) => a.status === 200)).toHaveLength(6);
    expect(pages[0].link).toMatch(
      /<http:\/\/127\.0\.0\.1:\d+\/api\/v1\/forms\/form-testimonial\/submissions\?[^>]*page=2[^>]*>; rel="next"/,
    );
    for (const answer of api.answers) {
      const responses = operation(answer.operationId).responses;
      const schema = (responses[String(answer.status)] ?? responses.default).schema!;
      expect(ajv.validate(schema, answer.body), `${answer.operationId} ${answer.status}: ${ajv.errorsText()}`).toBe(
        true,
      );
    }
  });

  it('writes nothing new when run again: every submission was read', () => {
    expect(second.status, second.stderr).toBe(0);
    expect(lines(second.stdout)).toEqual(
      expect.arrayContaining([
        "Reading your request page's form on Netlify: 0 new submissions.",
        'No new submissions since the last time.',
      ]),
    );
    expect(testimonialFiles(root)).toEqual(afterFirst);
  });

  it('says plainly what is wrong: no secrets, a bad token, a wrong site, no form yet, no connection', async () => {
    const noForm = await startNetlifyStandIn({
      token: TOKEN,
      siteId: SITE,
      lifetimeMs: 60_000,
      forms: [{ id: 'form-contact', name: 'contact', submissions: [] }],
    });
    const cases: [Record<string, string>, RegExp[]][] = [
      [
        { NETLIFY_AUTH_TOKEN: '', NETLIFY_SITE_ID: '' },
        [
          /^\(environment\): NETLIFY_AUTH_TOKEN: expected a Netlify personal access token .* set once as the repository secret NETLIFY_AUTH_TOKEN, found nothing$/,
          /^\(environment\): NETLIFY_SITE_ID: expected your site's id .*, found nothing$/,
        ],
      ],
      [
        { NETLIFY_AUTH_TOKEN: 'expired' },
        [
          /^\(Netlify\): http:\/\/127\.0\.0\.1:\d+\/api\/v1\/sites\/5f1c2b8e-site\/forms: expected a valid personal access token in the secret NETLIFY_AUTH_TOKEN .*, found HTTP 401: Access Denied/,
        ],
      ],
      [
        { NETLIFY_SITE_ID: 'someone-else' },
        [/: expected your site's id in the secret NETLIFY_SITE_ID .*, found HTTP 404: Not Found$/],
      ],
      [
        { NETLIFY_API_URL: noForm.url },
        [
          /^\(Netlify\): form "testimonial": expected the request page's form on your site: in Netlify, open Forms, click "Enable form detection".*found only the forms "contact"$/,
        ],
      ],
      [
        { NETLIFY_API_URL: 'http://127.0.0.1:9/api/v1' },
        [/: expected an answer from Netlify's API .*, found no connection/],
      ],
    ];
    try {
      for (const [vars, expected] of cases) {
        const run = await pull([], { ...env(), ...vars });
        expect(run.status, JSON.stringify(vars)).toBe(1);
        const problems = lines(run.stderr).filter((l) => l.startsWith('('));
        expect(problems, JSON.stringify(vars)).toHaveLength(expected.length);
        for (const [i, pattern] of expected.entries()) expect(problems[i]).toMatch(pattern);
        expect(run.stderr).not.toContain(TOKEN);
        expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:/);
      }
    } finally {
      await noForm.close();
    }
    expect(testimonialFiles(root)).toEqual(afterFirst);
  });

  describe('the site built with one approved and one consent revoked', () => {
    let built: Run;
    const dist = () => path.join(root, 'dist');
    const html = (file: string) => readFileSync(path.join(dist(), file), 'utf8');
    const textFiles = () => filesBelow(dist()).filter((f) => /\.(html|xml|json|txt|ics|svg|webmanifest)$/.test(f));
    const revoked = demoQuote('northlight-invoices');
    const waiting = demoQuote('gulshan-property');

    beforeAll(() => {
      const edit = (file: string, change: (text: string) => string) =>
        writeFileSync(path.join(root, QUOTES, file), change(readFileSync(path.join(root, QUOTES, file), 'utf8')));
      // In the editor: "Waiting for your approval" switched off for one, consent switched off for a demo testimonial
      // (the only one about bookkeeping, and the case study's quote), and one demo testimonial put back to wait.
      edit('sam-rivera-2026-11-05.yaml', (t) => t.replace('waiting: true', 'waiting: false'));
      edit('northlight-invoices.yaml', (t) => t.replace(/^consent: true$/m, 'consent: false'));
      edit('gulshan-property.yaml', (t) => `${t}waiting: true\n`);
      built = build(root, { SITE_URL: 'https://example.github.io' });
    }, 400_000);

    it('builds, the case study that named the revoked testimonial included', () => {
      expect(built.status, built.stdout + built.stderr).toBe(0);
      expect(html('en/case-studies/agency-invoicing/index.html')).toContain('<h1');
    });

    it('shows the approved answer with its <script> as text, and runs nothing of it', () => {
      const card = /<figure[^>]*data-testimonial="sam-rivera-2026-11-05"[\s\S]*?<\/figure>/.exec(
        html('en/testimonials/index.html'),
      )?.[0];
      expect(card).toContain(
        'Great work &lt;script&gt;window.__pwned = true&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
      );
      for (const file of textFiles().filter((f) => f.endsWith('.html')))
        expect(html(file), file).not.toContain('<script>window.__pwned');
    });

    it('leaves out the revoked and the waiting quotes everywhere: pages, sitemap, structured data, feeds', () => {
      const gone = [
        revoked.quote,
        ...Object.values(revoked.translations ?? {}),
        waiting.quote,
        ...Object.values(waiting.translations ?? {}),
        SUBMISSIONS[0].data.quote,
        SUBMISSIONS[1].data.quote,
        'northlight-invoices',
        'gulshan-property',
      ];
      for (const file of textFiles()) {
        const text = html(file);
        for (const words of gone) expect(text.includes(words), `${file}: ${words.slice(0, 30)}`).toBe(false);
      }
    });

    it('drops the page of testimonials about a service only the revoked one named, from the site and the sitemap', () => {
      const sitemap = filesBelow(dist())
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .map(html)
        .join('\n');
      for (const locale of ['en', 'bn', 'hi']) {
        expect(sitemap).not.toContain(`/${locale}/testimonials/bookkeeping-invoicing/`);
        expect(sitemap).toContain(`/${locale}/testimonials/inbox-management/`);
        expect(filesBelow(dist()).some((f) => f.startsWith(`${locale}/testimonials/bookkeeping-invoicing/`))).toBe(
          false,
        );
      }
    });

    it("drops the revoked quote from the case study's structured data, where a consented one stays", () => {
      const ld = (file: string) =>
        [...html(file).matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
          JSON.stringify(JSON.parse(m[1])),
        );
      for (const locale of ['en', 'bn']) {
        const revokedPage = ld(`${locale}/case-studies/agency-invoicing/index.html`).join('\n');
        expect(revokedPage).not.toContain('"review"');
        expect(revokedPage).not.toContain('Tom Ashworth');
      }
      expect(ld('en/case-studies/coaching-inbox-rescue/index.html').join('\n')).toContain('"review"');
    });
  });
});
