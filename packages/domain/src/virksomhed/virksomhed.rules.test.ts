import { describe, expect, it } from 'vitest';
import {
  classifyVirksomhedskontoSoegning,
  isKonfliktramt,
  jobagKontoStatus,
  type KonfliktvarselPeriode,
} from './virksomhed.rules.js';

describe('R20 Virksomhedskonto search cases', () => {
  it('CVR and P-nummer → the one P-unit', () => {
    expect(classifyVirksomhedskontoSoegning({ cvrNummer: '31501202', pNummer: '1017654321' })).toEqual({
      type: 'enhed',
      cvrNummer: '31501202',
      pNummer: '1017654321',
    });
  });
  it('CVR alone → all the P-units of the company', () => {
    expect(classifyVirksomhedskontoSoegning({ cvrNummer: '31501202' })).toEqual({
      type: 'virksomhed',
      cvrNummer: '31501202',
    });
  });
  it('neither → every company with a JobAG profile', () => {
    expect(classifyVirksomhedskontoSoegning({})).toEqual({ type: 'alle' });
  });
  it('P-nummer alone → an empty result', () => {
    expect(classifyVirksomhedskontoSoegning({ pNummer: '1017654321' })).toEqual({ type: 'tom' });
  });
  it('treats empty strings as absent', () => {
    expect(classifyVirksomhedskontoSoegning({ cvrNummer: '', pNummer: '' })).toEqual({ type: 'alle' });
  });
});

describe('R20 active or inactive, and the latest login', () => {
  const oktober = new Date('2026-10-01T08:15:00Z');
  const marts = new Date('2025-03-12T12:00:00Z');

  it('is active with one active user among inactive ones, and shows the latest login of any user', () => {
    expect(
      jobagKontoStatus(true, [
        { aktiv: true, senesteLogin: marts },
        { aktiv: false, senesteLogin: oktober },
      ]),
    ).toEqual({ aktiv: true, inaktivAarsag: null, senesteLogintidspunkt: oktober });
  });
  it('is inactive when no user is active, with that reason', () => {
    expect(jobagKontoStatus(true, [{ aktiv: false, senesteLogin: marts }])).toEqual({
      aktiv: false,
      inaktivAarsag: 'INGEN_AKTIVE_BRUGERE',
      senesteLogintidspunkt: marts,
    });
  });
  it('is inactive without a JobAG profile, whatever the users', () => {
    expect(jobagKontoStatus(false, []).inaktivAarsag).toBe('INGEN_JOBAG_PROFIL');
  });
  it('has no latest login when nobody ever logged in', () => {
    expect(jobagKontoStatus(true, [{ aktiv: true, senesteLogin: null }]).senesteLogintidspunkt).toBeNull();
  });
});

describe('R21 konfliktramt', () => {
  const heleVirksomheden: KonfliktvarselPeriode = {
    cvrNummer: '37200417',
    pNummer: null,
    fraDato: '2026-11-01',
    tilDato: '2026-11-30',
  };
  const enEnhed: KonfliktvarselPeriode = { ...heleVirksomheden, pNummer: '1023456789' };

  it('is konfliktramt on the first and last day of the notice', () => {
    expect(isKonfliktramt([heleVirksomheden], { cvrNummer: '37200417' }, '2026-11-01')).toBe(true);
    expect(isKonfliktramt([heleVirksomheden], { cvrNummer: '37200417' }, '2026-11-30')).toBe(true);
  });
  it('is not konfliktramt after the notice ended', () => {
    expect(isKonfliktramt([heleVirksomheden], { cvrNummer: '37200417' }, '2026-12-01')).toBe(false);
  });
  it('a company-wide notice covers every P-unit', () => {
    expect(
      isKonfliktramt([heleVirksomheden], { cvrNummer: '37200417', pNummer: '9999999999' }, '2026-11-15'),
    ).toBe(true);
  });
  it('a notice on one P-unit covers that unit and the company, not its other units', () => {
    expect(isKonfliktramt([enEnhed], { cvrNummer: '37200417', pNummer: '1023456789' }, '2026-11-15')).toBe(
      true,
    );
    expect(isKonfliktramt([enEnhed], { cvrNummer: '37200417' }, '2026-11-15')).toBe(true);
    expect(isKonfliktramt([enEnhed], { cvrNummer: '37200417', pNummer: '1023456788' }, '2026-11-15')).toBe(
      false,
    );
  });
  it("does not touch another company's result", () => {
    expect(isKonfliktramt([heleVirksomheden], { cvrNummer: '31501202' }, '2026-11-15')).toBe(false);
  });
});
