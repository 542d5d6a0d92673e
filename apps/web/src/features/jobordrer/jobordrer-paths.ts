export const JOBORDRER_PATH = '/jobordrer';

/** The list's filters as they stand in the URL: `/jobordrer?status=1&cvrNummer=31501202&q=tømrer`. */
export interface JobordreFiltre {
  status?: number | undefined;
  cvrNummer?: string | undefined;
  q?: string | undefined;
}

export function jobordrerPath(filtre: JobordreFiltre = {}): string {
  const params = new URLSearchParams();
  if (filtre.status) params.set('status', String(filtre.status));
  if (filtre.cvrNummer) params.set('cvrNummer', filtre.cvrNummer);
  if (filtre.q) params.set('q', filtre.q);
  const query = params.toString();
  return query ? `${JOBORDRER_PATH}?${query}` : JOBORDRER_PATH;
}

export function jobordrePath(jobordreId: string): string {
  return `${JOBORDRER_PATH}/${encodeURIComponent(jobordreId)}`;
}

/** "Opret jobordre", with the company filled in when coming from its page. */
export function opretJobordrePath(cvrNummer?: string | null): string {
  return cvrNummer
    ? `${JOBORDRER_PATH}/ny?${new URLSearchParams({ cvr: cvrNummer }).toString()}`
    : `${JOBORDRER_PATH}/ny`;
}

export function virksomhedPath(cvrNummer: string): string {
  return `/virksomheder/${encodeURIComponent(cvrNummer)}`;
}

/** A citizen's page; only for the user's own myndighed's citizens (the API names no others). */
export function borgerPath(borgerId: string): string {
  return `/borgere/${encodeURIComponent(borgerId)}`;
}

/** A message carried to the next page in history state ("Jobordren er oprettet"), shown once. */
export interface JobordreBesked {
  besked: string;
}

export function beskedFraState(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'besked' in state && typeof state.besked === 'string') {
    return state.besked;
  }
  return null;
}
