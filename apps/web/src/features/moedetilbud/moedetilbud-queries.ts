import type { OpretMoedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
import { moedetilbudSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { moedetilbudKeys } from '../../lib/query-keys';

export const opretMoedetilbudMutationOptions = () =>
  mutationOptions({
    mutationKey: ['moedetilbud', 'opret'],
    onSuccess: (_data, _variables, _result, { client }) => void afterMoedetilbudChange(client),
    mutationFn: (body: OpretMoedetilbud) =>
      apiFetch('/api/moedetilbud', { method: 'POST', body, schema: moedetilbudSchema }),
  });

/** An offer was added: this page's list and the summon panel's free slots read the same query. */
async function afterMoedetilbudChange(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: moedetilbudKeys.all });
}
