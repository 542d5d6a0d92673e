import type { Virksomhed, VirksomhedSoegSvar } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';

export const virksomhedSoegQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['virksomheder', 'soeg', q] as const,
    queryFn: ({ signal }) =>
      apiFetch<VirksomhedSoegSvar>(`/api/virksomheder?q=${encodeURIComponent(q)}`, { signal }),
  });

export const virksomhedQueryOptions = (cvr: string) =>
  queryOptions({
    queryKey: ['virksomheder', 'detalje', cvr] as const,
    queryFn: ({ signal }) => apiFetch<Virksomhed>(`/api/virksomheder/${encodeURIComponent(cvr)}`, { signal }),
  });
