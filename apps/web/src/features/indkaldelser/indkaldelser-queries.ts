import type {
  MoedeAnsvarligFilter,
  OpdaterIndkaldelse,
  OpretIndkaldelse,
  Udfald,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import {
  indkaldelseListeSchema,
  indkaldelseSchema,
  moededeltagelsesvalgHistorikSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch, ifMatch } from '../../lib/api-client';
import { refreshOnStatus } from '../../lib/query-client';
import { borgerKeys, breveKeys, historikKeys, indkaldelseKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

// ---------- queries ----------

/** One meeting as it is now (after a 412): never from the cache. */
export const indkaldelseQueryOptions = (indkaldelseId: string) =>
  queryOptions({
    queryKey: indkaldelseKeys.detalje(indkaldelseId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/indkaldelser/${id(indkaldelseId)}`, { signal, schema: indkaldelseSchema }),
    staleTime: 0,
  });

/**
 * One Copenhagen day's meetings: the user's own (`mig`) or the jobcentre's (`alle`). The filter is always sent:
 * the API answers the jobcentre's without it, as it did before meetings had an ansvarlig.
 */
export const mineMoederQueryOptions = (dato: string, ansvarlig: MoedeAnsvarligFilter) =>
  queryOptions({
    queryKey: indkaldelseKeys.dag(dato, ansvarlig),
    queryFn: ({ signal }) =>
      apiFetch(`/api/moeder?${new URLSearchParams({ dato, ansvarlig }).toString()}`, {
        signal,
        schema: indkaldelseListeSchema,
      }),
  });

/** Every choice of mødeform registered on the meeting, newest first, replaced ones included. */
export const moededeltagelsesvalgQueryOptions = (indkaldelseId: string) =>
  queryOptions({
    queryKey: indkaldelseKeys.valg(indkaldelseId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/indkaldelser/${id(indkaldelseId)}/moededeltagelsesvalg`, {
        signal,
        schema: moededeltagelsesvalgHistorikSchema,
      }),
  });

// ---------- mutations ----------

export const opretIndkaldelseMutationOptions = (borgerId: string) =>
  mutationOptions({
    onSuccess: (_data, _variables, _result, { client }) => void afterIndkaldelseChange(client, borgerId),
    mutationKey: ['indkaldelser', 'opret', borgerId],
    mutationFn: (body: OpretIndkaldelse) =>
      apiFetch(`/api/borgere/${id(borgerId)}/indkaldelser`, {
        method: 'POST',
        body,
        schema: indkaldelseSchema,
      }),
  });

export const opdaterIndkaldelseMutationOptions = (borgerId: string) =>
  mutationOptions({
    onSuccess: (_data, _variables, _result, { client }) => void afterIndkaldelseChange(client, borgerId),
    // After a 412 the list shows the version someone else saved, and a new try builds on it.
    onError: refreshOnStatus([412], (client) => afterIndkaldelseChange(client, borgerId)),
    mutationKey: ['indkaldelser', 'opdater'],
    mutationFn: ({
      indkaldelseId,
      version,
      body,
    }: {
      indkaldelseId: string;
      version: number;
      body: OpdaterIndkaldelse;
    }) =>
      apiFetch(`/api/indkaldelser/${id(indkaldelseId)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(version),
        schema: indkaldelseSchema,
      }),
  });

export const aflysIndkaldelseMutationOptions = (borgerId: string) =>
  mutationOptions({
    onSuccess: (_data, _variables, _result, { client }) => void afterIndkaldelseChange(client, borgerId),
    // After a 412 the list shows the version someone else saved, and a new try builds on it.
    onError: refreshOnStatus([412], (client) => afterIndkaldelseChange(client, borgerId)),
    mutationKey: ['indkaldelser', 'aflys'],
    mutationFn: ({
      indkaldelseId,
      version,
      aflysningsaarsag,
    }: {
      indkaldelseId: string;
      version: number;
      aflysningsaarsag: string;
    }) =>
      apiFetch<void>(`/api/indkaldelser/${id(indkaldelseId)}`, {
        method: 'DELETE',
        body: { aflysningsaarsag },
        headers: ifMatch(version),
      }),
  });

export const registrerValgMutationOptions = (borgerId: string) =>
  mutationOptions({
    onSuccess: (_data, { indkaldelseId }, _result, { client }) =>
      void Promise.all([
        afterIndkaldelseChange(client, borgerId),
        // The new choice heads the meeting's history of choices. `indkaldelseKeys.all` above covers it too;
        // said here on its own so it stays true, and without cancelling the refetch that one has started.
        client.invalidateQueries({ queryKey: indkaldelseKeys.valg(indkaldelseId) }, { cancelRefetch: false }),
      ]),
    mutationKey: ['indkaldelser', 'moededeltagelsesvalg'],
    mutationFn: ({
      indkaldelseId,
      body,
    }: {
      indkaldelseId: string;
      body: { moedeform: number; digitaltMoedelink?: string };
    }) =>
      apiFetch(`/api/indkaldelser/${id(indkaldelseId)}/moededeltagelsesvalg`, {
        method: 'POST',
        body,
        schema: indkaldelseSchema,
      }),
  });

export const registrerUdfaldMutationOptions = (borgerId: string) =>
  mutationOptions({
    onSuccess: (_data, _variables, _result, { client }) => void afterIndkaldelseChange(client, borgerId),
    // After a 412 the list shows the version someone else saved; after a 409 the state the rule refused on
    // (aflyst, or not begun yet).
    onError: refreshOnStatus([409, 412], (client) => afterIndkaldelseChange(client, borgerId)),
    mutationKey: ['indkaldelser', 'udfald'],
    mutationFn: ({
      indkaldelseId,
      version,
      udfald,
      kommentar,
    }: {
      indkaldelseId: string;
      version: number;
      udfald: Udfald;
      /** The samtalenotat (afholdt): what was agreed, the next step. */
      kommentar?: string | null;
    }) =>
      apiFetch(`/api/indkaldelser/${id(indkaldelseId)}/udfald`, {
        method: 'POST',
        body: kommentar ? { udfald, kommentar } : { udfald },
        headers: ifMatch(version),
        schema: indkaldelseSchema,
      }),
  });

// ---------- after a change ----------

/**
 * A meeting changed: the citizen's list, history, letters (a change writes the citizen a letter and moves the
 * reminder) and everyone's day views follow.
 */
async function afterIndkaldelseChange(queryClient: QueryClient, borgerId: string): Promise<void> {
  await Promise.all([
    // A summons makes the caseworker the citizen's ansvarlig when it had none: the card and Mine borgere.
    queryClient.invalidateQueries({ queryKey: borgerKeys.detalje(borgerId), exact: true }),
    queryClient.invalidateQueries({ queryKey: borgerKeys.mine() }),
    queryClient.invalidateQueries({ queryKey: indkaldelseKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: historikKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: breveKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: indkaldelseKeys.dage }),
    queryClient.invalidateQueries({ queryKey: indkaldelseKeys.all }),
  ]);
}
