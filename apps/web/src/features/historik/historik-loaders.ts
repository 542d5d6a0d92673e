import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { isBorgerId } from '../../lib/borger-outlet';
import { startQuery } from '../../lib/query-client';
import { historikQueryOptions } from './historik-queries';

export function historikFaneLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, historikQueryOptions(params.id));
    return null;
  };
}
