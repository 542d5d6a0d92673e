import { describe, expect, it } from 'vitest';
import { selvbookingStatus } from '../fravaer/fravaer.rules.js';
import { joblogKrav } from '../joblog/joblog.rules.js';
import { joblogGrundTekst, selvbookingGrundTekst } from './borger-status.tekst.js';

const fravaer = (fravaersaarsag: number, slutdato: string | null) => ({
  id: `f${fravaersaarsag}`,
  fravaersaarsag,
  startdato: '2026-11-27',
  slutdato,
});

describe("R11: the citizen's self-booking ground in Danish", () => {
  it('names the exempting reason and its end, the Danish way', () => {
    const { grund } = selvbookingStatus(1, [fravaer(79, '2026-12-11')], false);
    expect(selvbookingGrundTekst(grund)).toBe('Fritaget for selvbooking (Sorgorlov til 11.12.2026)');
  });

  it("drops the year of a date in the caseworker's year only", () => {
    const { grund } = selvbookingStatus(1, [fravaer(79, '2026-12-11')], false);
    expect(selvbookingGrundTekst(grund, '2026')).toBe('Fritaget for selvbooking (Sorgorlov til 11.12)');
    expect(selvbookingGrundTekst(grund, '2027')).toBe('Fritaget for selvbooking (Sorgorlov til 11.12.2026)');
  });

  it('says an open-ended exemption without an end', () => {
    const { grund } = selvbookingStatus(1, [fravaer(79, null)], false);
    expect(selvbookingGrundTekst(grund)).toBe('Fritaget for selvbooking (Sorgorlov)');
  });

  it('fravær 57 takes the right away until its end', () => {
    const { grund } = selvbookingStatus(3, [fravaer(57, '2027-01-31')], false);
    expect(selvbookingGrundTekst(grund, '2026')).toBe('Frataget retten til selvbooking til 31.01.2027');
  });

  it('names the kontaktgruppe with or without the duty', () => {
    expect(selvbookingGrundTekst(selvbookingStatus(1, [], false).grund)).toBe(
      'Pligt til at booke samtalerne selv som dagpengemodtager',
    );
    expect(selvbookingGrundTekst(selvbookingStatus(2, [], false).grund)).toBe(
      'Kontaktgruppen har ikke pligt til selvbooking',
    );
  });
});

describe("R13: the citizen's joblog ground in Danish", () => {
  it('names the kontaktgruppe that must keep a joblog, or need not', () => {
    expect(joblogGrundTekst(joblogKrav(1, []).grund)).toBe(
      'Krav om joblog hver kalendermåned for dagpengemodtager',
    );
    expect(joblogGrundTekst(joblogKrav(3, []).grund)).toBe(
      'Ingen krav om joblog for aktivitetsparat kontanthjælpsmodtager',
    );
  });

  it('names the fravær that lifts the requirement', () => {
    const { grund } = joblogKrav(7, [{ id: 'f1', fravaersaarsag: 11 }]);
    expect(joblogGrundTekst(grund)).toBe('Fritaget for joblog under fravær: Sygdom - sygemelding');
    // A code the codelist no longer holds still says which it was.
    expect(joblogGrundTekst({ kind: 'fritaget', fravaersaarsag: 99 })).toBe(
      'Fritaget for joblog under fravær: Fraværsårsag 99',
    );
  });
});
