import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { isBorgerId } from '../../lib/borger-outlet';
import { borgerQueryOptions, fravaerListeQueryOptions, indkaldelserQueryOptions } from '../../lib/queries';
import { startQuery } from '../../lib/query-client';
import { fravaersaarsagerQueryOptions } from './fravaer-queries';

/**
 * The Fravær tab: its list, and with the panel open the reasons for the citizen's kontaktgruppe (known once the
 * citizen is) and the meetings that the preview links to. Nothing here makes the navigation wait.
 */
export function fravaerFaneLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, fravaerListeQueryOptions(params.id));
    if (new URL(request.url).searchParams.has('registrer')) {
      startQuery(queryClient, indkaldelserQueryOptions(params.id));
      queryClient
        .ensureQueryData(borgerQueryOptions(params.id))
        .then((borger) => startQuery(queryClient, fravaersaarsagerQueryOptions(borger.kontaktgruppe)))
        .catch(() => {
          // The page shows the citizen's own failure.
        });
    }
    return null;
  };
}
