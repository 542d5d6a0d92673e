import type { OpdaterJobordre, OpretJobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import {
  formidlingSchema,
  jobordreDetaljeSchema,
  jobordreSchema,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { apiFetch, ifMatch, isApiProblem } from '../../lib/api-client';
import { refreshOnStatus } from '../../lib/query-client';
import { borgerKeys, jobordreKeys, virksomhedKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

// ---------- mutations ----------

export const opretJobordreMutationOptions = () =>
  mutationOptions({
    mutationKey: ['jobordrer', 'opret'],
    onSuccess: (jobordre, _variables, _result, { client }) => {
      void afterJobordreChange(client);
      void client.invalidateQueries({ queryKey: jobordreKeys.detalje(jobordre.id) });
    },
    mutationFn: (body: OpretJobordre) =>
      apiFetch('/api/jobordrer', { method: 'POST', body, schema: jobordreSchema }),
  });

export const opdaterJobordreMutationOptions = () =>
  mutationOptions({
    mutationKey: ['jobordrer', 'opdater'],
    // The answer is the jobordre as it is now: shown at once, while the lists around it refresh.
    onSuccess: (jobordre, { jobordreId }, _result, { client }) => {
      client.setQueryData(jobordreKeys.detalje(jobordreId), jobordre);
      void afterJobordreChange(client);
    },
    // 403 (R19, another myndighed's jobordre): the page learns what it may do.
    onError: (error, { jobordreId }, _result, { client }) =>
      isApiProblem(error) && error.status === 403 ? void afterJobordreChange(client, jobordreId) : undefined,
    mutationFn: ({
      jobordreId,
      version,
      body,
    }: {
      jobordreId: string;
      version: number;
      body: OpdaterJobordre;
    }) =>
      apiFetch(`/api/jobordrer/${id(jobordreId)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(version),
        schema: jobordreDetaljeSchema,
      }),
  });

export const opretFormidlingMutationOptions = (jobordreId: string) =>
  mutationOptions({
    mutationKey: ['formidlinger', 'opret', jobordreId],
    // Awaited: the panel closes on the page with the new candidate.
    onSuccess: (_data, _variables, _result, { client }) => afterJobordreChange(client, jobordreId),
    // R18/R21 (409): the page learns the new state, so the action is disabled with its reason.
    onError: refreshOnStatus([409], (client) => afterJobordreChange(client, jobordreId)),
    mutationFn: (body: { borgerId: string; formidlingsstatus: number }) =>
      apiFetch(`/api/jobordrer/${id(jobordreId)}/formidlinger`, {
        method: 'POST',
        body,
        schema: formidlingSchema,
      }),
  });

export const opdaterFormidlingMutationOptions = (jobordreId: string) =>
  mutationOptions({
    mutationKey: ['formidlinger', 'opdater'],
    // Awaited: "Gemt" is said once the candidates show the new status.
    onSuccess: (_data, _variables, _result, { client }) => afterJobordreChange(client, jobordreId),
    onError: refreshOnStatus([409], (client) => afterJobordreChange(client, jobordreId)),
    mutationFn: ({
      formidlingId,
      version,
      formidlingsstatus,
    }: {
      formidlingId: string;
      version: number;
      formidlingsstatus: number;
    }) =>
      apiFetch(`/api/formidlinger/${id(formidlingId)}`, {
        method: 'PATCH',
        body: { formidlingsstatus },
        headers: ifMatch(version),
        schema: formidlingSchema,
      }),
  });

// ---------- after a change ----------

/**
 * A jobordre or one of its candidates changed: the lists, the company's page (its jobordrer and recent
 * formidlinger) and the citizens' histories follow.
 */
async function afterJobordreChange(queryClient: QueryClient, jobordreId?: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: jobordreKeys.lister() }),
    jobordreId
      ? queryClient.invalidateQueries({ queryKey: jobordreKeys.detalje(jobordreId) })
      : Promise.resolve(),
    queryClient.invalidateQueries({ queryKey: virksomhedKeys.detaljer() }),
    queryClient.invalidateQueries({ queryKey: borgerKeys.detaljer() }),
  ]);
}
