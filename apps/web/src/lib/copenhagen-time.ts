import { copenhagenDate, copenhagenOffsetMinutes } from '@jobcenter/domain/tid/copenhagen';

// The caseworker types a Copenhagen wall-clock date and time; the API takes instants with an offset and never
// offset-less local times (api.md, Conventions). These helpers turn one into the other across daylight saving.

const DATO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TID = /^([01]\d|2[0-3]):([0-5]\d)$/;

const tidFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A Copenhagen date (YYYY-MM-DD) and wall-clock time (HH:MM) as an ISO instant with its offset,
 * "2026-11-27T09.30" → "2026-11-27T09:30:00+01:00". Null when either is malformed, or when the time does not
 * exist that day (02.00–02.59 on the night summer time starts). A time that happens twice (the night summer
 * time ends) is the first of the two.
 */
export function toCopenhagenInstant(dato: string, tid: string): string | null {
  const d = DATO.exec(dato);
  const t = TID.exec(parseKlokkeslaet(tid) ?? '');
  if (!d || !t) return null;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 10) !== dato) return null;
  // Copenhagen is UTC+1 or UTC+2; the right offset is the one that is in force at the instant it gives.
  const offset = [120, 60].find(
    (candidate) => copenhagenOffsetMinutes(new Date(asUtc - candidate * 60_000)) === candidate,
  );
  if (offset === undefined) return null;
  return `${dato}T${t[1]}:${t[2]}:00${formatOffset(offset)}`;
}

/** The Copenhagen calendar date of an instant, for a date field: "2026-11-27". */
export function copenhagenDateOf(instant: string | Date): string {
  return copenhagenDate(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The Copenhagen wall-clock time of an instant, as a time field shows it: "09.30". */
export function copenhagenTimeOf(instant: string | Date): string {
  return visKlokkeslaet(tidFormat.format(typeof instant === 'string' ? new Date(instant) : instant));
}

/**
 * A clock time as a caseworker types it, as HH:MM: "930", "0930", "9.30", "09:30" are 09:30 and "9" is 09:00;
 * null when it is no time of day. Time fields are text fields because a browser's own time field follows the
 * machine's locale (12-hour with AM/PM on some), and typing four digits is the fastest way in.
 */
export function parseKlokkeslaet(tekst: string): string | null {
  const m = /^\s*(\d{1,2})(?:[.:]?(\d{2}))?\s*$/.exec(tekst);
  if (!m) return null;
  const timer = Number(m[1]);
  const minutter = Number(m[2] ?? '0');
  if (timer > 23 || minutter > 59) return null;
  return `${String(timer).padStart(2, '0')}:${String(minutter).padStart(2, '0')}`;
}

/** What a time field says when its text is no time of day. */
export const KLOKKESLAET_FORMAT = 'Skriv klokkeslættet som tt.mm, fx 09.30';

/** A clock time the Danish way (ux.md): "09:30" or "930" → "09.30"; text that is no time is kept as typed. */
export function visKlokkeslaet(tekst: string): string {
  return parseKlokkeslaet(tekst)?.replace(':', '.') ?? tekst;
}

/** Today in Copenhagen (YYYY-MM-DD). */
export function copenhagenToday(now: Date = new Date()): string {
  return copenhagenDate(now);
}

/** A time field's value plus some minutes, kept within the same day, as the field shows it: "9.30" + 30 → "10.00". */
export function addMinutesToTime(tid: string, minutes: number): string | null {
  const t = TID.exec(parseKlokkeslaet(tid) ?? '');
  if (!t) return null;
  const total = Math.min(23 * 60 + 59, Math.max(0, Number(t[1]) * 60 + Number(t[2]) + minutes));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}.${String(total % 60).padStart(2, '0')}`;
}

/** A calendar date plus whole days: "2026-10-24" + 1 → "2026-10-25" (no time zone involved). */
export function addDaysToDate(dato: string, days: number): string {
  const d = DATO.exec(dato);
  if (!d) return dato;
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days)).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  const d = DATO.exec(value);
  return d !== null && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}
