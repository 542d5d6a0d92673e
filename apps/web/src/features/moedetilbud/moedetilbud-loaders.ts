import type { QueryClient } from '@tanstack/react-query';
import { moedetilbudQueryOptions } from '../../lib/queries';
import { startQuery } from '../../lib/query-client';

export function moedetilbudLoader(queryClient: QueryClient) {
  return () => {
    startQuery(queryClient, moedetilbudQueryOptions());
    return null;
  };
}
