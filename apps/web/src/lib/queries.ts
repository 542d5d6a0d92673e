import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Kontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import type { Indkaldelse, Moedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Indsats } from '@jobcenter/domain/plan/indsats.contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-client';
import { borgerKeys, indkaldelseKeys, indsatsKeys, kontaktpersonKeys, moedetilbudKeys } from './query-keys';

/*
 * The queries more than one feature reads, defined once: a feature may not import another feature, and two
 * copies with the same key and different options meant that whichever mounted first decided.
 */

const id = (value: string) => encodeURIComponent(value);

// ---------- borgere ----------

/** POST: a CPR number stays in the body, out of every URL (api.md). */
export interface SoegBorgerBody {
  cpr?: string;
  navn?: string;
}

/** The citizen search, for the Borgere page and for proposing a citizen to a jobordre. */
export const borgerSoegQueryOptions = (body: SoegBorgerBody) =>
  queryOptions({
    queryKey: borgerKeys.soeg(body),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Borger[] }>('/api/borgere/soeg', { method: 'POST', body, signal }),
    // A search result should not linger in memory with a CPR number in its key.
    gcTime: 60_000,
    // A citizen created a moment ago must be found.
    staleTime: 0,
  });

/** The citizen: the person page's frame, and the tabs that need its kontaktgruppe before the frame has it. */
export const borgerQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: borgerKeys.detalje(borgerId),
    queryFn: ({ signal }) => apiFetch<Borger>(`/api/borgere/${id(borgerId)}`, { signal }),
  });

// ---------- the person page's lists (its tabs, and the counts on them in the frame) ----------

export const indkaldelserQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: indkaldelseKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Indkaldelse[] }>(`/api/borgere/${id(borgerId)}/indkaldelser`, { signal }),
  });

export const kontaktpersonerQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: kontaktpersonKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Kontaktperson[] }>(`/api/borgere/${id(borgerId)}/kontaktpersoner`, { signal }),
  });

export const indsatserQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: indsatsKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Indsats[] }>(`/api/borgere/${id(borgerId)}/indsatser`, { signal }),
  });

// ---------- moedetilbud ----------

/** The jobcentre's offers: the Mødetilbud page, and the free slots in the summon panel. */
export const moedetilbudQueryOptions = () =>
  queryOptions({
    queryKey: moedetilbudKeys.all,
    queryFn: ({ signal }) => apiFetch<{ items: Moedetilbud[] }>('/api/moedetilbud', { signal }),
  });
