import {
  type Problem,
  type ProblemCode,
  problemCodes,
  problemSchema,
} from '@jobcenter/domain/problem/problem.contract';
import type { z } from 'zod';

export interface ProblemFejl {
  path: string;
  message: string;
}

/** Code used when the request never got an answer; it is not one of the API's codes. */
export const NETVAERKSFEJL = 'NETVAERKSFEJL';

/** An `application/problem+json` answer (or a failure that looks like one), thrown by `apiFetch`. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFejl[];
  /** Seconds from a `Retry-After` header (429), when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    errors?: ProblemFejl[] | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** Any thrown value as an ApiProblem, so every error view can show a Danish title. */
export function toApiProblem(error: unknown): ApiProblem {
  if (isApiProblem(error)) return error;
  return new ApiProblem({ status: 0, code: 'INTERN_FEJL', title: problemCodes.INTERN_FEJL.title });
}

type UnauthorizedMode = 'redirect' | 'throw';

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /**
   * 'redirect' (default): a 401 means the session has expired, so the configured handler sends the user to
   * the login page. 'throw': the caller handles the 401 itself (the login call and the session check).
   */
  onUnauthorized?: UnauthorizedMode;
}

/**
 * Answers are checked against the contract's schema in development and in tests, so an API that drifts from
 * packages/domain fails a test instead of a screen. In production the answer is passed on as it came (the
 * check costs time on every request, and the API is tested against the same schemas).
 */
const CHECK_ANSWERS = import.meta.env.DEV || import.meta.env.MODE === 'test';

/** Thrown (in development and tests only) when an answer does not fit the contract's schema. */
export class ContractDrift extends Error {
  constructor(
    readonly path: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(
      `The answer from ${path} does not fit its contract: ${issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ')}`,
    );
    this.name = 'ContractDrift';
  }
}

interface ApiClientConfig {
  getCsrfToken: () => string | undefined;
  onUnauthorized: () => void;
}

let config: ApiClientConfig = {
  getCsrfToken: () => undefined,
  onUnauthorized: () => {},
};

/** Wired once at start-up (router.tsx), because the token and the navigation live outside lib. */
export function configureApiClient(next: ApiClientConfig): void {
  config = next;
}

/** The `If-Match` header of a change to a versioned resource (a 412 answers a stale version). */
export function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * One request to the BFF. With `schema` (the contract's schema from packages/domain) the answer is typed by
 * it and, in development and tests, checked against it; the caller always gets the answer as it came, so the
 * check cannot change what production shows.
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  options: ApiRequestOptions & { schema: S },
): Promise<z.output<S>>;
export async function apiFetch<T>(path: string, options?: ApiRequestOptions): Promise<T>;
export async function apiFetch(
  path: string,
  options: ApiRequestOptions & { schema?: z.ZodType } = {},
): Promise<unknown> {
  const answer = await request(path, options);
  if (CHECK_ANSWERS && options.schema && answer !== undefined) {
    const checked = options.schema.safeParse(answer);
    if (!checked.success) throw new ContractDrift(path, checked.error.issues);
  }
  return answer;
}

async function request(path: string, options: ApiRequestOptions): Promise<unknown> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const token = config.getCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    // An abort is the caller's own decision (TanStack Query cancels stale requests), not a failure to report.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({
      status: 0,
      code: NETVAERKSFEJL,
      title: 'Kan ikke få forbindelse til serveren',
      detail: 'Tjek din netværksforbindelse, og prøv igen.',
    });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && (options.onUnauthorized ?? 'redirect') === 'redirect') {
      config.onUnauthorized();
    }
    throw problem;
  }
  if (response.status === 204) return undefined;
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

async function readProblem(response: Response): Promise<ApiProblem> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const fallback = fallbackProblem(response.status);
  let body: Partial<Problem> = {};
  if (isJson(response.headers.get('Content-Type'))) {
    try {
      const parsed = problemSchema.partial().safeParse(await response.json());
      if (parsed.success) body = parsed.data;
    } catch {
      // A broken body still leaves the status, which is enough for a useful message.
    }
  }
  return new ApiProblem({
    status: response.status,
    code: body.code ?? fallback.code,
    title: body.title ?? fallback.title,
    detail: body.detail,
    errors: body.errors,
    retryAfterSeconds,
  });
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /^application\/(problem\+)?json/i.test(contentType);
}

// For answers without a problem body (a proxy's 502, an HTML error page): the contract's code for the status.
const codeForStatus: Record<number, ProblemCode> = {
  400: 'VALIDERINGSFEJL',
  401: 'IKKE_LOGGET_IND',
  403: 'IKKE_ADGANG',
  404: 'IKKE_FUNDET',
  412: 'VERSION_KONFLIKT',
  428: 'VERSION_MANGLER',
  429: 'FOR_MANGE_FORESPOERGSLER',
  503: 'DATABASE_UTILGAENGELIG',
};

function fallbackProblem(status: number): { code: string; title: string } {
  const code = codeForStatus[status] ?? 'INTERN_FEJL';
  return { code, title: problemCodes[code].title };
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
