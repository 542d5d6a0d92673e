export type BorgerFane = 'moeder' | 'fravaer' | 'plan' | 'joblog' | 'cv' | 'kontaktpersoner' | 'historik';

export const borgerFaner: readonly { fane: BorgerFane; tekst: string }[] = [
  { fane: 'moeder', tekst: 'Møder' },
  { fane: 'fravaer', tekst: 'Fravær' },
  { fane: 'plan', tekst: 'Plan' },
  { fane: 'joblog', tekst: 'Joblog' },
  { fane: 'cv', tekst: 'CV' },
  { fane: 'kontaktpersoner', tekst: 'Kontaktpersoner' },
  { fane: 'historik', tekst: 'Historik' },
];

/** The person page on a tab; Møder is the default. The citizen is addressed by id, never by CPR. */
export function borgerPath(borgerId: string, fane: BorgerFane = 'moeder'): string {
  return `/borgere/${encodeURIComponent(borgerId)}/${fane}`;
}

/** The Møder tab with the summon panel open ("Indkald til samtale"). */
export function indkaldPath(borgerId: string): string {
  return `${borgerPath(borgerId, 'moeder')}?indkald=ny`;
}

/** The Fravær tab with the "Registrér fravær" panel open. */
export function registrerFravaerPath(borgerId: string): string {
  return `${borgerPath(borgerId, 'fravaer')}?registrer=ny`;
}

/** The Joblog tab on a calendar month ("2026-11"): the month is in the URL. */
export function joblogPath(borgerId: string, maaned: string): string {
  return `${borgerPath(borgerId, 'joblog')}?${new URLSearchParams({ maaned }).toString()}`;
}

export const BORGERE_PATH = '/borgere';
export const OPRET_BORGER_PATH = '/borgere/ny';

/**
 * A message carried to the search page in history state (after a citizen moved away): it is shown once,
 * and history state never holds a CPR number. `glemBorger` names the citizen whose cached data the search
 * page drops: only there is the person page certainly unmounted, so nothing refetches what was removed.
 */
export interface BorgereBesked {
  besked: string;
  glemBorger?: string;
}

export function beskedFraState(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'besked' in state && typeof state.besked === 'string') {
    return state.besked;
  }
  return null;
}

export function glemBorgerFraState(state: unknown): string | null {
  if (
    typeof state === 'object' &&
    state !== null &&
    'glemBorger' in state &&
    typeof state.glemBorger === 'string'
  ) {
    return state.glemBorger;
  }
  return null;
}

/** A name search (never a CPR search) kept in history state, so "back" finds the results again. */
export function navneSoegningFraState(state: unknown): string | null {
  if (
    typeof state === 'object' &&
    state !== null &&
    'navneSoegning' in state &&
    typeof state.navneSoegning === 'string'
  ) {
    return state.navneSoegning;
  }
  return null;
}
