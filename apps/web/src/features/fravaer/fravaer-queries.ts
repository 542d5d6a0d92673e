import type {
  FravaerForhaandsvisningSvar,
  OpdaterFravaer,
  OpretFravaer,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import {
  fravaerDetaljeSchema,
  fravaerForhaandsvisningSvarSchema,
  fravaerSchema,
  fravaersaarsagListeSchema,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import { keepPreviousData, mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch, ifMatch } from '../../lib/api-client';
import { refreshOnStatus } from '../../lib/query-client';
import { borgerKeys, cvKeys, fravaerKeys, historikKeys, joblogKeys } from '../../lib/query-keys';

export type FravaersaarsagValg = z.infer<typeof fravaersaarsagListeSchema>['items'][number];

/** The draft the preview is asked about: the form's values, and the fravær's id when an existing one is edited. */
export interface FravaerUdkast {
  fravaersaarsag: number;
  startdato: string;
  slutdato?: string | null;
  kommentar?: string | null;
  fravaerId?: string;
}

/** The preview's answer, as the contract declares it: a refusal, or the consequences as typed data. */
export type FravaerForhaandsvisning = FravaerForhaandsvisningSvar;

const id = (value: string) => encodeURIComponent(value);

// ---------- queries ----------

/** The codelist with the matrix cell for the citizen's kontaktgruppe (R8, R10). */
export const fravaersaarsagerQueryOptions = (kontaktgruppe: number) =>
  queryOptions({
    queryKey: fravaerKeys.aarsager(kontaktgruppe),
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/fravaersaarsager?${new URLSearchParams({ kontaktgruppe: String(kontaktgruppe) }).toString()}`,
        { signal, schema: fravaersaarsagListeSchema },
      ),
    staleTime: 60 * 60_000,
  });

/** One fravær with every version (also a deleted one): for its history and after a 412, never from the cache. */
export const fravaerDetaljeQueryOptions = (fravaerId: string) =>
  queryOptions({
    queryKey: fravaerKeys.detalje(fravaerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/fravaer/${id(fravaerId)}`, { signal, schema: fravaerDetaljeSchema }),
    staleTime: 0,
  });

/**
 * What saving the draft would change, computed by the API with the rules (the SPA does not re-implement them).
 * A POST, so it is a query keyed by the draft; the previous answer stays while the next one is fetched.
 */
export const forhaandsvisningQueryOptions = (borgerId: string, udkast: FravaerUdkast) =>
  queryOptions({
    queryKey: fravaerKeys.forhaandsvisning(borgerId, udkast),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/fravaer/forhaandsvisning`, {
        method: 'POST',
        body: udkast,
        signal,
        schema: fravaerForhaandsvisningSvarSchema,
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 60_000,
  });

// ---------- mutations ----------

export const opretFravaerMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['fravaer', 'opret', borgerId],
    onSuccess: (_data, _variables, _result, { client }) => void afterFravaerChange(client, borgerId),
    mutationFn: (body: OpretFravaer) =>
      apiFetch(`/api/borgere/${id(borgerId)}/fravaer`, { method: 'POST', body, schema: fravaerSchema }),
  });

export const opdaterFravaerMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['fravaer', 'opdater'],
    onSuccess: (_data, _variables, _result, { client }) => void afterFravaerChange(client, borgerId),
    // After a 412 the list shows the version someone else saved, and a new try builds on it.
    onError: refreshOnStatus([412], (client) => afterFravaerChange(client, borgerId)),
    mutationFn: ({
      fravaerId,
      version,
      body,
    }: {
      fravaerId: string;
      version: number;
      body: OpdaterFravaer;
    }) =>
      apiFetch(`/api/fravaer/${id(fravaerId)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(version),
        schema: fravaerSchema,
      }),
  });

/** R12: a deletion carries its berigtigelseskommentar. */
export const sletFravaerMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['fravaer', 'slet'],
    onSuccess: (_data, _variables, _result, { client }) => void afterFravaerChange(client, borgerId),
    // After a 412 the list shows the version someone else saved, and a new try builds on it.
    onError: refreshOnStatus([412], (client) => afterFravaerChange(client, borgerId)),
    mutationFn: ({
      fravaerId,
      version,
      berigtigelseskommentar,
    }: {
      fravaerId: string;
      version: number;
      berigtigelseskommentar: string;
    }) =>
      apiFetch<void>(`/api/fravaer/${id(fravaerId)}`, {
        method: 'DELETE',
        body: { berigtigelseskommentar },
        headers: ifMatch(version),
      }),
  });

// ---------- after a change ----------

/**
 * A fravær changed: the citizen itself (its status chips are derived from the fravær), the list, the history,
 * the joblog requirement, the fravær's own versions and the CV searches follow.
 */
async function afterFravaerChange(queryClient: QueryClient, borgerId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: borgerKeys.detalje(borgerId), exact: true }),
    queryClient.invalidateQueries({ queryKey: fravaerKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: historikKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: joblogKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: fravaerKeys.all }),
    // R17: a CV search shows "mindre intensiv indsats" from the citizen's active fravær.
    queryClient.invalidateQueries({ queryKey: cvKeys.soegninger() }),
  ]);
}
