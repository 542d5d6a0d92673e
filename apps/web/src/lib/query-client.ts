import {
  type EnsureQueryDataOptions,
  type MutationFunctionContext,
  QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { isApiProblem } from './api-client';

/**
 * Only failures that may pass by themselves are retried (no connection, 5xx); a 4xx answer will not change
 * by asking again, and retrying it only delays the message the user needs.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return isApiProblem(error) && (error.status === 0 || error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * Starts (or reuses) a query from a route loader without making the navigation wait for it. The page then
 * shows its own loading skeleton at once, and a failure appears inside the page with "Prøv igen" instead of
 * replacing the page with the route's error element. The page reads the same query with `useQuery`.
 */
export function startQuery<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: EnsureQueryDataOptions<TData, Error, TData, TKey>,
): void {
  queryClient.ensureQueryData(options).catch(() => {
    // The page's useQuery shows this failure; nothing to do here.
  });
}

/**
 * A mutation's onError that refreshes what the screen shows when the API refused with one of `statuses`:
 * after a 412 the list shows the version someone else saved (and a new try builds on it), after a 409 or
 * 403 it shows the state a rule refused on (R18, R19, R21).
 */
export function refreshOnStatus(
  statuses: readonly number[],
  refresh: (queryClient: QueryClient) => Promise<unknown>,
): (error: Error, variables: unknown, onMutateResult: unknown, context: MutationFunctionContext) => void {
  return (error, _variables, _onMutateResult, { client }) => {
    if (isApiProblem(error) && statuses.includes(error.status)) void refresh(client);
  };
}
