/**
 * Issue 18: the ledighedsdato is the day the citizen's current unemployment began (domain.md), so it cannot lie
 * after today (Copenhagen time); a date in the future is refused, not stored.
 */
export function isLedighedsdatoIFremtiden(ledighedsdato: string, idag: string): boolean {
  return ledighedsdato > idag;
}

export const ledighedsdatoIFremtidenTekst = 'Ledighedsdatoen kan ikke ligge efter i dag';
