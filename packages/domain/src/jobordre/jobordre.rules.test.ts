import { describe, expect, it } from 'vitest';
import {
  afvisFormidling,
  erForeslaaet,
  isAabenMedPasseretFrist,
  kanAendreJobordre,
} from './jobordre.rules.js';

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

describe('issue 18: an Åben jobordre cannot have a passed ansøgningsfrist', () => {
  const idag = '2026-11-27';
  it('refuses Åben with a deadline before today', () => {
    expect(isAabenMedPasseretFrist({ status: 1, ansoegningsfrist: '2026-11-26' }, idag)).toBe(true);
  });
  it('allows the deadline day itself, no deadline, and a paused or closed jobordre', () => {
    expect(isAabenMedPasseretFrist({ status: 1, ansoegningsfrist: idag }, idag)).toBe(false);
    expect(isAabenMedPasseretFrist({ status: 1, ansoegningsfrist: null }, idag)).toBe(false);
    expect(isAabenMedPasseretFrist({ status: 2, ansoegningsfrist: '2026-01-01' }, idag)).toBe(false);
    expect(isAabenMedPasseretFrist({ status: 3, ansoegningsfrist: '2026-01-01' }, idag)).toBe(false);
  });
});

describe('a citizen is proposed to a jobordre once (issue 18)', () => {
  const formidlinger = [{ borger: { id: 'anna' } }, { borger: { id: null } }];
  it('knows a candidate of its own myndighed, and no one by another myndighed’s candidate without id', () => {
    expect(erForeslaaet(formidlinger, 'anna')).toBe(true);
    expect(erForeslaaet(formidlinger, 'bo')).toBe(false);
    expect(erForeslaaet([], 'anna')).toBe(false);
  });
});
