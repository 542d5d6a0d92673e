import { describe, expect, it } from 'vitest';
import { isLedighedsdatoIFremtiden } from './borger.rules.js';

describe('issue 18: the ledighedsdato is when unemployment began, so never after today', () => {
  it('refuses tomorrow and accepts today and earlier', () => {
    expect(isLedighedsdatoIFremtiden('2026-11-28', '2026-11-27')).toBe(true);
    expect(isLedighedsdatoIFremtiden('2026-11-27', '2026-11-27')).toBe(false);
    expect(isLedighedsdatoIFremtiden('2020-01-01', '2026-11-27')).toBe(false);
  });
});
