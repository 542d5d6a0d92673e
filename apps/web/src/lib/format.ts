import { formatDistanceStrict, formatDuration } from 'date-fns';
import { da } from 'date-fns/locale';

// Everything a caseworker sees is Copenhagen time, whatever the browser's own time zone is (ux.md).
const TIDSZONE = 'Europe/Copenhagen';

const datoTidFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: TIDSZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type Instant = Date | string;

function dele(instant: Instant): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of datoTidFormat.formatToParts(toDate(instant))) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = part.value;
  }
  return parts;
}

function toDate(instant: Instant): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** The Copenhagen calendar date of an instant: "27.11.2026". */
export function formatDato(instant: Instant): string {
  const { day, month, year } = dele(instant);
  return `${day}.${month}.${year}`;
}

/** The Copenhagen wall-clock time of an instant: "09.30". */
export function formatTid(instant: Instant): string {
  const { hour, minute } = dele(instant);
  return `${hour}.${minute}`;
}

/** "01.10.2026 kl. 10.15" in Copenhagen time. */
export function formatDatoTid(instant: Instant): string {
  const { day, month, year, hour, minute } = dele(instant);
  return `${day}.${month}.${year} kl. ${hour}.${minute}`;
}

/**
 * A calendar date from the API ("2026-11-27", no time zone) as "27.11.2026". It is deliberately not turned
 * into a Date: midnight UTC falls on the previous day in some zones and would show the wrong date.
 */
export function formatKalenderdato(isoDato: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDato);
  if (!match) return isoDato;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** "for 3 dage siden" / "om 2 timer". date-fns' Danish locale leaves out the "for" that Danish needs. */
export function formatRelativ(instant: Instant, nu: Date = new Date()): string {
  const dato = toDate(instant);
  if (Math.abs(dato.getTime() - nu.getTime()) < 60_000) return 'lige nu';
  const tekst = formatDistanceStrict(dato, nu, { locale: da, addSuffix: true });
  return dato.getTime() < nu.getTime() ? `for ${tekst}` : tekst;
}

/** A wait in seconds (Retry-After) in Danish, rounded up to whole minutes from one minute: "15 minutter". */
export function formatVentetid(sekunder: number): string {
  if (sekunder < 60) return formatDuration({ seconds: Math.max(1, Math.ceil(sekunder)) }, { locale: da });
  return formatDuration({ minutes: Math.ceil(sekunder / 60) }, { locale: da });
}

/**
 * A meeting's time span: "27.11.2026 kl. 09.30–10.00", or with both dates when it runs past midnight
 * (Copenhagen's calendar decides).
 */
export function formatTidsrum(start: Instant, slut: Instant): string {
  if (formatDato(start) === formatDato(slut)) return `${formatDatoTid(start)}–${formatTid(slut)}`;
  return `${formatDatoTid(start)} – ${formatDatoTid(slut)}`;
}

const ugedagFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', weekday: 'long' });

/** A calendar date with its Danish weekday: "fredag 27.11.2026". */
export function formatUgedagDato(isoDato: string): string {
  const date = new Date(`${isoDato}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDato;
  return `${ugedagFormat.format(date)} ${formatKalenderdato(isoDato)}`;
}
