import type { Kontaktperson, OpretKontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import { mutationOptions } from '@tanstack/react-query';
import { apiFetch, ifMatch } from '../../lib/api-client';

export const opretKontaktpersonMutationOptions = (borgerId: string) =>
  mutationOptions({
    mutationKey: ['kontaktpersoner', 'opret', borgerId],
    mutationFn: (body: OpretKontaktperson) =>
      apiFetch<Kontaktperson>(`/api/borgere/${encodeURIComponent(borgerId)}/kontaktpersoner`, {
        method: 'POST',
        body,
      }),
  });

export const opdaterKontaktpersonMutationOptions = () =>
  mutationOptions({
    mutationKey: ['kontaktpersoner', 'opdater'],
    mutationFn: ({
      kontaktperson,
      body,
    }: {
      kontaktperson: Kontaktperson;
      body: Partial<OpretKontaktperson>;
    }) =>
      apiFetch<Kontaktperson>(`/api/kontaktpersoner/${encodeURIComponent(kontaktperson.id)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(kontaktperson.version),
      }),
  });
