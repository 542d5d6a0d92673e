import type { OpretBorger } from '@jobcenter/domain/borger/borger.contract';
import { borgerListeSchema, borgerSchema, visCprSchema } from '@jobcenter/domain/borger/borger.contract';
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { borgerKeys, historikKeys, kodelisteKeys } from '../../lib/query-keys';

// TODO(contract): packages/domain has no schema for GET /api/akasser; this mirrors api.md until it does
// (reported to the API's author).
export interface AkasseValg {
  kode: string;
  navn: string;
}

const id = (value: string) => encodeURIComponent(value);

// ---------- queries ----------

export const akasserQueryOptions = () =>
  queryOptions({
    queryKey: kodelisteKeys.akasser,
    queryFn: ({ signal }) => apiFetch<{ items: AkasseValg[] }>('/api/akasser', { signal }),
    staleTime: 60 * 60_000,
  });

/** "Mine borgere": the citizens the user is ansvarlig sagsbehandler for, by name. */
export const mineBorgereQueryOptions = () =>
  queryOptions({
    queryKey: borgerKeys.mine(),
    queryFn: ({ signal }) => apiFetch('/api/borgere/mine', { signal, schema: borgerListeSchema }),
  });

/** The citizens the user opened last, newest first: asked again each time the Borgere page shows. */
export const senestAabnedeQueryOptions = () =>
  queryOptions({
    queryKey: borgerKeys.senestAabnede(),
    queryFn: ({ signal }) => apiFetch('/api/borgere/senest-aabnede', { signal, schema: borgerListeSchema }),
    staleTime: 0,
  });

// ---------- mutations ----------

export const opretBorgerMutationOptions = () =>
  mutationOptions({
    mutationKey: ['borgere', 'opret'],
    // The person page opens on the new citizen at once; a search finds it.
    onSuccess: (borger, _variables, _result, { client }) => {
      client.setQueryData(borgerKeys.detalje(borger.id), borger);
      void client.invalidateQueries({ queryKey: borgerKeys.soegninger() });
    },
    mutationFn: (body: OpretBorger) =>
      apiFetch('/api/borgere', { method: 'POST', body, schema: borgerSchema }),
  });

/**
 * The full CPR number on an explicit action (the API logs it). It is shown until the user leaves the page and
 * never kept: no query cache, and the mutation is dropped from the mutation cache as soon as it is unused.
 */
export const visCprMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['borgere', 'vis-cpr', borgerId],
    mutationFn: () =>
      apiFetch(`/api/borgere/${id(borgerId)}/vis-cpr`, { method: 'POST', schema: visCprSchema }),
    gcTime: 0,
  });

export const flytBorgerMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['borgere', 'flyt', borgerId],
    mutationFn: (jobcenter: string) =>
      apiFetch(`/api/borgere/${id(borgerId)}/flyt`, {
        method: 'POST',
        body: { jobcenter },
        schema: borgerSchema,
      }),
  });

/** `PUT /api/borgere/:id/ansvarlig`: a colleague of the user's jobcentre, or nobody (null). */
export const saetAnsvarligMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['borgere', 'ansvarlig', borgerId],
    onSuccess: (borger, _variables, _result, { client }) => {
      client.setQueryData(borgerKeys.detalje(borgerId), borger);
      void client.invalidateQueries({ queryKey: historikKeys.borger(borgerId) });
      void client.invalidateQueries({ queryKey: borgerKeys.mine() });
    },
    mutationFn: (brugernavn: string | null) =>
      apiFetch(`/api/borgere/${id(borgerId)}/ansvarlig`, {
        method: 'PUT',
        body: { brugernavn },
        schema: borgerSchema,
      }),
  });
