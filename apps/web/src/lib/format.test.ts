import { describe, expect, it } from 'vitest';
import {
  formatDato,
  formatDatoTid,
  formatKalenderdato,
  formatRelativ,
  formatTid,
  formatTidsrum,
  formatUgedagDato,
  formatVentetid,
} from './format';

describe('date and time in Europe/Copenhagen', () => {
  it('shows summer time as UTC+2 and winter time as UTC+1', () => {
    expect(formatDatoTid('2026-10-01T08:15:00Z')).toBe('01.10.2026 kl. 10.15');
    expect(formatDatoTid('2026-11-27T08:30:00Z')).toBe('27.11.2026 kl. 09.30');
  });

  it('jumps from 01.59 to 03.00 when summer time starts (29 March 2026)', () => {
    expect(formatTid('2026-03-29T00:59:00Z')).toBe('01.59');
    expect(formatTid('2026-03-29T01:00:00Z')).toBe('03.00');
  });

  it('shows 02.30 twice when summer time ends (25 October 2026)', () => {
    expect(formatDatoTid('2026-10-25T00:30:00Z')).toBe('25.10.2026 kl. 02.30');
    expect(formatDatoTid('2026-10-25T01:30:00Z')).toBe('25.10.2026 kl. 02.30');
    expect(formatTid('2026-10-25T02:30:00Z')).toBe('03.30');
  });

  it("uses Copenhagen's calendar day, not UTC's, around midnight", () => {
    expect(formatDato('2026-11-26T23:30:00Z')).toBe('27.11.2026');
    expect(formatTid('2026-11-26T23:30:00Z')).toBe('00.30');
    expect(formatDato('2026-06-30T22:30:00+00:00')).toBe('01.07.2026');
  });

  it('accepts instants with an offset and fractional seconds', () => {
    expect(formatDatoTid('2026-11-27T09:30:00.123+01:00')).toBe('27.11.2026 kl. 09.30');
    expect(formatDatoTid(new Date(Date.UTC(2026, 0, 5, 7, 5)))).toBe('05.01.2026 kl. 08.05');
  });

  it('shows a calendar date from the API without moving it to another day', () => {
    expect(formatKalenderdato('2026-11-01')).toBe('01.11.2026');
    expect(formatKalenderdato('2027-01-31')).toBe('31.01.2027');
  });
});

describe('relative time', () => {
  const nu = new Date('2026-10-04T10:00:00Z');

  it('says "for … siden" about the past and "om …" about the future, in Danish', () => {
    expect(formatRelativ('2026-10-01T08:15:00Z', nu)).toBe('for 3 dage siden');
    expect(formatRelativ('2026-10-04T07:00:00Z', nu)).toBe('for 3 timer siden');
    expect(formatRelativ('2026-10-04T12:00:00Z', nu)).toBe('om 2 timer');
    expect(formatRelativ('2026-10-04T09:59:30Z', nu)).toBe('lige nu');
  });
});

describe('waiting time', () => {
  it('rounds a Retry-After up to whole minutes, and keeps seconds under a minute', () => {
    expect(formatVentetid(840)).toBe('14 minutter');
    expect(formatVentetid(61)).toBe('2 minutter');
    expect(formatVentetid(60)).toBe('1 minut');
    expect(formatVentetid(30)).toBe('30 sekunder');
  });
});

describe('meeting times and days', () => {
  it('shows a span on one day with the date once, in Copenhagen time', () => {
    expect(formatTidsrum('2026-11-27T08:30:00Z', '2026-11-27T09:00:00Z')).toBe('27.11.2026 kl. 09.30–10.00');
    expect(formatTidsrum('2026-11-27T22:30:00Z', '2026-11-27T23:30:00Z')).toBe(
      '27.11.2026 kl. 23.30 – 28.11.2026 kl. 00.30',
    );
  });

  it('names the weekday of a calendar date', () => {
    expect(formatUgedagDato('2026-11-27')).toBe('fredag 27.11.2026');
  });
});
