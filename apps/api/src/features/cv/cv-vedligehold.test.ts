import { describe, expect, it } from 'vitest';
import { tilNaesteNat } from './cv-vedligehold.js';

describe('tilNaesteNat', () => {
  it('waits until 03.00 the next night in Copenhagen', () => {
    expect(tilNaesteNat(new Date('2026-11-27T09:00:00Z'))).toBe(17 * 3_600_000);
  });
  it('runs tonight when it is not yet 03.00', () => {
    expect(tilNaesteNat(new Date('2026-11-27T01:30:00Z'))).toBe(30 * 60_000);
  });
});
