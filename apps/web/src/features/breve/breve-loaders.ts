import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { isBorgerId } from '../../lib/borger-outlet';
import { startQuery } from '../../lib/query-client';
import { breveQueryOptions } from './breve-queries';

export function breveFaneLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, breveQueryOptions(params.id));
    return null;
  };
}
