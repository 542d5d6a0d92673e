import type {
  Formidling,
  Jobordre,
  JobordreDetalje,
  OpdaterJobordre,
  OpretJobordre,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import type { Virksomhed } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import type { JobordreFiltre } from './jobordrer-paths';

// TODO(contract): packages/domain has no schema for GET /api/jobcentre; this mirrors api.md until it does.
export interface JobcenterValg {
  nummer: string;
  navn: string;
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const id = (value: string) => encodeURIComponent(value);

function filterQuery(filtre: JobordreFiltre): string {
  const params = new URLSearchParams();
  if (filtre.status) params.set('status', String(filtre.status));
  if (filtre.q) params.set('q', filtre.q);
  if (filtre.cvrNummer) params.set('cvrNummer', filtre.cvrNummer);
  const query = params.toString();
  return query ? `?${query}` : '';
}

// ---------- queries ----------

export const jobordrerQueryOptions = (filtre: JobordreFiltre) =>
  queryOptions({
    queryKey: ['jobordrer', 'liste', filtre] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ items: Jobordre[] }>(`/api/jobordrer${filterQuery(filtre)}`, { signal }),
  });

export const jobordreQueryOptions = (jobordreId: string) =>
  queryOptions({
    queryKey: ['jobordrer', 'detalje', jobordreId] as const,
    queryFn: ({ signal }) => apiFetch<JobordreDetalje>(`/api/jobordrer/${id(jobordreId)}`, { signal }),
  });

/** The company behind a CVR number typed in the form: its name and P-units (same cache as its page). */
export const virksomhedQueryOptions = (cvr: string) =>
  queryOptions({
    queryKey: ['virksomheder', 'detalje', cvr] as const,
    queryFn: ({ signal }) => apiFetch<Virksomhed>(`/api/virksomheder/${id(cvr)}`, { signal }),
  });

export const jobcentreQueryOptions = () =>
  queryOptions({
    queryKey: ['jobcentre'] as const,
    queryFn: ({ signal }) => apiFetch<{ items: JobcenterValg[] }>('/api/jobcentre', { signal }),
    staleTime: 60 * 60_000,
  });

// ---------- mutations ----------

export const opretJobordreMutationOptions = () =>
  mutationOptions({
    mutationKey: ['jobordrer', 'opret'],
    mutationFn: (body: OpretJobordre) => apiFetch<Jobordre>('/api/jobordrer', { method: 'POST', body }),
  });

export const opdaterJobordreMutationOptions = () =>
  mutationOptions({
    mutationKey: ['jobordrer', 'opdater'],
    mutationFn: ({
      jobordreId,
      version,
      body,
    }: {
      jobordreId: string;
      version: number;
      body: OpdaterJobordre;
    }) =>
      apiFetch<JobordreDetalje>(`/api/jobordrer/${id(jobordreId)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(version),
      }),
  });

export const opretFormidlingMutationOptions = (jobordreId: string) =>
  mutationOptions({
    mutationKey: ['formidlinger', 'opret', jobordreId],
    mutationFn: (body: { borgerId: string; formidlingsstatus: number }) =>
      apiFetch<Formidling>(`/api/jobordrer/${id(jobordreId)}/formidlinger`, { method: 'POST', body }),
  });

export const opdaterFormidlingMutationOptions = () =>
  mutationOptions({
    mutationKey: ['formidlinger', 'opdater'],
    mutationFn: ({
      formidlingId,
      version,
      formidlingsstatus,
    }: {
      formidlingId: string;
      version: number;
      formidlingsstatus: number;
    }) =>
      apiFetch<Formidling>(`/api/formidlinger/${id(formidlingId)}`, {
        method: 'PATCH',
        body: { formidlingsstatus },
        headers: ifMatch(version),
      }),
  });

// ---------- after a change ----------

/**
 * A jobordre or one of its candidates changed: the lists, the company's page (its jobordrer and recent
 * formidlinger) and the citizens' histories follow.
 */
export async function afterJobordreChange(queryClient: QueryClient, jobordreId?: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['jobordrer', 'liste'] }),
    jobordreId
      ? queryClient.invalidateQueries({ queryKey: jobordreQueryOptions(jobordreId).queryKey })
      : Promise.resolve(),
    queryClient.invalidateQueries({ queryKey: ['virksomheder', 'detalje'] }),
    queryClient.invalidateQueries({ queryKey: ['borgere', 'detalje'] }),
  ]);
}
