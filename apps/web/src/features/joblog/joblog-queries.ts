import { joblogMaanedSchema } from '@jobcenter/domain/joblog/joblog.contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { joblogKeys } from '../../lib/query-keys';

const id = (value: string) => encodeURIComponent(value);

/** One calendar month of the citizen's joblog (R16: the requirement follows the calendar month). */
export const joblogQueryOptions = (borgerId: string, maaned: string) =>
  queryOptions({
    queryKey: joblogKeys.maaned(borgerId, maaned),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${id(borgerId)}/joblog?${new URLSearchParams({ maaned }).toString()}`, {
        signal,
        schema: joblogMaanedSchema,
      }),
  });
