import { type BeskedState, tekstFraState } from '../../lib/paths';

/**
 * A message carried to the search page in history state (after a citizen moved away): it is shown once,
 * and history state never holds a CPR number. `glemBorger` names the citizen whose cached data the search
 * page drops: only there is the person page certainly unmounted, so nothing refetches what was removed.
 */
export interface BorgereBesked extends BeskedState {
  glemBorger?: string;
}

export function glemBorgerFraState(state: unknown): string | null {
  return tekstFraState(state, 'glemBorger');
}

/** A name search (never a CPR search) kept in history state, so "back" finds the results again. */
export function navneSoegningFraState(state: unknown): string | null {
  return tekstFraState(state, 'navneSoegning');
}
