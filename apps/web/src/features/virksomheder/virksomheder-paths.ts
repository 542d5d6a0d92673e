/** The search page, with the search term when there is one. */
export function soegPath(q?: string | null): string {
  return q ? `/virksomheder?${new URLSearchParams({ q }).toString()}` : '/virksomheder';
}

export function virksomhedPath(cvrNummer: string): string {
  return `/virksomheder/${encodeURIComponent(cvrNummer)}`;
}

/**
 * The company link carries the search in history state rather than in the company's URL, so the page's
 * address stays the company's own and "Tilbage til søgningen" still finds the results (also after a reload).
 */
export interface FraSoegning {
  soegning: string;
}

export function soegningFraState(state: unknown): string | null {
  if (
    typeof state === 'object' &&
    state !== null &&
    'soegning' in state &&
    typeof state.soegning === 'string'
  ) {
    return state.soegning;
  }
  return null;
}

/** The visit sheet for print (one A4 page). */
export function besoegsarkPath(cvrNummer: string): string {
  return `${virksomhedPath(cvrNummer)}/besoegsark`;
}

export function jobordrePath(jobordreId: string): string {
  return `/jobordrer/${encodeURIComponent(jobordreId)}`;
}

/** "Opret jobordre" with the company filled in. */
export function opretJobordrePath(cvrNummer: string): string {
  return `/jobordrer/ny?${new URLSearchParams({ cvr: cvrNummer }).toString()}`;
}
