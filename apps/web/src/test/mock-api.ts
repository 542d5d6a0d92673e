import { vi } from 'vitest';

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

interface Handler {
  method?: string;
  path: string;
  respond: () => Response | Promise<Response>;
}

/** Replaces fetch with a table of canned answers and records every request the app makes. */
export function mockApi(handlers: Handler[]) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    calls.push({
      method,
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const handler = handlers.find((h) => (h.method ?? 'GET') === method && h.path === url);
    if (!handler) return problem(500, 'INTERN_FEJL', `Ingen testsvar for ${method} ${url}`);
    return handler.respond();
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function problem(
  status: number,
  code: string,
  title: string,
  extra: { detail?: string; errors?: { path: string; message: string }[] } = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, code, title, detail: title, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}
