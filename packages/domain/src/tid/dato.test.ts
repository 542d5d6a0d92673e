import { describe, expect, it } from 'vitest';
import { addMonths, wholeMonthsBetween } from './dato.js';

describe('addMonths', () => {
  it('adds months across a year end', () => {
    expect(addMonths('2026-09-15', 6)).toBe('2027-03-15');
  });
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
  it('goes backwards too', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('wholeMonthsBetween', () => {
  it('counts whole months only', () => {
    expect(wholeMonthsBetween('2026-03-27', '2026-11-27')).toBe(8);
    expect(wholeMonthsBetween('2026-03-28', '2026-11-27')).toBe(7);
  });
  it('is 0 before the start', () => {
    expect(wholeMonthsBetween('2026-12-01', '2026-11-27')).toBe(0);
  });
});
