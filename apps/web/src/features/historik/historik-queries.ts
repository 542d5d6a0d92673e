import { historikSchema } from '@jobcenter/domain/borger/borger.contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { historikKeys } from '../../lib/query-keys';

/** Everything that happened on the citizen's case, newest first. */
export const historikQueryOptions = (borgerId: string) =>
  queryOptions({
    queryKey: historikKeys.borger(borgerId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/borgere/${encodeURIComponent(borgerId)}/historik`, { signal, schema: historikSchema }),
  });
