import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../../lib/query-client';
import { isBorgerId } from './borgere-loaders';
import { indsatserQueryOptions } from './plan-queries';

export function planFaneLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, indsatserQueryOptions(params.id));
    return null;
  };
}
