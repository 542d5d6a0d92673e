import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opretFravaerMutationOptions, sletFravaerMutationOptions } from './fravaer-queries';

const BORGER_ID = '6f1c2a5e-8d1b-4c3e-9a7f-0b2d4e6f8a10';
const SOEGNING = ['cv', 'soeg', { q: 'tømrer' }];

function svar(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function medCache(): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(SOEGNING, { items: [], total: 0 });
  queryClient.setQueryData(['jobordrer', 'liste'], { items: [] });
  return queryClient;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// The invalidation lives in the mutation's own onSuccess/onError, so no screen can forget it.
describe('a fravær mutation', () => {
  it('marks the CV searches stale when it succeeds, since R17 derives mindre intensiv indsats from fravær', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        svar(201, {
          id: '55555555-5555-4555-8555-555555555555',
          borgerId: BORGER_ID,
          fravaersaarsag: { id: 11, navn: 'Sygdom', beskrivelse: 'Sygdom' },
          startdato: '2026-11-20',
          slutdato: null,
          kommentar: null,
          aktiv: true,
          jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
          version: 1,
        }),
      ),
    );
    const queryClient = medCache();
    const opret = new MutationObserver(queryClient, opretFravaerMutationOptions(BORGER_ID));
    await opret.mutate({ fravaersaarsag: 11, startdato: '2026-11-20' });
    await vi.waitFor(() => expect(queryClient.getQueryState(SOEGNING)?.isInvalidated).toBe(true));
    // and nothing unrelated
    expect(queryClient.getQueryState(['jobordrer', 'liste'])?.isInvalidated).toBe(false);
  });

  it('marks them stale after a 412 too (the list refetches the version someone else saved), not after a 400', async () => {
    const slet = { fravaerId: 'f1', version: 2, berigtigelseskommentar: 'Fejlregistreret' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => svar(400, { code: 'VALIDERINGSFEJL', title: 'Ugyldige data' })),
    );
    const queryClient = medCache();
    await expect(
      new MutationObserver(queryClient, sletFravaerMutationOptions(BORGER_ID)).mutate(slet),
    ).rejects.toThrow();
    expect(queryClient.getQueryState(SOEGNING)?.isInvalidated).toBe(false);

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => svar(412, { code: 'VERSION_KONFLIKT', title: 'Konflikt' })),
    );
    await expect(
      new MutationObserver(queryClient, sletFravaerMutationOptions(BORGER_ID)).mutate(slet),
    ).rejects.toThrow();
    await vi.waitFor(() => expect(queryClient.getQueryState(SOEGNING)?.isInvalidated).toBe(true));
  });
});
