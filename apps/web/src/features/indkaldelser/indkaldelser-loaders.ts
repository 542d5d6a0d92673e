import {
  type MoedeAnsvarligFilter,
  mineMoederQuerySchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { copenhagenToday, isIsoDate } from '../../lib/copenhagen-time';
import { mineMoederPath } from '../../lib/paths';
import { moedetilbudQueryOptions } from '../../lib/queries';
import { startQuery } from '../../lib/query-client';
import { mineMoederQueryOptions } from './indkaldelser-queries';

/** The day from the URL when it is a real date, else null. */
export function parseDato(raw: string | null): string | null {
  const parsed = mineMoederQuerySchema.safeParse({ dato: raw ?? undefined });
  return parsed.success && parsed.data.dato && isIsoDate(parsed.data.dato) ? parsed.data.dato : null;
}

/** Whose meetings the URL asks for: the user's own unless it says `ansvarlig=alle` (Hele jobcentret). */
export function parseAnsvarlig(raw: string | null): MoedeAnsvarligFilter {
  return raw === 'alle' ? 'alle' : 'mig';
}

/** Today and the user's own meetings by default, with the day always in the URL (a link to "today" stays that day). */
export function mineMoederLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const ansvarlig = parseAnsvarlig(url.searchParams.get('ansvarlig'));
    if (!url.searchParams.has('dato')) throw redirect(mineMoederPath(copenhagenToday(), ansvarlig));
    const dato = parseDato(url.searchParams.get('dato'));
    if (dato) startQuery(queryClient, mineMoederQueryOptions(dato, ansvarlig));
    return null;
  };
}

/** The Møder tab: with the summon panel open, the offers it picks a free slot from. */
export function moederFaneLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    if (new URL(request.url).searchParams.has('indkald')) startQuery(queryClient, moedetilbudQueryOptions());
    return null;
  };
}
