import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Kontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import type { Fravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { Jobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import type { Indkaldelse, Moedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Indsats } from '@jobcenter/domain/plan/indsats.contract';
import type { Virksomhed } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-client';
import type { JobordreFiltre } from './paths';
import {
  borgerKeys,
  fravaerKeys,
  indkaldelseKeys,
  indsatsKeys,
  jobordreKeys,
  kodelisteKeys,
  kontaktpersonKeys,
  moedetilbudKeys,
  virksomhedKeys,
} from './query-keys';

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

export const fravaerListeQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: fravaerKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Fravaer[] }>(`/api/borgere/${id(borgerId)}/fravaer`, { signal }),
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

// ---------- jobordrer ----------

function filterQuery(filtre: JobordreFiltre): string {
  const params = new URLSearchParams();
  if (filtre.status) params.set('status', String(filtre.status));
  if (filtre.q) params.set('q', filtre.q);
  if (filtre.cvrNummer) params.set('cvrNummer', filtre.cvrNummer);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The Jobordrer list, and (filtered on status 1) the open jobordrer a CV can be proposed to: one cache. */
export const jobordrerQueryOptions = (filtre: JobordreFiltre) =>
  queryOptions({
    queryKey: jobordreKeys.liste(filtre),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Jobordre[] }>(`/api/jobordrer${filterQuery(filtre)}`, { signal }),
  });

// ---------- virksomheder ----------

/** A company: its page, and the name and P-units behind a CVR number typed in the jobordre form. */
export const virksomhedQueryOptions = (cvr: string) =>
  queryOptions({
    queryKey: virksomhedKeys.detalje(cvr),
    queryFn: ({ signal }) => apiFetch<Virksomhed>(`/api/virksomheder/${id(cvr)}`, { signal }),
  });

// ---------- kodelister ----------

// TODO(contract): packages/domain has no schema for GET /api/jobcentre; this mirrors api.md until it does.
export interface JobcenterValg {
  nummer: string;
  navn: string;
}

/** The jobcentre, for moving a citizen and for a jobordre's jobcenter. */
export const jobcentreQueryOptions = () =>
  queryOptions({
    queryKey: kodelisteKeys.jobcentre,
    queryFn: ({ signal }) => apiFetch<{ items: JobcenterValg[] }>('/api/jobcentre', { signal }),
    staleTime: 60 * 60_000,
  });
