import type { Fravaer } from '@jobcenter/domain/fravaer/fravaer.contract';

export type FravaerStatus = 'aktiv' | 'kommende' | 'afsluttet';

/** Active today (the API's `aktiv`), coming (starts after `idag`, Copenhagen date) or ended. */
export function fravaerStatus(fravaer: Fravaer, idag: string): FravaerStatus {
  if (fravaer.aktiv) return 'aktiv';
  return fravaer.startdato > idag ? 'kommende' : 'afsluttet';
}

/**
 * What the Fravær tab counts, and says it counts: the active and coming fravær, the ones listed first and
 * still to be reckoned with (a tab that counted only today's showed 0 beside 3 coming sorgorlov).
 */
export function antalAktiveOgKommende(items: readonly Fravaer[], idag: string): number {
  return items.filter((fravaer) => fravaerStatus(fravaer, idag) !== 'afsluttet').length;
}
