import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { isBorgerId } from '../../lib/borger-outlet';
import { borgerPath, STANDARD_FANE } from '../../lib/paths';
import {
  borgerQueryOptions,
  fravaerListeQueryOptions,
  indkaldelserQueryOptions,
  indsatserQueryOptions,
  kontaktpersonerQueryOptions,
} from '../../lib/queries';
import { startQuery } from '../../lib/query-client';
import { akasserQueryOptions } from './borgere-queries';

export function opretBorgerLoader(queryClient: QueryClient) {
  return () => {
    startQuery(queryClient, akasserQueryOptions());
    return null;
  };
}

/** The person page's frame: the citizen and the counts on the tabs. */
export function borgerLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, borgerQueryOptions(params.id));
    startQuery(queryClient, indkaldelserQueryOptions(params.id));
    startQuery(queryClient, kontaktpersonerQueryOptions(params.id));
    startQuery(queryClient, fravaerListeQueryOptions(params.id));
    startQuery(queryClient, indsatserQueryOptions(params.id));
    return null;
  };
}

/** /borgere/:id shows the default tab with its own address, so every tab is in the URL. */
export function borgerIndexLoader({ params }: LoaderFunctionArgs) {
  return redirect(borgerPath(params.id ?? '', STANDARD_FANE));
}
