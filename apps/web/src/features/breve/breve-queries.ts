import { brevSchema } from '@jobcenter/domain/brev/brev.contract';
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { refreshOnStatus } from '../../lib/query-client';
import { breveKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

// ---------- mutations ----------

export const sendIgenMutationOptions = (borgerId: string) =>
  mutationOptions({
    onSuccess: (_data, _variables, _result, { client }) => void afterBrevChange(client, borgerId),
    // 409 BREV_IKKE_FEJLET: the letter has moved on (someone else sent it again); show where it is now.
    onError: refreshOnStatus([409], (client) => afterBrevChange(client, borgerId)),
    mutationKey: ['breve', 'send-igen'],
    mutationFn: (brevId: string) =>
      apiFetch(`/api/breve/${id(brevId)}/send-igen`, { method: 'POST', schema: brevSchema }),
  });

// ---------- after a change ----------

/** A letter changed state: the citizen's list of letters follows. */
async function afterBrevChange(queryClient: QueryClient, borgerId: string): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: breveKeys.borger(borgerId) });
}
