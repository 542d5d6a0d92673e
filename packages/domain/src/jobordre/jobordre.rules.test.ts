import { describe, expect, it } from 'vitest';
import { afvisFormidling, kanAendreJobordre } from './jobordre.rules.js';

describe('R19 the responsible jobcentre is decided on the first three digits', () => {
  it('lets 22300 and 22301 change a jobordre of 22300, not 10100', () => {
    expect(kanAendreJobordre('22300', '22300')).toBe(true);
    expect(kanAendreJobordre('22301', '22300')).toBe(true);
    expect(kanAendreJobordre('10100', '22300')).toBe(false);
  });
});

describe('R18 formidling only while the jobordre is Åben', () => {
  const base = { ny: true, formidlingsstatus: 1, jobordrestatus: 1, konfliktramt: false };
  it('allows a new formidling on an open jobordre', () => {
    expect(afvisFormidling(base)).toBeNull();
  });
  it.each([2, 3])('refuses a new formidling on jobordre status %i', (jobordrestatus) => {
    expect(afvisFormidling({ ...base, jobordrestatus })).toBe('JOBORDRE_IKKE_AABEN');
  });
  it('refuses setting status 2 on a closed or paused jobordre', () => {
    expect(afvisFormidling({ ...base, ny: false, formidlingsstatus: 2, jobordrestatus: 3 })).toBe(
      'JOBORDRE_IKKE_AABEN',
    );
    expect(afvisFormidling({ ...base, ny: false, formidlingsstatus: 2, jobordrestatus: 2 })).toBe(
      'JOBORDRE_IKKE_AABEN',
    );
  });
  it('allows the outcomes Ansat and Ikke ansat after the jobordre closed', () => {
    expect(afvisFormidling({ ...base, ny: false, formidlingsstatus: 3, jobordrestatus: 3 })).toBeNull();
    expect(afvisFormidling({ ...base, ny: false, formidlingsstatus: 4, jobordrestatus: 3 })).toBeNull();
  });
  it('refuses an unknown status', () => {
    expect(afvisFormidling({ ...base, formidlingsstatus: 9 })).toBe('UKENDT_STATUS');
  });
});

describe('R21 no formidling to a konfliktramt company', () => {
  const base = { ny: true, formidlingsstatus: 1, jobordrestatus: 1, konfliktramt: true };
  it('refuses a new formidling and status 2', () => {
    expect(afvisFormidling(base)).toBe('VIRKSOMHED_KONFLIKTRAMT');
    expect(afvisFormidling({ ...base, ny: false, formidlingsstatus: 2 })).toBe('VIRKSOMHED_KONFLIKTRAMT');
  });
  it('still records an outcome', () => {
    expect(afvisFormidling({ ...base, ny: false, formidlingsstatus: 4 })).toBeNull();
  });
  it('a closed jobordre is the answer when both apply', () => {
    expect(afvisFormidling({ ...base, jobordrestatus: 3 })).toBe('JOBORDRE_IKKE_AABEN');
  });
});
