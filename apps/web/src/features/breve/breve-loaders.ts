import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { isBorgerId } from '../../lib/borger-outlet';
import { breveQueryOptions } from '../../lib/queries';
import { startQuery } from '../../lib/query-client';

export function breveFaneLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, breveQueryOptions(params.id));
    return null;
  };
}
