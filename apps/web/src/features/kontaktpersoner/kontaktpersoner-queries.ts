import type { Kontaktperson, OpretKontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import { kontaktpersonSchema } from '@jobcenter/domain/borger/kontaktperson.contract';
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { apiFetch, ifMatch } from '../../lib/api-client';
import { historikKeys, kontaktpersonKeys } from '../../lib/query-keys';

export const opretKontaktpersonMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['kontaktpersoner', 'opret', borgerId],
    onSuccess: (_data, _variables, _result, { client }) => void afterKontaktpersonChange(client, borgerId),
    mutationFn: (body: OpretKontaktperson) =>
      apiFetch(`/api/borgere/${encodeURIComponent(borgerId)}/kontaktpersoner`, {
        method: 'POST',
        body,
        schema: kontaktpersonSchema,
      }),
  });

export const opdaterKontaktpersonMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['kontaktpersoner', 'opdater'],
    onSuccess: (_data, _variables, _result, { client }) => void afterKontaktpersonChange(client, borgerId),
    mutationFn: ({
      kontaktperson,
      body,
    }: {
      kontaktperson: Kontaktperson;
      body: Partial<OpretKontaktperson>;
    }) =>
      apiFetch(`/api/kontaktpersoner/${encodeURIComponent(kontaktperson.id)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(kontaktperson.version),
        schema: kontaktpersonSchema,
      }),
  });

/** A contact person changed: the citizen's list and history follow. */
async function afterKontaktpersonChange(queryClient: QueryClient, borgerId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: kontaktpersonKeys.borger(borgerId) }),
    queryClient.invalidateQueries({ queryKey: historikKeys.borger(borgerId) }),
  ]);
}
