// "Today", "active on a date" and a meeting's date are evaluated in Europe/Copenhagen time (api.md).

const DATE_IN_COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) that the instant falls on in Copenhagen. */
export function copenhagenDate(instant: Date): string {
  return DATE_IN_COPENHAGEN.format(instant);
}

/** True when `dato` (YYYY-MM-DD) lies within [fra, til]; an absent `til` is open-ended. */
export function isWithinPeriod(dato: string, fra: string, til: string | null): boolean {
  return fra <= dato && (til === null || dato <= til);
}
