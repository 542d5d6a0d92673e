import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import { jobordreQuerySchema } from '@jobcenter/domain/jobordre/jobordre.contract';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { z } from 'zod';
import type { JobordreFiltre } from '../../lib/paths';
import {
  jobcentreQueryOptions,
  jobordreQueryOptions,
  jobordrerQueryOptions,
  virksomhedQueryOptions,
} from '../../lib/queries';
import { startQuery } from '../../lib/query-client';

export interface ParsedeFiltre {
  /** What the API is asked, or null when a filter in the URL is not valid (then nothing is asked). */
  filtre: JobordreFiltre | null;
  /** The contract's message per invalid filter, for beside its field. */
  fejl: Partial<Record<keyof JobordreFiltre, string>>;
}

/** The list's filters from the URL, checked by the contract's own query schema. Empty values are absent. */
export function parseFiltre(searchParams: URLSearchParams): ParsedeFiltre {
  const raw: Record<string, string> = {};
  for (const key of ['status', 'q', 'cvrNummer'] as const) {
    const value = searchParams.get(key)?.trim();
    if (value) raw[key] = value;
  }
  const parsed = jobordreQuerySchema.safeParse(raw);
  if (parsed.success) return { filtre: parsed.data, fejl: {} };
  const fejl: ParsedeFiltre['fejl'] = {};
  for (const issue of parsed.error.issues) {
    const felt = issue.path[0];
    if (felt === 'status' || felt === 'q' || felt === 'cvrNummer') fejl[felt] ??= issue.message;
  }
  return { filtre: null, fejl };
}

export function jobordrerLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const { filtre } = parseFiltre(new URL(request.url).searchParams);
    if (filtre) startQuery(queryClient, jobordrerQueryOptions(filtre));
    return null;
  };
}

export function isJobordreId(value: string | undefined): value is string {
  return z.uuid().safeParse(value).success;
}

export function jobordreLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (isJobordreId(params.id)) startQuery(queryClient, jobordreQueryOptions(params.id));
    return null;
  };
}

/** The form's registers, and the company when the page is opened from its page (`?cvr=`). */
export function opretJobordreLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    startQuery(queryClient, jobcentreQueryOptions());
    const cvr = new URL(request.url).searchParams.get('cvr');
    if (cvr && isValidCvr(cvr)) startQuery(queryClient, virksomhedQueryOptions(cvr));
    return null;
  };
}
