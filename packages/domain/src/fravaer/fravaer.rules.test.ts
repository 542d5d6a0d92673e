import { describe, expect, it } from 'vitest';
import { fravaersaarsager } from './fravaer.codelists.js';
import {
  afvisFravaersaarsag,
  borgerEffekter,
  findOverlappendeFravaer,
  fravaerBeskedModtagere,
  fravaerKonsekvenser,
  isDagpengeUdelukket,
  isMindreIntensivIndsats,
  isSelvbookingFrataget,
  selvbookingStatus,
} from './fravaer.rules.js';

const f = (fravaersaarsag: number, startdato = '2026-11-01', slutdato: string | null = null) => ({
  id: `f${fravaersaarsag}`,
  fravaersaarsag,
  startdato,
  slutdato,
});
const alleTilladt = () => true;

describe('R10 fravær 78 can no longer be created', () => {
  it('refuses 78 and allows 79', () => {
    expect(afvisFravaersaarsag(78, 1, alleTilladt)).toBe('FRAVAERSAARSAG_KAN_IKKE_OPRETTES');
    expect(afvisFravaersaarsag(79, 1, alleTilladt)).toBeNull();
  });
  it('refuses an unknown reason', () => {
    expect(afvisFravaersaarsag(5, 1, alleTilladt)).toBe('UKENDT');
  });
});

describe('R8 the kontaktgruppe matrix decides', () => {
  it('refuses what the matrix refuses', () => {
    const matrix = (aarsag: number, kg: number) => !(aarsag === 71 && kg !== 1);
    expect(afvisFravaersaarsag(71, 2, matrix)).toBe('FRAVAERSAARSAG_IKKE_TILLADT');
    expect(afvisFravaersaarsag(71, 1, matrix)).toBeNull();
  });
});

describe('R11 duty to self-book', () => {
  it('kontaktgruppe 1 has it, others do not', () => {
    expect(selvbookingStatus(1, [], false).pligt).toBe(true);
    for (const kg of [2, 3, 4, 5, 6, 7]) expect(selvbookingStatus(kg, [], false).pligt).toBe(false);
  });
  it('every S-flagged fravær exempts', () => {
    const sFlagged = fravaersaarsager.filter((a) => a.selvbooking === 'ja').map((a) => a.id);
    expect(sFlagged).toEqual(expect.arrayContaining([2, 3, 4, 10, 23, 43, 56, 57, 65, 70, 75, 79]));
    for (const id of sFlagged) {
      expect(selvbookingStatus(1, [f(id)], false)).toMatchObject({ pligt: false, fritagetAf: [`f${id}`] });
    }
  });
  it('a fravær without S does not exempt (1 Uddannelse, 8 Barsel, 9 Friperiode)', () => {
    for (const id of [1, 8, 9]) expect(selvbookingStatus(1, [f(id)], false).pligt).toBe(true);
  });
  it('11 exempts only while the citizen is in an active indsats', () => {
    expect(selvbookingStatus(1, [f(11)], false).pligt).toBe(true);
    expect(selvbookingStatus(1, [f(11)], true)).toMatchObject({ pligt: false, fritagetAf: ['f11'] });
  });
  it('gives the exempting reason and its end date as the ground', () => {
    expect(selvbookingStatus(1, [f(79, '2026-11-27', '2026-12-11')], false).grund).toEqual({
      kind: 'fritaget',
      fravaersaarsag: 79,
      slutdato: '2026-12-11',
    });
    expect(selvbookingStatus(1, [], false).grund).toEqual({ kind: 'pligt', kontaktgruppe: 1 });
    expect(selvbookingStatus(3, [], false).grund).toEqual({
      kind: 'kontaktgruppe-uden-pligt',
      kontaktgruppe: 3,
    });
  });
});

describe('57 Frataget ret til selvbook: no right to self-book while active (domain.md, api.md BorgerBookingService)', () => {
  it('is only 57 in the codelist that takes the right away', () => {
    expect(fravaersaarsager.filter((a) => a.fratagerSelvbooking).map((a) => a.id)).toEqual([57]);
  });
  it('takes the right away from any kontaktgruppe, and says until when', () => {
    expect(isSelvbookingFrataget([f(57)])).toBe(true);
    expect(isSelvbookingFrataget([f(56), f(11)])).toBe(false);
    for (const kg of [1, 2, 4]) {
      expect(selvbookingStatus(kg, [f(57, '2026-11-01', '2027-01-31')], false)).toEqual({
        pligt: false,
        frataget: true,
        fritagetAf: ['f57'],
        grund: { kind: 'frataget', fravaersaarsag: 57, slutdato: '2027-01-31' },
      });
    }
  });
  it('leaves the right in place otherwise, with or without the duty', () => {
    expect(selvbookingStatus(1, [], false).frataget).toBe(false);
    expect(selvbookingStatus(1, [f(56)], false)).toMatchObject({ pligt: false, frataget: false });
    expect(selvbookingStatus(3, [], false).frataget).toBe(false);
  });
});

describe('R8 no a-dagpenge during sorgorlov', () => {
  it('for kontaktgruppe 1 only', () => {
    expect(isDagpengeUdelukket(1, [f(79)])).toBe(true);
    expect(isDagpengeUdelukket(2, [f(79)])).toBe(false);
    expect(isDagpengeUdelukket(1, [f(10)])).toBe(false);
  });
});

describe('M flag: mindre intensiv indsats', () => {
  it('43, 44, 45, 46 and 77 give it; 10 does not', () => {
    for (const id of [43, 44, 45, 46, 77]) expect(isMindreIntensivIndsats([f(id)])).toBe(true);
    expect(isMindreIntensivIndsats([f(10)])).toBe(false);
  });
});

describe('effects on a date', () => {
  it('only active fravær count: from the start date through the end date', () => {
    const sorgorlov = f(79, '2026-11-27', '2026-12-11');
    const effekter = (dato: string) =>
      borgerEffekter({ kontaktgruppe: 1, fravaer: [sorgorlov], iAktivIndsats: false, dato });
    expect(effekter('2026-11-26')).toMatchObject({ dagpengeUdelukket: false, selvbooking: { pligt: true } });
    expect(effekter('2026-11-27')).toMatchObject({ dagpengeUdelukket: true, selvbooking: { pligt: false } });
    expect(effekter('2026-12-11').dagpengeUdelukket).toBe(true);
    expect(effekter('2026-12-12').dagpengeUdelukket).toBe(false);
  });
  it('R13: 11 lifts the joblog requirement for kontaktgruppe 7', () => {
    expect(
      borgerEffekter({ kontaktgruppe: 7, fravaer: [f(11)], iAktivIndsats: false, dato: '2026-11-27' }).joblog
        .krav,
    ).toBe(false);
    expect(
      borgerEffekter({ kontaktgruppe: 7, fravaer: [], iAktivIndsats: false, dato: '2026-11-27' }).joblog.krav,
    ).toBe(true);
  });
});

describe('consequences shown before saving', () => {
  it('sorgorlov on a dagpengemodtager from today, with two meetings in the period', () => {
    expect(
      fravaerKonsekvenser({
        kontaktgruppe: 1,
        fravaer: [],
        nyt: f(79, '2026-11-27', '2026-12-11'),
        iAktivIndsats: false,
        idag: '2026-11-27',
        moeder: [
          { id: 'm1', dato: '2026-12-01' },
          { id: 'm2', dato: '2026-12-11' },
          { id: 'm3', dato: '2026-12-12' },
        ],
      }),
    ).toEqual([
      { kind: 'selvbookingspligt-bortfalder', fra: '2026-11-27' },
      { kind: 'ingen-dagpenge', fra: '2026-11-27' },
      {
        kind: 'moeder-boer-flyttes',
        moeder: [
          { id: 'm1', dato: '2026-12-01' },
          { id: 'm2', dato: '2026-12-11' },
        ],
      },
    ]);
  });
  it('11 for a fleksjobvisiteret: the joblog is no longer required', () => {
    expect(
      fravaerKonsekvenser({
        kontaktgruppe: 7,
        fravaer: [],
        nyt: f(11),
        iAktivIndsats: false,
        idag: '2026-11-27',
        moeder: [],
      }),
    ).toEqual([{ kind: 'joblog-ikke-paakraevet' }]);
  });
  it('says so when nothing changes', () => {
    expect(
      fravaerKonsekvenser({
        kontaktgruppe: 3,
        fravaer: [],
        nyt: f(1),
        iAktivIndsats: false,
        idag: '2026-11-27',
        moeder: [],
      }),
    ).toEqual([{ kind: 'ingen-aendring' }]);
  });
  it('a future fravær takes effect from its start date', () => {
    expect(
      fravaerKonsekvenser({
        kontaktgruppe: 1,
        fravaer: [],
        nyt: f(10, '2026-12-20', '2026-12-31'),
        iAktivIndsats: false,
        idag: '2026-11-27',
        moeder: [],
      })[0],
    ).toEqual({ kind: 'selvbookingspligt-bortfalder', fra: '2026-12-20' });
  });
  it('says first that the citizen already has a fravær of the same reason in the period (issue 18: unusual)', () => {
    const grundlag = { kontaktgruppe: 3, iAktivIndsats: false, idag: '2026-11-27', moeder: [] };
    const sygdom = { id: 'a', fravaersaarsag: 1, startdato: '2026-12-01', slutdato: '2026-12-05' };
    const tidligere = { id: 'b', fravaersaarsag: 1, startdato: '2026-11-20', slutdato: '2026-12-02' };
    const andenAarsag = { id: 'c', fravaersaarsag: 79, startdato: '2026-12-01', slutdato: null };
    const foer = { id: 'd', fravaersaarsag: 1, startdato: '2026-11-01', slutdato: '2026-11-10' };
    expect(
      fravaerKonsekvenser({
        ...grundlag,
        fravaer: [sygdom, tidligere, andenAarsag, foer],
        nyt: { id: 'ny', fravaersaarsag: 1, startdato: '2026-12-02', slutdato: '2026-12-03' },
      }),
    ).toEqual([
      {
        kind: 'samme-aarsag-i-perioden',
        fravaer: [
          { id: 'b', startdato: '2026-11-20', slutdato: '2026-12-02' },
          { id: 'a', startdato: '2026-12-01', slutdato: '2026-12-05' },
        ],
      },
      { kind: 'ingen-aendring' },
    ]);
    // A change of a fravær is not compared with itself
    expect(
      fravaerKonsekvenser({ ...grundlag, fravaer: [sygdom], nyt: { ...sygdom, slutdato: '2026-12-06' } }),
    ).toEqual([{ kind: 'ingen-aendring' }]);
  });
  it("R9: says that a kontaktgruppe 1 citizen's a-kasse is told when the fravær is saved, also when nothing else changes", () => {
    const akasse = { kode: 'AK01', navn: 'A-kasse Nord' };
    const grundlag = { fravaer: [], iAktivIndsats: false, idag: '2026-11-27', moeder: [], akasse };
    expect(fravaerKonsekvenser({ ...grundlag, kontaktgruppe: 1, nyt: f(1) })).toEqual([
      { kind: 'ingen-aendring' },
      { kind: 'akasse-faar-besked', akasse },
    ]);
    expect(fravaerKonsekvenser({ ...grundlag, kontaktgruppe: 1, nyt: f(79, '2026-11-27') }).at(-1)).toEqual({
      kind: 'akasse-faar-besked',
      akasse,
    });
    // Another kontaktgruppe, or no a-kasse: nobody outside the jobcentre is told
    expect(fravaerKonsekvenser({ ...grundlag, kontaktgruppe: 3, nyt: f(1) })).toEqual([
      { kind: 'ingen-aendring' },
    ]);
    expect(fravaerKonsekvenser({ ...grundlag, akasse: null, kontaktgruppe: 1, nyt: f(1) })).toEqual([
      { kind: 'ingen-aendring' },
    ]);
  });
});

describe('R9 webservicebeskeder for fravær go to the a-kasse and the jobcentre, for kontaktgruppe 1 only', () => {
  it('tells the a-kasse and the jobcentre of a kontaktgruppe 1 citizen', () => {
    expect(
      fravaerBeskedModtagere({ kontaktgruppe: 1, akasseKode: 'AK01', jobcenterNummer: '22300' }),
    ).toEqual([
      { type: 'akasse', kode: 'AK01' },
      { type: 'jobcenter', kode: '22300' },
    ]);
  });

  it('tells only the jobcentre when the citizen has no a-kasse', () => {
    expect(fravaerBeskedModtagere({ kontaktgruppe: 1, akasseKode: null, jobcenterNummer: '22301' })).toEqual([
      { type: 'jobcenter', kode: '22301' },
    ]);
  });

  it.each([2, 3, 4, 5, 6, 7])('tells nobody for kontaktgruppe %i', (kontaktgruppe) => {
    expect(fravaerBeskedModtagere({ kontaktgruppe, akasseKode: 'AK01', jobcenterNummer: '22300' })).toEqual(
      [],
    );
  });
});

describe('issue 18: no two fravær of the same reason at once when one of them has no end', () => {
  const aaben = { id: 'a', fravaersaarsag: 1, startdato: '2026-11-01', slutdato: null };
  it('refuses a second open-ended one of the same reason', () => {
    expect(findOverlappendeFravaer({ ...aaben, id: 'ny', startdato: '2026-12-01' }, [aaben])).toBe(aaben);
    expect(findOverlappendeFravaer({ ...aaben, id: 'ny', startdato: '2026-10-01' }, [aaben])).toBe(aaben);
  });
  it('refuses a closed one inside an open-ended one, and an open-ended one that reaches a closed one', () => {
    const lukket = { id: 'b', fravaersaarsag: 1, startdato: '2026-12-01', slutdato: '2026-12-10' };
    expect(findOverlappendeFravaer({ ...lukket, id: 'ny' }, [aaben])).toBe(aaben);
    expect(findOverlappendeFravaer({ ...aaben, id: 'ny', startdato: '2026-12-05' }, [lukket])).toBe(lukket);
  });
  it('allows another reason, a period that ends before, itself, and two closed periods that overlap', () => {
    expect(findOverlappendeFravaer({ ...aaben, id: 'ny', fravaersaarsag: 2 }, [aaben])).toBeNull();
    expect(
      findOverlappendeFravaer({ ...aaben, id: 'ny', startdato: '2026-10-01', slutdato: '2026-10-31' }, [
        aaben,
      ]),
    ).toBeNull();
    expect(findOverlappendeFravaer(aaben, [aaben])).toBeNull();
    const a = { id: 'a', fravaersaarsag: 1, startdato: '2026-11-01', slutdato: '2026-11-20' };
    expect(
      findOverlappendeFravaer({ ...a, id: 'ny', startdato: '2026-11-10', slutdato: '2026-11-30' }, [a]),
    ).toBeNull();
  });
});
