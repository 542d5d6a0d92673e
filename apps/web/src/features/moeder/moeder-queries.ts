import type {
  Indkaldelse,
  Moedetilbud,
  OpretMoedetilbud,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';

/** The meetings of the user's jobcentre on one Copenhagen day. */
export const mineMoederQueryOptions = (dato: string) =>
  queryOptions({
    queryKey: ['moeder', dato] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ items: Indkaldelse[] }>(`/api/moeder?dato=${encodeURIComponent(dato)}`, { signal }),
  });

export const moedetilbudListeQueryOptions = () =>
  queryOptions({
    queryKey: ['moedetilbud'] as const,
    queryFn: ({ signal }) => apiFetch<{ items: Moedetilbud[] }>('/api/moedetilbud', { signal }),
  });

export const opretMoedetilbudMutationOptions = () =>
  mutationOptions({
    mutationKey: ['moedetilbud', 'opret'],
    mutationFn: (body: OpretMoedetilbud) =>
      apiFetch<Moedetilbud>('/api/moedetilbud', { method: 'POST', body }),
  });

export async function afterMoedetilbudChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: moedetilbudListeQueryOptions().queryKey }),
    // The summon panel's free slots read the same offers under the citizens' feature key.
    queryClient.invalidateQueries({ queryKey: ['borgere', 'moedetilbud'] }),
  ]);
}
