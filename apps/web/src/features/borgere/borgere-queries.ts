import type { Borger, Historik, OpretBorger } from '@jobcenter/domain/borger/borger.contract';
import type { Kontaktperson, OpretKontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import type {
  Indkaldelse,
  Moedetilbud,
  OpdaterIndkaldelse,
  OpretIndkaldelse,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';

// TODO(contract): packages/domain has no schema for GET /api/jobcentre and GET /api/akasser; these mirror api.md
// until it does (reported to the API's author).
export interface JobcenterValg {
  nummer: string;
  navn: string;
}
export interface AkasseValg {
  kode: string;
  navn: string;
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const id = (value: string) => encodeURIComponent(value);

// ---------- queries ----------

export const borgerQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: ['borgere', 'detalje', borgerId] as const,
    queryFn: ({ signal }) => apiFetch<Borger>(`/api/borgere/${id(borgerId)}`, { signal }),
  });

export const historikQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: ['borgere', 'detalje', borgerId, 'historik'] as const,
    queryFn: ({ signal }) => apiFetch<Historik>(`/api/borgere/${id(borgerId)}/historik`, { signal }),
  });

export const kontaktpersonerQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: ['borgere', 'detalje', borgerId, 'kontaktpersoner'] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ items: Kontaktperson[] }>(`/api/borgere/${id(borgerId)}/kontaktpersoner`, { signal }),
  });

export const indkaldelserQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: ['borgere', 'detalje', borgerId, 'indkaldelser'] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ items: Indkaldelse[] }>(`/api/borgere/${id(borgerId)}/indkaldelser`, { signal }),
  });

/** One meeting as it is now (after a 412): never from the cache. */
export const indkaldelseQueryOptions = (indkaldelseId: string) =>
  queryOptions({
    queryKey: ['indkaldelser', indkaldelseId] as const,
    queryFn: ({ signal }) => apiFetch<Indkaldelse>(`/api/indkaldelser/${id(indkaldelseId)}`, { signal }),
    staleTime: 0,
  });

/** The jobcentre's offers, for picking a free slot in the summon panel. */
export const moedetilbudQueryOptions = () =>
  queryOptions({
    queryKey: ['borgere', 'moedetilbud'] as const,
    queryFn: ({ signal }) => apiFetch<{ items: Moedetilbud[] }>('/api/moedetilbud', { signal }),
  });

export const jobcentreQueryOptions = () =>
  queryOptions({
    queryKey: ['jobcentre'] as const,
    queryFn: ({ signal }) => apiFetch<{ items: JobcenterValg[] }>('/api/jobcentre', { signal }),
    staleTime: 60 * 60_000,
  });

export const akasserQueryOptions = () =>
  queryOptions({
    queryKey: ['akasser'] as const,
    queryFn: ({ signal }) => apiFetch<{ items: AkasseValg[] }>('/api/akasser', { signal }),
    staleTime: 60 * 60_000,
  });

// ---------- mutations ----------

export const opretBorgerMutationOptions = () =>
  mutationOptions({
    mutationKey: ['borgere', 'opret'],
    mutationFn: (body: OpretBorger) => apiFetch<Borger>('/api/borgere', { method: 'POST', body }),
  });

/**
 * The full CPR number on an explicit action (the API logs it). It is shown until the user leaves the page and
 * never kept: no query cache, and the mutation is dropped from the mutation cache as soon as it is unused.
 */
export const visCprMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['borgere', 'vis-cpr', borgerId],
    mutationFn: () => apiFetch<{ cpr: string }>(`/api/borgere/${id(borgerId)}/vis-cpr`, { method: 'POST' }),
    gcTime: 0,
  });

export const flytBorgerMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['borgere', 'flyt', borgerId],
    mutationFn: (jobcenter: string) =>
      apiFetch<Borger>(`/api/borgere/${id(borgerId)}/flyt`, { method: 'POST', body: { jobcenter } }),
  });

export const opretKontaktpersonMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['kontaktpersoner', 'opret', borgerId],
    mutationFn: (body: OpretKontaktperson) =>
      apiFetch<Kontaktperson>(`/api/borgere/${id(borgerId)}/kontaktpersoner`, { method: 'POST', body }),
  });

export const opdaterKontaktpersonMutationOptions = () =>
  mutationOptions({
    mutationKey: ['kontaktpersoner', 'opdater'],
    mutationFn: ({
      kontaktperson,
      body,
    }: {
      kontaktperson: Kontaktperson;
      body: Partial<OpretKontaktperson>;
    }) =>
      apiFetch<Kontaktperson>(`/api/kontaktpersoner/${id(kontaktperson.id)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(kontaktperson.version),
      }),
  });

export const opretIndkaldelseMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['indkaldelser', 'opret', borgerId],
    mutationFn: (body: OpretIndkaldelse) =>
      apiFetch<Indkaldelse>(`/api/borgere/${id(borgerId)}/indkaldelser`, { method: 'POST', body }),
  });

export const opdaterIndkaldelseMutationOptions = () =>
  mutationOptions({
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
      apiFetch<Indkaldelse>(`/api/indkaldelser/${id(indkaldelseId)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(version),
      }),
  });

export const aflysIndkaldelseMutationOptions = () =>
  mutationOptions({
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

export const registrerValgMutationOptions = () =>
  mutationOptions({
    mutationKey: ['indkaldelser', 'moededeltagelsesvalg'],
    mutationFn: ({
      indkaldelseId,
      body,
    }: {
      indkaldelseId: string;
      body: { moedeform: number; digitaltMoedelink?: string };
    }) =>
      apiFetch<Indkaldelse>(`/api/indkaldelser/${id(indkaldelseId)}/moededeltagelsesvalg`, {
        method: 'POST',
        body,
      }),
  });

// ---------- after a change ----------

/** A meeting changed: the citizen's list, history and everyone's day views follow. */
export async function afterIndkaldelseChange(queryClient: QueryClient, borgerId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: indkaldelserQueryOptions(borgerId).queryKey }),
    queryClient.invalidateQueries({ queryKey: historikQueryOptions(borgerId).queryKey }),
    queryClient.invalidateQueries({ queryKey: ['moeder'] }),
    queryClient.invalidateQueries({ queryKey: ['indkaldelser'] }),
  ]);
}
