/**
 * A stand-in for the part of Netlify's API that `npm run import:testimonials
 * -- --netlify` uses: the operations listSiteForms and listFormSubmissions,
 * routed from Netlify's own published description (@netlify/open-api's
 * swagger.json: its basePath and each operation's path), answering with the
 * shapes it describes, the Bearer token it expects, its `{code, message}`
 * errors, and pages of submissions (`page`, `per_page`) linked by a `Link`
 * header with rel="next" and rel="last", newest first, as Netlify sends them.
 * Every answer is kept, so a test can validate it against the description.
 *
 * It listens on 127.0.0.1 only, on a port the system picks, and closes itself
 * after `lifetimeMs` whatever the test does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Netlify's API description (Swagger 2.0). */
export const SWAGGER = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@netlify/open-api/dist/swagger.json'), 'utf8'),
) as {
  basePath: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { schema?: object }> }>>;
};

/** The path template and response schemas of an operation, by its id. */
export function operation(operationId: string): { path: string; responses: Record<string, { schema?: object }> } {
  for (const [path, methods] of Object.entries(SWAGGER.paths)) {
    for (const op of Object.values(methods))
      if (op.operationId === operationId) return { path, responses: op.responses };
  }
  throw new Error(`Netlify's API description has no operation ${operationId}`);
}

export interface StandInSubmission {
  id: string;
  number: number;
  created_at: string;
  /** The form's fields as the browser sent them, plus what Netlify adds (ip, user_agent, referrer). */
  data: Record<string, string>;
  name?: string;
  email?: string;
  summary?: string;
  body?: string;
}

export interface StandInForm {
  id: string;
  name: string;
  submissions: StandInSubmission[];
}

export interface StandInOptions {
  token: string;
  siteId: string;
  forms: StandInForm[];
  /** The most submissions on a page (Netlify's is 100; smaller makes a test page through them). */
  maxPerPage?: number;
  /** How long the server lives at most. */
  lifetimeMs?: number;
}

export interface Answer {
  operationId: string;
  status: number;
  body: unknown;
  link?: string;
}

export interface StandIn {
  /** The API's base address: http://127.0.0.1:<port>/api/v1 */
  url: string;
  answers: Answer[];
  close: () => Promise<void>;
}

/** A path template of the description as a pattern: /forms/{form_id}/submissions → named groups. */
function pattern(template: string): RegExp {
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return new RegExp(`^${SWAGGER.basePath}${source}$`);
}

export async function startNetlifyStandIn(options: StandInOptions): Promise<StandIn> {
  const answers: Answer[] = [];
  const maxPerPage = options.maxPerPage ?? 100;
  const routes = {
    listSiteForms: pattern(operation('listSiteForms').path),
    listFormSubmissions: pattern(operation('listFormSubmissions').path),
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (operationId: string, status: number, body: unknown, link?: string) => {
      answers.push({ operationId, status, body, link });
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...(link ? { link } : {}),
      });
      response.end(JSON.stringify(body));
    };
    const error = (operationId: string, status: number, message: string) =>
      send(operationId, status, { code: status, message });

    const siteMatch = routes.listSiteForms.exec(url.pathname);
    const formMatch = routes.listFormSubmissions.exec(url.pathname);
    const operationId = siteMatch ? 'listSiteForms' : formMatch ? 'listFormSubmissions' : '(none)';
    if (request.method !== 'GET' || operationId === '(none)') return error(operationId, 404, 'Not Found');
    if (request.headers.authorization !== `Bearer ${options.token}`)
      return error(operationId, 401, 'Access Denied: Origin returned bad status 401');

    if (siteMatch) {
      if (decodeURIComponent(siteMatch.groups!.site_id) !== options.siteId) return error(operationId, 404, 'Not Found');
      return send(
        operationId,
        200,
        options.forms.map((f) => ({
          id: f.id,
          site_id: options.siteId,
          name: f.name,
          paths: ['/en/testimonials/share/'],
          submission_count: f.submissions.length,
          fields: [{ name: 'name', type: 'text' }],
          created_at: '2026-09-01T00:00:00.000Z',
        })),
      );
    }
    const form = options.forms.find((f) => f.id === decodeURIComponent(formMatch!.groups!.form_id));
    if (!form) return error(operationId, 404, 'Not Found');
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 100) || 100, 1), maxPerPage);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const newestFirst = [...form.submissions].sort((a, b) => b.created_at.localeCompare(a.created_at));
    const last = Math.max(Math.ceil(newestFirst.length / perPage), 1);
    const at = (p: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return `http://${request.headers.host}${next.pathname}${next.search}`;
    };
    const link = [page < last ? `<${at(page + 1)}>; rel="next"` : '', `<${at(last)}>; rel="last"`]
      .filter(Boolean)
      .join(', ');
    const items = newestFirst.slice((page - 1) * perPage, page * perPage).map((s) => ({
      id: s.id,
      number: s.number,
      ...(s.name ? { name: s.name } : {}),
      ...(s.email ? { email: s.email } : {}),
      summary: s.summary ?? `<strong>${s.data.name ?? ''}</strong> ${s.data.quote ?? ''}`,
      body: s.body ?? s.data.quote ?? '',
      data: s.data,
      created_at: s.created_at,
      site_url: 'https://rumana-haque.netlify.app',
    }));
    return send(operationId, 200, items, link);
  });
  // A request that never finishes does not hold the test: the server drops idle connections.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const timer = setTimeout(() => void close(), options.lifetimeMs ?? 120_000);
  timer.unref();
  return { url: `http://127.0.0.1:${port}${SWAGGER.basePath}`, answers, close };
}
