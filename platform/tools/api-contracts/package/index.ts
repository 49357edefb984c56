// @perftarget/api-client: typed clients of the three services for the frontend team. The types come from the
// services' published OpenAPI documents (openapi-typescript); the calls go through openapi-fetch, so a path,
// parameter or body the documents do not have fails to compile.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as BudgetPaths, components as BudgetComponents } from './budget-service.js';
import type { paths as IndicatorPaths, components as IndicatorComponents } from './indicator-service.js';
import type { paths as ReviewPaths, components as ReviewComponents } from './review-service.js';
import { PROBLEM_TYPES } from './problem-types.js';

export type { BudgetPaths, BudgetComponents, IndicatorPaths, IndicatorComponents, ReviewPaths, ReviewComponents };
export { PROBLEM_TYPES };

/** Every kind of problem the services answer with (docs/api-conventions.md), as `urn:perftarget:problem:<slug>`. */
export type ProblemSlug = (typeof PROBLEM_TYPES)[number];
export type ProblemType = `urn:perftarget:problem:${ProblemSlug}`;

/** An RFC 9457 problem as the services send it (`application/problem+json`), its type one of {@link ProblemType}. */
export type Problem = Omit<BudgetComponents['schemas']['Problem'], 'type'> & { type: ProblemType };

/** Whether an error body is one of the services' problems. */
export function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as { type?: unknown }).type === 'string'
    && (body as { type: string }).type.startsWith('urn:perftarget:problem:');
}

export interface ClientsOptions {
  /** Base URLs, e.g. `https://perftarget.example.gov.cn/budget` (the Ingress) or `http://localhost:8081` (run.sh). */
  budgetUrl: string;
  indicatorUrl: string;
  reviewUrl: string;
  /** The caller's bearer token (from the identity provider), asked for before every request. */
  token: () => string | Promise<string>;
  /** `zh` (default) or `en`: the language of problems' titles and messages. */
  language?: 'zh' | 'en';
}

export interface Clients {
  budget: Client<BudgetPaths>;
  indicator: Client<IndicatorPaths>;
  review: Client<ReviewPaths>;
}

/** The three clients, each sending the token and the language with every request. */
export function createClients(options: ClientsOptions): Clients {
  const headers: Middleware = {
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await options.token()}`);
      request.headers.set('Accept-Language', options.language ?? 'zh');
      return request;
    },
  };
  const budget = createClient<BudgetPaths>({ baseUrl: options.budgetUrl });
  const indicator = createClient<IndicatorPaths>({ baseUrl: options.indicatorUrl });
  const review = createClient<ReviewPaths>({ baseUrl: options.reviewUrl });
  budget.use(headers);
  indicator.use(headers);
  review.use(headers);
  return { budget, indicator, review };
}
