import { borgerListeSchema } from '@jobcenter/domain/borger/borger.contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anna } from '../test/fixtures';
import { json, mockApi, noContent, problem } from '../test/mock-api';
import { ApiProblem, apiFetch, ContractDrift, configureApiClient } from './api-client';

const onUnauthorized = vi.fn();

beforeEach(() => {
  configureApiClient({ getCsrfToken: () => 'csrf-abc', onUnauthorized });
});

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized.mockReset();
});

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
}

describe('apiFetch', () => {
  it("checks an answer against the contract's schema in tests, and passes a fitting one on as it came", async () => {
    mockApi([
      { method: 'POST', path: '/api/borgere/soeg', respond: () => json({ items: [anna] }) },
      // The API renamed a field: the screen would show an empty name.
      {
        path: '/api/borgere/drift',
        respond: () => json({ items: [{ ...anna, fornavn: undefined, navn: 'Anna' }] }),
      },
    ]);

    await expect(
      apiFetch('/api/borgere/soeg', { method: 'POST', body: {}, schema: borgerListeSchema }),
    ).resolves.toEqual({ items: [anna] });
    const drift = apiFetch('/api/borgere/drift', { schema: borgerListeSchema });
    await expect(drift).rejects.toBeInstanceOf(ContractDrift);
    await expect(drift).rejects.toThrow(/items\.0\.fornavn/);
  });

  it('returns the JSON body and sends the session cookie', async () => {
    const { calls } = mockApi([{ path: '/api/virksomheder?q=byg', respond: () => json({ items: [] }) }]);

    await expect(apiFetch('/api/virksomheder?q=byg')).resolves.toEqual({ items: [] });
    expect(calls[0]?.credentials).toBe('same-origin');
  });

  it('sends X-CSRF-Token on every request other than GET, and never on GET', async () => {
    const { calls } = mockApi([
      { path: '/api/virksomheder', respond: () => json({ items: [] }) },
      { method: 'POST', path: '/api/jobordrer', respond: () => json({ id: '1' }, 201) },
      { method: 'DELETE', path: '/api/fravaer/7', respond: () => noContent() },
    ]);

    await apiFetch('/api/virksomheder');
    await apiFetch('/api/jobordrer', { method: 'POST', body: { titel: 'Tømrer' } });
    await expect(apiFetch('/api/fravaer/7', { method: 'DELETE' })).resolves.toBeUndefined();

    expect(calls.map((call) => [call.method, call.headers['x-csrf-token']])).toEqual([
      ['GET', undefined],
      ['POST', 'csrf-abc'],
      ['DELETE', 'csrf-abc'],
    ]);
    expect(calls[1]?.headers['content-type']).toBe('application/json');
    expect(calls[1]?.body).toEqual({ titel: 'Tømrer' });
  });

  it('turns application/problem+json into a typed ApiProblem', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/api/borgere',
        respond: () =>
          problem(400, 'VALIDERINGSFEJL', 'Oplysningerne er ikke gyldige', {
            detail: 'Ret de markerede felter',
            errors: [{ path: 'cpr', message: 'CPR-nummeret skal være 10 cifre' }],
          }),
      },
    ]);

    const error = await caught(apiFetch('/api/borgere', { method: 'POST', body: {} }));

    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDERINGSFEJL');
    expect(error.title).toBe('Oplysningerne er ikke gyldige');
    expect(error.detail).toBe('Ret de markerede felter');
    expect(error.errors).toEqual([{ path: 'cpr', message: 'CPR-nummeret skal være 10 cifre' }]);
  });

  it('reads Retry-After from a 429', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/api/auth/login',
        respond: () =>
          problem(429, 'FOR_MANGE_FORESPOERGSLER', 'For mange forsøg', {}, { 'Retry-After': '840' }),
      },
    ]);

    const error = await caught(
      apiFetch('/api/auth/login', { method: 'POST', body: {}, onUnauthorized: 'throw' }),
    );

    expect(error.code).toBe('FOR_MANGE_FORESPOERGSLER');
    expect(error.retryAfterSeconds).toBe(840);
  });

  it('gives a Danish title for an answer without a problem body', async () => {
    mockApi([
      {
        path: '/api/virksomheder/31501202',
        respond: () =>
          new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
      },
    ]);

    const error = await caught(apiFetch('/api/virksomheder/31501202'));

    expect(error.status).toBe(502);
    expect(error.code).toBe('INTERN_FEJL');
    expect(error.title).toBe('Der opstod en uventet fejl');
  });

  it('reports a failed connection as a problem with a Danish title', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await caught(apiFetch('/api/virksomheder?q=byg'));

    expect(error.status).toBe(0);
    expect(error.title).toBe('Kan ikke få forbindelse til serveren');
  });

  it('lets an aborted request stay an abort', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new DOMException('Aborted', 'AbortError')));

    await expect(apiFetch('/api/virksomheder?q=byg')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports a 401 as an expired session, except where the caller handles it', async () => {
    mockApi([
      {
        path: '/api/virksomheder?q=byg',
        respond: () => problem(401, 'IKKE_LOGGET_IND', 'Du er ikke logget ind'),
      },
      {
        method: 'POST',
        path: '/api/auth/login',
        respond: () => problem(401, 'LOGIN_FEJLET', 'Forkert brugernavn eller adgangskode'),
      },
    ]);

    await caught(apiFetch('/api/virksomheder?q=byg'));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    const loginError = await caught(
      apiFetch('/api/auth/login', { method: 'POST', body: {}, onUnauthorized: 'throw' }),
    );
    expect(loginError.code).toBe('LOGIN_FEJLET');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
