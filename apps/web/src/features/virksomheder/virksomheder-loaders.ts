import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import { virksomhedSoegQuerySchema } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { virksomhedQueryOptions } from '../../lib/queries';
import { startQuery } from '../../lib/query-client';
import { virksomhedSoegQueryOptions } from './virksomheder-queries';

/** The search term from the URL when it is one the API accepts, else null (then nothing is searched). */
export function parseSoegning(raw: string | null): string | null {
  const parsed = virksomhedSoegQuerySchema.safeParse({ q: raw ?? '' });
  return parsed.success ? parsed.data.q : null;
}

export function virksomhedSoegLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const q = parseSoegning(new URL(request.url).searchParams.get('q'));
    if (q) startQuery(queryClient, virksomhedSoegQueryOptions(q));
    return null;
  };
}

export function virksomhedLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const cvr = params.cvr ?? '';
    if (isValidCvr(cvr)) startQuery(queryClient, virksomhedQueryOptions(cvr));
    return null;
  };
}
