import { describe, expect, it } from 'vitest';
import { copenhagenDate, copenhagenDayBounds, isWithinPeriod } from './copenhagen.js';

describe('copenhagenDate', () => {
  it('puts 23:30 UTC on the next day in winter (UTC+1)', () => {
    expect(copenhagenDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });
  it('puts 22:30 UTC on the next day in summer (UTC+2)', () => {
    expect(copenhagenDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
  it('keeps 22:59 UTC on the same day in winter', () => {
    expect(copenhagenDate(new Date('2026-11-30T22:59:00Z'))).toBe('2026-11-30');
  });
  it('gives the calendar day around both daylight-saving changes, wartime summer time and local mean time, asked in any order', () => {
    const kalender = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', dateStyle: 'short' });
    const instants: Date[] = [];
    for (const dag of [
      '2026-03-28',
      '2026-10-24',
      '2026-12-31',
      '1940-05-14',
      '1890-01-01',
      '0001-01-01',
      '9999-12-30',
    ]) {
      const start = Date.parse(`${dag}T00:00:00Z`);
      // Every quarter hour and a second either side of it, so a bound off by seconds (local mean time) shows.
      for (let i = 0; i < 4 * 72; i++)
        for (const s of [-1, 0, 1]) instants.push(new Date(start + i * 15 * 60_000 + s * 1000));
      for (let i = 0; i < 40 * 60; i++)
        instants.push(new Date(start + 22 * 3_600_000 + 50 * 60_000 + i * 1000));
    }
    const blandet = [...instants, ...instants.toReversed(), ...instants.filter((_, i) => i % 7 === 3)];
    for (const instant of blandet)
      expect(copenhagenDate(instant), instant.toISOString()).toBe(kalender.format(instant));
  });
  it("says where the last millisecond of a Copenhagen day falls, the day's own or the next", () => {
    expect(copenhagenDate(new Date('2026-03-28T22:59:59.999Z'))).toBe('2026-03-28');
    expect(copenhagenDate(new Date('2026-03-28T23:00:00.000Z'))).toBe('2026-03-29');
    expect(copenhagenDate(new Date('2026-03-29T21:59:59.999Z'))).toBe('2026-03-29');
    expect(copenhagenDate(new Date('2026-03-29T22:00:00.000Z'))).toBe('2026-03-30');
    expect(copenhagenDate(new Date('2026-10-25T22:59:59.999Z'))).toBe('2026-10-25');
    expect(copenhagenDate(new Date('2026-10-25T23:00:00.000Z'))).toBe('2026-10-26');
  });
});

describe('isWithinPeriod', () => {
  it('includes both ends', () => {
    expect(isWithinPeriod('2026-11-01', '2026-11-01', '2026-11-30')).toBe(true);
    expect(isWithinPeriod('2026-11-30', '2026-11-01', '2026-11-30')).toBe(true);
  });
  it('excludes the day before and after', () => {
    expect(isWithinPeriod('2026-10-31', '2026-11-01', '2026-11-30')).toBe(false);
    expect(isWithinPeriod('2026-12-01', '2026-11-01', '2026-11-30')).toBe(false);
  });
  it('treats a missing end as open-ended', () => {
    expect(isWithinPeriod('2030-01-01', '2026-11-01', null)).toBe(true);
  });
});

describe('copenhagenDayBounds', () => {
  it('is 23 hours on the day summer time begins and 25 when it ends', () => {
    const [marchStart, marchEnd] = copenhagenDayBounds('2026-03-29');
    expect(marchStart.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(marchEnd.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const [octStart, octEnd] = copenhagenDayBounds('2026-10-25');
    expect(octStart.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(octEnd.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
  it('starts a winter day at 23.00 UTC the day before', () => {
    expect(copenhagenDayBounds('2026-11-27')[0].toISOString()).toBe('2026-11-26T23:00:00.000Z');
  });
});
