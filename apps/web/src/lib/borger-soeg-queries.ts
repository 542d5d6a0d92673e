import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-client';

/** POST: a CPR number stays in the body, out of every URL (api.md). */
export interface SoegBorgerBody {
  cpr?: string;
  navn?: string;
}

/**
 * The citizen search, for the Borgere page and for proposing a citizen to a jobordre. One definition: two
 * features with the same query key and different options meant that whichever mounted first decided.
 */
export const borgerSoegQueryOptions = (body: SoegBorgerBody) =>
  queryOptions({
    queryKey: ['borgere', 'soeg', body] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ items: Borger[] }>('/api/borgere/soeg', { method: 'POST', body, signal }),
    // A search result should not linger in memory with a CPR number in its key.
    gcTime: 60_000,
    // A citizen created a moment ago must be found.
    staleTime: 0,
  });
