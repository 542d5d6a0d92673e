import { describe, expect, it } from 'vitest';
import { copenhagenMaaned, findJoblogDatoFejl, joblogKrav, maanedsgraenser } from './joblog.rules.js';

describe('R15 joblog dates', () => {
  const idag = '2026-11-27';
  it('accepts 2015-01-01 and refuses 2014-12-31 with DATO_FOER_2015', () => {
    expect(findJoblogDatoFejl({ submissionDate: '2015-01-01' }, idag)).toBeNull();
    expect(findJoblogDatoFejl({ submissionDate: '2014-12-31' }, idag)).toMatchObject({
      code: 'DATO_FOER_2015',
      path: 'submissionDate',
    });
  });
  it('refuses a deadline before 2015 too', () => {
    expect(
      findJoblogDatoFejl({ submissionDate: '2026-11-01', submissionDeadlineDate: '2014-06-01' }, idag),
    ).toMatchObject({
      code: 'DATO_FOER_2015',
      path: 'submissionDeadlineDate',
    });
  });
  it('refuses a submission date in the future, but DATO_FOER_2015 wins over it', () => {
    expect(findJoblogDatoFejl({ submissionDate: '2026-11-28' }, idag)?.code).toBe('VALIDERINGSFEJL');
    expect(
      findJoblogDatoFejl({ submissionDate: '2026-11-28', submissionDeadlineDate: '2014-01-01' }, idag)?.code,
    ).toBe('DATO_FOER_2015');
  });
  it('accepts today', () => {
    expect(findJoblogDatoFejl({ submissionDate: idag }, idag)).toBeNull();
  });
});

describe('R16 calendar months in Copenhagen time', () => {
  it('puts 23.30 UTC on 30 November in December in Copenhagen', () => {
    expect(copenhagenMaaned(new Date('2026-11-30T22:59:00Z'))).toBe('2026-11');
    expect(copenhagenMaaned(new Date('2026-11-30T23:00:00Z'))).toBe('2026-12');
  });
  it('changes month at local midnight in summer too (UTC+2)', () => {
    expect(copenhagenMaaned(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06');
    expect(copenhagenMaaned(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07');
  });
});

describe('R13 joblog requirement', () => {
  it('applies to kontaktgrupper 1, 2 and 7 and not to 3–6', () => {
    expect([1, 2, 3, 4, 5, 6, 7].filter((kg) => joblogKrav(kg, []).krav)).toEqual([1, 2, 7]);
  });
  it('fravær 11 exempts kontaktgruppe 7', () => {
    expect(joblogKrav(7, [{ id: 'f1', fravaersaarsag: 11 }])).toEqual({
      krav: false,
      grund: { kind: 'fritaget', fravaersaarsag: 11 },
      fritagetAf: ['f1'],
    });
  });
  it('gives the kontaktgruppe as the ground when there is no exemption', () => {
    expect(joblogKrav(2, []).grund).toEqual({ kind: 'krav', kontaktgruppe: 2 });
    expect(joblogKrav(4, []).grund).toEqual({ kind: 'kontaktgruppe-uden-krav', kontaktgruppe: 4 });
  });
  it('fravær 11 does not exempt kontaktgruppe 1', () => {
    expect(joblogKrav(1, [{ id: 'f1', fravaersaarsag: 11 }])).toMatchObject({ krav: true, fritagetAf: [] });
  });
});

describe('maanedsgraenser', () => {
  it('spans a month and rolls over the year', () => {
    expect(maanedsgraenser('2026-11')).toEqual(['2026-11-01', '2026-12-01']);
    expect(maanedsgraenser('2026-12')).toEqual(['2026-12-01', '2027-01-01']);
  });
});
