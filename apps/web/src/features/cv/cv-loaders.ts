import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { jobordrerQueryOptions } from '../../lib/queries';
import { startQuery } from '../../lib/query-client';
import { AABNE_JOBORDRER, cvQueryOptions } from './cv-queries';

/**
 * CV-søgning. The search itself starts in the page: its criteria include the free text from history state,
 * which a loader cannot see, and a search with the filters alone would be a wasted search in the access log.
 * The open jobordrer are fetched now, so "Foreslå til jobordre" shows them at once.
 */
export function cvSoegningLoader(queryClient: QueryClient) {
  return () => {
    startQuery(queryClient, jobordrerQueryOptions(AABNE_JOBORDRER));
    return null;
  };
}

/** A citizen's CV: the person page's CV tab, and the CV page a virksomhedskonsulent opens. */
export function cvLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (borgerIdParamSchema.safeParse({ id: params.id }).success && params.id) {
      startQuery(queryClient, cvQueryOptions(params.id));
    }
    return null;
  };
}
