import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { startQuery } from '../../lib/query-client';
import { borgerPath } from './borgere-paths';
import {
  akasserQueryOptions,
  borgerQueryOptions,
  historikQueryOptions,
  indkaldelserQueryOptions,
  kontaktpersonerQueryOptions,
  moedetilbudQueryOptions,
} from './borgere-queries';
import { fravaerListeQueryOptions } from './fravaer-queries';
import { indsatserQueryOptions } from './plan-queries';

export function isBorgerId(value: string | undefined): value is string {
  return borgerIdParamSchema.safeParse({ id: value }).success;
}

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
  return redirect(borgerPath(params.id ?? ''));
}

export function moederFaneLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    if (new URL(request.url).searchParams.has('indkald')) startQuery(queryClient, moedetilbudQueryOptions());
    return null;
  };
}

export function historikFaneLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    startQuery(queryClient, historikQueryOptions(params.id));
    return null;
  };
}
