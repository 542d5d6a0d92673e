import type { OphoerIndsats, OpretIndsats } from '@jobcenter/domain/plan/indsats.contract';
import { indsatsSchema } from '@jobcenter/domain/plan/indsats.contract';
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { borgerKeys, historikKeys, indsatsKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

export const opretIndsatsMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['indsatser', 'opret', borgerId],
    onSuccess: (_data, _variables, _result, { client }) => void afterIndsatsChange(client, borgerId),
    mutationFn: (body: OpretIndsats) =>
      apiFetch(`/api/borgere/${id(borgerId)}/indsatser`, { method: 'POST', body, schema: indsatsSchema }),
  });

/** R14: the API refuses 14 and 15 from a caseworker (OPHOERSAARSAG_KUN_VITAS); the form never offers them. */
export const ophoerIndsatsMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['indsatser', 'ophoer'],
    onSuccess: (_data, _variables, _result, { client }) => void afterIndsatsChange(client, borgerId),
    mutationFn: ({ indsatsId, body }: { indsatsId: string; body: OphoerIndsats }) =>
      apiFetch(`/api/indsatser/${id(indsatsId)}/ophoer`, { method: 'POST', body, schema: indsatsSchema }),
  });

/**
 * An indsats changed: the plan, the history and the citizen (R11: fravær 11 exempts from self-booking only
 * while the citizen is in an active indsats, so the chips can change too).
 */
async function afterIndsatsChange(queryClient: QueryClient, borgerId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: indsatsKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: historikKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: borgerKeys.detalje(borgerId), exact: true }),
  ]);
}
