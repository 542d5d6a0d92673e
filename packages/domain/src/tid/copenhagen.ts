// "Today", "active on a date" and a meeting's date are evaluated in Europe/Copenhagen time (api.md).

const DATE_IN_COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The day asked for last, with its bounds: nearly every request asks for today several times, and Intl's
// formatter costs microseconds each time (ADR 0013, fifth round).
const ISO_DATO = /^\d{4}-\d{2}-\d{2}$/;
let senesteDag: { fra: number; til: number; dato: string } | null = null;

/** The calendar date (YYYY-MM-DD) that the instant falls on in Copenhagen. */
export function copenhagenDate(instant: Date): string {
  const t = instant.getTime();
  if (senesteDag && t >= senesteDag.fra && t < senesteDag.til) return senesteDag.dato;
  const dato = DATE_IN_COPENHAGEN.format(instant);
  // Kept only when the bounds are the day's to the millisecond, as the formatter itself says: before 1893
  // Copenhagen kept local mean time (UTC+0:53:28 in the time-zone data), and a year past 9999 has no ISO form.
  if (ISO_DATO.test(dato)) {
    const [fra, til] = copenhagenDayBounds(dato).map((d) => d.getTime()) as [number, number];
    const dag = (ms: number) => DATE_IN_COPENHAGEN.format(ms);
    if (dag(fra) === dato && dag(til - 1) === dato && dag(fra - 1) !== dato && dag(til) !== dato) {
      senesteDag = { fra, til, dato };
    }
  }
  return dato;
}

/** True when `dato` (YYYY-MM-DD) lies within [fra, til]; an absent `til` is open-ended. */
export function isWithinPeriod(dato: string, fra: string, til: string | null): boolean {
  return fra <= dato && (til === null || dato <= til);
}

const OFFSET_IN_COPENHAGEN = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  timeZoneName: 'shortOffset',
});

/** Copenhagen's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: Date): number {
  const name =
    OFFSET_IN_COPENHAGEN.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant that a Copenhagen calendar day (YYYY-MM-DD) begins. */
export function copenhagenStartOfDay(dato: string): Date {
  const utcMidnight = Date.parse(`${dato}T00:00:00Z`);
  // Daylight saving changes at 02.00/03.00, so the offset two hours before UTC midnight is the one at local midnight.
  const offset = copenhagenOffsetMinutes(new Date(utcMidnight - 2 * 3_600_000));
  return new Date(utcMidnight - offset * 60_000);
}

/** [start, end) of a Copenhagen calendar day as instants. */
export function copenhagenDayBounds(dato: string): [Date, Date] {
  const next = new Date(Date.parse(`${dato}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [copenhagenStartOfDay(dato), copenhagenStartOfDay(next)];
}
