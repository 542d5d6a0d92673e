import { joblogMaanedQuerySchema } from '@jobcenter/domain/joblog/joblog.contract';
import { copenhagenMaaned } from '@jobcenter/domain/joblog/joblog.rules';
import { addMonths } from '@jobcenter/domain/tid/dato';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { isBorgerId } from '../../lib/borger-outlet';
import { joblogPath } from '../../lib/paths';
import { startQuery } from '../../lib/query-client';
import { joblogQueryOptions } from './joblog-queries';

/** The calendar month now, in Copenhagen (R16): "2026-11". */
export function denneMaaned(nu: Date = new Date()): string {
  return copenhagenMaaned(nu);
}

/** The month from the URL when it is a real "YYYY-MM", else null. */
export function parseMaaned(raw: string | null): string | null {
  if (raw === null) return null;
  const parsed = joblogMaanedQuerySchema.safeParse({ maaned: raw });
  return parsed.success && parsed.data.maaned ? parsed.data.maaned : null;
}

/** "2026-11" ± whole months: "2026-11", -1 → "2026-10". */
export function flytMaaned(maaned: string, maaneder: number): string {
  return addMonths(`${maaned}-01`, maaneder).slice(0, 7);
}

const maanedFormat = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" → "november 2026". */
export function formatMaaned(maaned: string): string {
  return maanedFormat.format(new Date(`${maaned}-15T12:00:00Z`));
}

/** This month by default, with the month always in the URL (a link to "this month" stays that month). */
export function joblogFaneLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    if (!isBorgerId(params.id)) return null;
    const url = new URL(request.url);
    if (!url.searchParams.has('maaned')) throw redirect(joblogPath(params.id, denneMaaned()));
    const maaned = parseMaaned(url.searchParams.get('maaned'));
    if (maaned) startQuery(queryClient, joblogQueryOptions(params.id, maaned));
    return null;
  };
}
