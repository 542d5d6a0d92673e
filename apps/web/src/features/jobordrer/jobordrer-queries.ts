import type {
  Formidling,
  Jobordre,
  JobordreDetalje,
  OpdaterJobordre,
  OpretJobordre,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch, ifMatch } from '../../lib/api-client';
import { jobordreKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

// ---------- queries ----------

export const jobordreQueryOptions = (jobordreId: string) =>
  queryOptions({
    queryKey: jobordreKeys.detalje(jobordreId),
    queryFn: ({ signal }) => apiFetch<JobordreDetalje>(`/api/jobordrer/${id(jobordreId)}`, { signal }),
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
