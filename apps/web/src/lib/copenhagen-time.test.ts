import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  addMinutesToTime,
  copenhagenDateOf,
  copenhagenTimeOf,
  parseKlokkeslaet,
  toCopenhagenInstant,
  visKlokkeslaet,
} from './copenhagen-time';

describe('a typed Copenhagen date and time as an instant', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(toCopenhagenInstant('2026-11-27', '09:30')).toBe('2026-11-27T09:30:00+01:00');
    expect(toCopenhagenInstant('2026-06-15', '09:30')).toBe('2026-06-15T09:30:00+02:00');
    expect(new Date(toCopenhagenInstant('2026-11-27', '09:30') ?? '').toISOString()).toBe(
      '2026-11-27T08:30:00.000Z',
    );
  });

  it('switches offset on the days daylight saving starts and ends', () => {
    expect(toCopenhagenInstant('2026-03-29', '01:59')).toBe('2026-03-29T01:59:00+01:00');
    expect(toCopenhagenInstant('2026-03-29', '03:00')).toBe('2026-03-29T03:00:00+02:00');
    expect(toCopenhagenInstant('2026-03-29', '09:30')).toBe('2026-03-29T09:30:00+02:00');
    expect(toCopenhagenInstant('2026-10-25', '09:30')).toBe('2026-10-25T09:30:00+01:00');
    expect(toCopenhagenInstant('2026-10-24', '09:30')).toBe('2026-10-24T09:30:00+02:00');
  });

  it('refuses a time that does not exist, and takes the first of a time that happens twice', () => {
    expect(toCopenhagenInstant('2026-03-29', '02:30')).toBeNull();
    expect(toCopenhagenInstant('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('refuses malformed dates and times', () => {
    expect(toCopenhagenInstant('2026-02-30', '09:30')).toBeNull();
    expect(toCopenhagenInstant('27.11.2026', '09:30')).toBeNull();
    expect(toCopenhagenInstant('2026-11-27', '24.00')).toBeNull();
    expect(toCopenhagenInstant('2026-11-27', '9.3')).toBeNull();
    expect(toCopenhagenInstant('', '')).toBeNull();
  });

  it('reads an instant back into the fields', () => {
    expect(copenhagenDateOf('2026-11-26T23:30:00Z')).toBe('2026-11-27');
    expect(copenhagenTimeOf('2026-11-26T23:30:00Z')).toBe('00.30');
    expect(copenhagenTimeOf('2026-06-15T07:30:00Z')).toBe('09.30');
  });
});

describe('a clock time as a caseworker types it (issue 18: typed, not a locale-bound time field)', () => {
  it('reads four digits, a dot or a colon, and a bare hour', () => {
    for (const typed of ['930', '0930', '9.30', '09.30', '9:30', '09:30', ' 0930 ']) {
      expect(parseKlokkeslaet(typed), typed).toBe('09:30');
    }
    expect(parseKlokkeslaet('9')).toBe('09:00');
    expect(parseKlokkeslaet('13')).toBe('13:00');
    expect(parseKlokkeslaet('1315')).toBe('13:15');
  });

  it('refuses what is no time of day', () => {
    for (const typed of ['', '24', '2400', '960', '9.3', '9.300', 'kl 9', '-1', '12:30:00', '９３０']) {
      expect(parseKlokkeslaet(typed), typed).toBeNull();
    }
  });

  it('shows a time the Danish way and leaves other text as typed', () => {
    expect(visKlokkeslaet('930')).toBe('09.30');
    expect(visKlokkeslaet('13:15')).toBe('13.15');
    expect(visKlokkeslaet('kl 9')).toBe('kl 9');
  });

  it('makes an instant of a typed time', () => {
    expect(toCopenhagenInstant('2026-11-27', '930')).toBe('2026-11-27T09:30:00+01:00');
    expect(toCopenhagenInstant('2026-11-27', '13.15')).toBe('2026-11-27T13:15:00+01:00');
  });
});

describe('time and date arithmetic on field values', () => {
  it('adds minutes within the day', () => {
    expect(addMinutesToTime('09:30', 30)).toBe('10.00');
    expect(addMinutesToTime('930', 45)).toBe('10.15');
    expect(addMinutesToTime('23.50', 30)).toBe('23.59');
    expect(addMinutesToTime('x', 30)).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDate('2026-03-01', -1)).toBe('2026-02-28');
  });
});
