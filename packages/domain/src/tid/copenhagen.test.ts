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
