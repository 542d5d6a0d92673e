import { describe, expect, it } from 'vitest';
import { isIndsatsAktiv, kanBrugeOphoersaarsag, ophoersaarsagerFor } from './indsats.rules.js';

describe('R14 ophørsårsager 14 and 15 are VITAS only', () => {
  it('never offers 14 and 15 to a caseworker', () => {
    const ids = ophoersaarsagerFor('sagsbehandler').map((a) => a.id);
    expect(ids).not.toContain(14);
    expect(ids).not.toContain(15);
    expect(ids).toHaveLength(13);
  });
  it('offers every reason to VITAS', () => {
    expect(ophoersaarsagerFor('vitas').map((a) => a.id)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
  });
  it('refuses 14 and 15 from a caseworker and allows them for VITAS', () => {
    expect(kanBrugeOphoersaarsag(14, 'sagsbehandler')).toBe('KUN_VITAS');
    expect(kanBrugeOphoersaarsag(15, 'sagsbehandler')).toBe('KUN_VITAS');
    expect(kanBrugeOphoersaarsag(14, 'vitas')).toBe('OK');
    expect(kanBrugeOphoersaarsag(1, 'sagsbehandler')).toBe('OK');
    expect(kanBrugeOphoersaarsag(1, 'vitas')).toBe('OK');
  });
  it('knows no reason 16', () => {
    expect(kanBrugeOphoersaarsag(16, 'vitas')).toBe('UKENDT');
  });
});

describe('an indsats is active', () => {
  const indsats = { startdato: '2026-11-01', slutdato: '2026-12-31', ophoerDato: null };
  it('from its startdato through its slutdato', () => {
    expect(isIndsatsAktiv(indsats, '2026-10-31')).toBe(false);
    expect(isIndsatsAktiv(indsats, '2026-11-01')).toBe(true);
    expect(isIndsatsAktiv(indsats, '2026-12-31')).toBe(true);
    expect(isIndsatsAktiv(indsats, '2027-01-01')).toBe(false);
  });
  it('open-ended without a slutdato', () => {
    expect(isIndsatsAktiv({ ...indsats, slutdato: null }, '2030-01-01')).toBe(true);
  });
  it('no longer from its ophør dato', () => {
    const ophoert = { ...indsats, ophoerDato: '2026-11-20' };
    expect(isIndsatsAktiv(ophoert, '2026-11-19')).toBe(true);
    expect(isIndsatsAktiv(ophoert, '2026-11-20')).toBe(false);
  });
});
