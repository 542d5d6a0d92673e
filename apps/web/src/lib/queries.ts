import { borgerListeSchema, borgerSchema } from '@jobcenter/domain/borger/borger.contract';
import { kontaktpersonListeSchema } from '@jobcenter/domain/borger/kontaktperson.contract';
import { brevListeSchema } from '@jobcenter/domain/brev/brev.contract';
import { type CvSoeg, cvSoegSvarSchema } from '@jobcenter/domain/cv/cv.contract';
import { fravaerListeSchema } from '@jobcenter/domain/fravaer/fravaer.contract';
import { jobordreDetaljeSchema, jobordreListeSchema } from '@jobcenter/domain/jobordre/jobordre.contract';
import { indkaldelseListeSchema, moedetilbudListeSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import { indsatsListeSchema } from '@jobcenter/domain/plan/indsats.contract';
import { virksomhedSchema } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-client';
import type { JobordreFiltre } from './paths';
import {
  borgerKeys,
  breveKeys,
  cvKeys,
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
      apiFetch('/api/borgere/soeg', { method: 'POST', body, signal, schema: borgerListeSchema }),
    // A search result should not linger in memory with a CPR number in its key.
    gcTime: 60_000,
    // A citizen created a moment ago must be found.
    staleTime: 0,
  });

/** The citizen: the person page's frame, and the tabs that need its kontaktgruppe before the frame has it. */
export const borgerQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: borgerKeys.detalje(borgerId),
    queryFn: ({ signal }) => apiFetch(`/api/borgere/${id(borgerId)}`, { signal, schema: borgerSchema }),
  });

// ---------- the person page's lists (its tabs, and the counts on them in the frame) ----------

/**
 * Every letter and reminder to the citizen, newest first: the frame's warning when one could not be delivered,
 * and the Breve og beskeder tab, which asks again each time it opens (the outbox changes the letters' state in
 * the background, and a meeting made elsewhere writes new ones).
 */
export const breveQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: breveKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/breve`, { signal, schema: brevListeSchema }),
  });

export const indkaldelserQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: indkaldelseKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/indkaldelser`, { signal, schema: indkaldelseListeSchema }),
  });

export const kontaktpersonerQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: kontaktpersonKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/kontaktpersoner`, { signal, schema: kontaktpersonListeSchema }),
  });

export const fravaerListeQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: fravaerKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/fravaer`, { signal, schema: fravaerListeSchema }),
  });

export const indsatserQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: indsatsKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/indsatser`, { signal, schema: indsatsListeSchema }),
  });

// ---------- cv ----------

/** What one CV search asks: filters and free text (the text only ever travels in the body). */
export type CvKriterier = Omit<CvSoeg, 'cursor'>;

/**
 * CV-søgning, one page per cursor: the CV-søgning page, and the search in a jobordre's "Foreslå borger".
 * POST: the free text stays in the body, out of every URL and request log (api.md). It may stand in this
 * key, which lives in memory only.
 */
export const cvSoegQueryOptions = (kriterier: CvKriterier) =>
  infiniteQueryOptions({
    queryKey: cvKeys.soeg(kriterier),
    queryFn: ({ pageParam, signal }) => {
      const body: CvSoeg = pageParam ? { ...kriterier, cursor: pageParam } : { ...kriterier };
      return apiFetch('/api/cv/soeg', { method: 'POST', body, signal, schema: cvSoegSvarSchema });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (side) => side.nextCursor,
    // A new criterion keeps the previous result (and its facets) in place until the new one arrives.
    placeholderData: keepPreviousData,
    // Every search is recorded in the access log (api.md): it is not kept around for long.
    gcTime: 60_000,
  });

// ---------- moedetilbud ----------

/** The jobcentre's offers: the Mødetilbud page, and the free slots in the summon panel. */
export const moedetilbudQueryOptions = () =>
  queryOptions({
    queryKey: moedetilbudKeys.all,
    queryFn: ({ signal }) => apiFetch('/api/moedetilbud', { signal, schema: moedetilbudListeSchema }),
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
      apiFetch(`/api/jobordrer${filterQuery(filtre)}`, { signal, schema: jobordreListeSchema }),
  });

/** A jobordre with its candidates: its page, and CV-søgning with the jobordre chosen (who is proposed already). */
export const jobordreQueryOptions = (jobordreId: string) =>
  queryOptions({
    queryKey: jobordreKeys.detalje(jobordreId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/jobordrer/${id(jobordreId)}`, { signal, schema: jobordreDetaljeSchema }),
  });

// ---------- virksomheder ----------

/** A company: its page, and the name and P-units behind a CVR number typed in the jobordre form. */
export const virksomhedQueryOptions = (cvr: string) =>
  queryOptions({
    queryKey: virksomhedKeys.detalje(cvr),
    queryFn: ({ signal }) => apiFetch(`/api/virksomheder/${id(cvr)}`, { signal, schema: virksomhedSchema }),
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
