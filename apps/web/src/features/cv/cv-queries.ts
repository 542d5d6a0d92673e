import type { Cv, CvSoegSvar, GemCv } from '@jobcenter/domain/cv/cv.contract';
import { cvSchema } from '@jobcenter/domain/cv/cv.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch, isApiProblem } from '../../lib/api-client';
import type { JobordreFiltre } from '../../lib/paths';
import { borgerKeys, cvKeys, historikKeys, jobordreKeys, virksomhedKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

export type CvResultat = CvSoegSvar['items'][number];

// ---------- queries ----------

/**
 * A citizen's CV, or null when the citizen has none yet (404 "Borgeren har ikke noget CV endnu"). Kept under
 * the citizen's key, so whatever refreshes the citizen refreshes the CV too.
 */
export const cvQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: cvKeys.borger(borgerId),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch(`/api/borgere/${id(borgerId)}/cv`, { signal, schema: cvSchema });
      } catch (error) {
        if (isApiProblem(error) && error.status === 404 && error.code === 'IKKE_FUNDET') return null;
        throw error;
      }
    },
  });

/** The open jobordrer a result can be proposed to: the Jobordrer list's own query on status 1, one cache. */
export const AABNE_JOBORDRER: JobordreFiltre = { status: 1 };

// ---------- mutations ----------

export const gemCvMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['cv', 'gem', borgerId],
    // Awaited: the form closes on the saved CV.
    onSuccess: (cv, _variables, _result, { client }) => afterCvChange(client, cv),
    mutationFn: (body: GemCv) =>
      apiFetch(`/api/borgere/${id(borgerId)}/cv`, { method: 'PUT', body, schema: cvSchema }),
  });

/** A proposal starts as 1 "Under vurdering". */
export const foreslaaMutationOptions = () =>
  mutationOptions({
    mutationKey: ['formidlinger', 'opret'],
    onSuccess: (_data, { jobordreId, borgerId }, _result, { client }) =>
      void afterFormidling(client, jobordreId, borgerId),
    // R18/R21 (409): the list learns the jobordre's new state, so it shows disabled with its reason.
    onError: (error, { jobordreId, borgerId }, _result, { client }) =>
      isApiProblem(error) && error.status === 409
        ? void afterFormidling(client, jobordreId, borgerId)
        : undefined,
    mutationFn: ({ jobordreId, borgerId }: { jobordreId: string; borgerId: string }) =>
      apiFetch<unknown>(`/api/jobordrer/${id(jobordreId)}/formidlinger`, {
        method: 'POST',
        body: { borgerId, formidlingsstatus: 1 },
      }),
  });

// ---------- after a change ----------

/** A CV was saved: the search results and the citizen's history (CV oprettet/opdateret) follow. */
async function afterCvChange(queryClient: QueryClient, cv: Cv): Promise<void> {
  queryClient.setQueryData(cvQueryOptions(cv.borgerId).queryKey, cv);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: cvKeys.soegninger() }),
    queryClient.invalidateQueries({ queryKey: historikKeys.borger(cv.borgerId) }),
  ]);
}

/** A proposal was made, or refused because the jobordre changed: the jobordrer and the citizen follow. */
async function afterFormidling(
  queryClient: QueryClient,
  jobordreId: string,
  borgerId: string,
): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: jobordreKeys.lister() }),
    queryClient.invalidateQueries({ queryKey: jobordreKeys.detalje(jobordreId) }),
    queryClient.invalidateQueries({ queryKey: virksomhedKeys.detaljer() }),
    queryClient.invalidateQueries({ queryKey: borgerKeys.detalje(borgerId) }),
  ]);
}
