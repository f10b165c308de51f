/**
 * Testimonials from Netlify without a CSV: the request page's form
 * submissions read through Netlify's API (the operations listSiteForms and
 * listFormSubmissions of its published API description, @netlify/open-api),
 * with a personal access token and the site's id, both set once as
 * repository secrets for the scheduled workflow. Each submission's fields are
 * the form's own (src/rules/request-fields.ts), so it becomes a record for
 * the same planner as a row of Netlify's CSV export.
 *
 * Which submissions have been read is kept in a small file beside the
 * testimonials (SUBMISSIONS_FILE), so a submission is read once: one the VA
 * deleted after reading it, or one without consent, never comes back.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TESTIMONIAL_FIELDS, TESTIMONIAL_FORM_NAME, WORDING_FIELD } from '../rules/request-fields.ts';
import { collectionDir } from '../schemas/collections.ts';
import type { Problem } from '../schemas/errors.ts';
import type { ImportField } from './import-columns.ts';
import type { RowResult, SourceRecord } from './import-testimonials.ts';

/** Netlify's API, as its description names it (host and basePath); NETLIFY_API_URL points elsewhere (tests). */
export const NETLIFY_API = 'https://api.netlify.com/api/v1';
/** The most submissions Netlify sends on one page. */
const PER_PAGE = 100;
/** Pages read at most in one run: 10,000 submissions, far more than a VA's request page receives. */
const MAX_PAGES = 100;
/** How long one request may take before the run gives up on it. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The file that lists the submissions already read (not content: its name starts with "_"). */
export const SUBMISSIONS_FILE = `${collectionDir('testimonials')}/_netlify-submissions.txt`;

/** A form submission as Netlify's API returns it: only what the import reads (everything is optional there). */
export interface NetlifySubmission {
  id: string;
  number?: number;
  created_at?: string;
  data?: Record<string, unknown>;
}

export interface NetlifyAccess {
  /** The API's base address. */
  api: string;
  /** A personal access token (NETLIFY_AUTH_TOKEN). */
  token: string;
  /** The site's id (NETLIFY_SITE_ID): Site configuration › Site details › Site ID. */
  siteId: string;
}

/** Where the settings come from, for problems: the variables the workflow sets from the repository's secrets. */
const WHERE = '(environment)';

/** The access from the environment, or what is missing. */
export function netlifyAccess(env: Record<string, string | undefined>): NetlifyAccess | Problem[] {
  const problems: Problem[] = [];
  const token = env.NETLIFY_AUTH_TOKEN?.trim() ?? '';
  const siteId = env.NETLIFY_SITE_ID?.trim() ?? '';
  if (!token)
    problems.push({
      file: WHERE,
      field: 'NETLIFY_AUTH_TOKEN',
      expected:
        'a Netlify personal access token (Netlify: User settings › Applications › New access token), set once as the repository secret NETLIFY_AUTH_TOKEN',
      found: 'nothing',
    });
  if (!siteId)
    problems.push({
      file: WHERE,
      field: 'NETLIFY_SITE_ID',
      expected:
        "your site's id (Netlify: Site configuration › Site details › Site ID), set once as the repository secret NETLIFY_SITE_ID",
      found: 'nothing',
    });
  if (problems.length) return problems;
  return { api: (env.NETLIFY_API_URL?.trim() || NETLIFY_API).replace(/\/+$/, ''), token, siteId };
}

/** One GET of the API: the JSON, or a problem saying what went wrong in words a VA can act on. */
async function get(access: NetlifyAccess, url: string): Promise<{ json: unknown; next?: string } | Problem> {
  const problem = (expected: string, found: string): Problem => ({ file: '(Netlify)', field: url, expected, found });
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${access.token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return problem(
      "an answer from Netlify's API (try again later; GitHub's runners reach it unless Netlify is down)",
      timedOut
        ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`
        : `no connection (${(error as Error).message})`,
    );
  }
  if (!response.ok) {
    const message = await response
      .json()
      .then((body) => (body as { message?: unknown }).message)
      .catch(() => undefined);
    const said = `HTTP ${response.status}${typeof message === 'string' ? `: ${message}` : ''}`;
    if (response.status === 401 || response.status === 403)
      return problem(
        'a valid personal access token in the secret NETLIFY_AUTH_TOKEN (make a new one if it expired or was deleted)',
        said,
      );
    if (response.status === 404)
      return problem(
        "your site's id in the secret NETLIFY_SITE_ID (Site configuration › Site details › Site ID), of a site this token's account can see",
        said,
      );
    if (response.status === 429) return problem('fewer requests: run the workflow again in a minute', said);
    return problem("an answer from Netlify's API (try again later)", said);
  }
  const json = await response.json().catch(() => undefined);
  const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1];
  return { json, next };
}

/**
 * The testimonial form's submissions, every page of them (Netlify gives at
 * most 100 a page and names the next page in its Link header), oldest first.
 */
export async function fetchSubmissions(access: NetlifyAccess): Promise<NetlifySubmission[] | Problem> {
  const formsUrl = `${access.api}/sites/${encodeURIComponent(access.siteId)}/forms`;
  const forms = await get(access, formsUrl);
  if ('field' in forms) return forms;
  if (!Array.isArray(forms.json))
    return {
      file: '(Netlify)',
      field: formsUrl,
      expected: "Netlify's list of the site's forms",
      found: typeof forms.json,
    };
  const form = (forms.json as { id?: unknown; name?: unknown }[]).find((f) => f?.name === TESTIMONIAL_FORM_NAME);
  if (typeof form?.id !== 'string') {
    const names = (forms.json as { name?: unknown }[]).map((f) => JSON.stringify(f?.name)).join(', ');
    return {
      file: '(Netlify)',
      field: `form "${TESTIMONIAL_FORM_NAME}"`,
      expected:
        'the request page\'s form on your site: in Netlify, open Forms, click "Enable form detection", then deploy the site again (Deploys › Trigger deploy)',
      found: names ? `only the forms ${names}` : 'no forms on this site',
    };
  }
  const submissions: NetlifySubmission[] = [];
  let url: string | undefined =
    `${access.api}/forms/${encodeURIComponent(form.id)}/submissions?per_page=${PER_PAGE}&page=1`;
  for (let page = 1; url && page <= MAX_PAGES; page++) {
    const got: Awaited<ReturnType<typeof get>> = await get(access, url);
    if ('field' in got) return got;
    if (!Array.isArray(got.json))
      return { file: '(Netlify)', field: url, expected: "Netlify's list of form submissions", found: typeof got.json };
    for (const item of got.json as Partial<NetlifySubmission>[]) {
      if (item && typeof item.id === 'string') submissions.push(item as NetlifySubmission);
    }
    // Without a Link header, a short page is the last one.
    url = got.next ?? (got.json.length === PER_PAGE ? url.replace(/([?&]page=)\d+/, `$1${page + 1}`) : undefined);
  }
  return submissions.sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id.localeCompare(b.id));
}

/** The ids of the submissions read before (the first word of each line of SUBMISSIONS_FILE that is not a comment). */
export function readSubmissionIds(root: string): Set<string> {
  const file = path.join(root, SUBMISSIONS_FILE);
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0])
      .filter((id) => id && !id.startsWith('#')),
  );
}

/** What a submission's problems name as their file: `Netlify submission 7 (65db70f3…)`. */
export function submissionPlace(s: NetlifySubmission): string {
  return `Netlify submission ${s.number ?? '?'} (${s.id})`;
}

/** The fields a submission's data may carry that the import reads: the form's, and the consent sentence's. */
const FIELDS: ImportField[] = [...TESTIMONIAL_FIELDS, WORDING_FIELD];

/**
 * The records of the submissions not read before, in the order they came.
 * Only the form's own fields are taken: what Netlify adds (ip, user_agent,
 * referrer) never reaches a file.
 */
export function submissionRecords(submissions: NetlifySubmission[], read: Set<string>): SourceRecord[] {
  return submissions
    .filter((s) => !read.has(s.id))
    .map((s) => {
      const data = s.data ?? {};
      const cells: SourceRecord['cells'] = {};
      for (const field of FIELDS) {
        const value = data[field];
        if (typeof value === 'string') cells[field] = value;
        else if (typeof value === 'number') cells[field] = String(value);
      }
      if (s.created_at) cells.date = s.created_at;
      return { line: s.number ?? 0, cells, file: submissionPlace(s) };
    });
}

/** Adds the submissions of this run to SUBMISSIONS_FILE, each with its date and what became of it. */
export function recordSubmissions(
  root: string,
  submissions: NetlifySubmission[],
  rows: RowResult[],
  records: SourceRecord[],
  today: string,
): void {
  const file = path.join(root, SUBMISSIONS_FILE);
  const head = existsSync(file)
    ? ''
    : [
        `# The submissions of the form "${TESTIMONIAL_FORM_NAME}" on Netlify that npm run import:testimonials -- --netlify has read,`,
        '# one a line: its id, the day it was read, and what became of it. They are not read again;',
        '# delete a line to read that submission once more.',
        '',
      ].join('\n');
  const byPlace = new Map(submissions.map((s) => [submissionPlace(s), s]));
  const lines = rows.map((row, i) => {
    const submission = byPlace.get(records[i].file!)!;
    const fate = row.fate;
    const what =
      fate.kind === 'write'
        ? fate.file
        : fate.kind === 'duplicate'
          ? `duplicate of ${'file' in fate.of ? fate.of.file : `submission ${fate.of.line}`}`
          : fate.kind === 'no-consent'
            ? 'no consent'
            : 'not imported: it had problems';
    return `${submission.id} ${today} ${what}\n`;
  });
  if (lines.length) appendFileSync(file, head + lines.join(''));
}
