import { describe, expect, it } from 'vitest';
import { moedeformer } from './moede.codelists.js';
import {
  afvisUdfald,
  afvisValgAfMoedeform,
  findIndkaldelseRegelbrud,
  findMoedetilbudRegelbrud,
  harRetTilValgAfMoedeform,
  indkaldelseBeskedModtagere,
  isGyldigtMoedelink,
  isMoedeformAktiv,
  moedestedFraTilbud,
  normalizeLokationsuddybning,
  udeblivelseAendringstype,
  udeblivelseAkasse,
  valgbareMoedeformerForTilbud,
} from './moede.rules.js';

describe('R1 active mødeformer', () => {
  it('allows 1, 2, 3, 8 and 9 and refuses the retired 4–7', () => {
    expect(moedeformer.filter((f) => isMoedeformAktiv(f.id)).map((f) => f.id)).toEqual([1, 2, 3, 8, 9]);
    for (const id of [4, 5, 6, 7]) expect(isMoedeformAktiv(id)).toBe(false);
  });
  it('keeps the retired forms readable by name', () => {
    expect(moedeformer.find((f) => f.id === 4)?.navn).toBe('Digitalt');
  });
  it('refuses an unknown id', () => {
    expect(isMoedeformAktiv(10)).toBe(false);
  });
});

describe('R2 link to a digital meeting', () => {
  it('accepts an https URL', () => {
    expect(isGyldigtMoedelink('https://moede.jobcenter.dk/rum/123')).toBe(true);
  });
  it.each(['http://moede.dk/x', 'moede.dk/x', 'javascript:alert(1)', 'https://', '', null, undefined])(
    'refuses %j',
    (link) => expect(isGyldigtMoedelink(link)).toBe(false),
  );
});

describe('R5 lokationsuddybning', () => {
  it.each(['', '   ', '\t\n', null, undefined])('stores %j as absent', (value) => {
    expect(normalizeLokationsuddybning(value)).toBeNull();
  });
  it('keeps a real value, trimmed', () => {
    expect(normalizeLokationsuddybning('  Lokale 2, 1. sal ')).toBe('Lokale 2, 1. sal');
  });
});

describe('R3 right to choose the mødeform', () => {
  const base = {
    kontaktgruppe: 1,
    ledighedsdato: '2026-05-27',
    maalgruppe: [1, 2, 3, 4, 5, 6, 7],
    samtaletype: 7,
  };
  it('applies from the day 6 months after the ledighedsdato (the meeting date decides)', () => {
    expect(harRetTilValgAfMoedeform({ ...base, moedeDato: '2026-11-26' })).toBe(false);
    expect(harRetTilValgAfMoedeform({ ...base, moedeDato: '2026-11-27' })).toBe(true);
  });
  it('uses the last day of a shorter month for the 6-month boundary', () => {
    const fra31 = { ...base, ledighedsdato: '2026-08-31' };
    expect(harRetTilValgAfMoedeform({ ...fra31, moedeDato: '2027-02-27' })).toBe(false);
    expect(harRetTilValgAfMoedeform({ ...fra31, moedeDato: '2027-02-28' })).toBe(true);
  });
  it('only for kontaktgrupper in the jobcentre’s målgruppe', () => {
    expect(harRetTilValgAfMoedeform({ ...base, maalgruppe: [2, 3], moedeDato: '2027-01-01' })).toBe(false);
  });
  it('for jobsamtaler and opfølgningssamtaler', () => {
    expect(harRetTilValgAfMoedeform({ ...base, samtaletype: 4, moedeDato: '2027-01-01' })).toBe(true);
    expect(harRetTilValgAfMoedeform({ ...base, samtaletype: 99, moedeDato: '2027-01-01' })).toBe(false);
  });
});

describe('R3/R4 registering the citizen’s choice', () => {
  it('is allowed for 1, 2 and 8 with the right and no in-person requirement', () => {
    for (const valgtMoedeform of [1, 2, 8]) {
      expect(
        afvisValgAfMoedeform({ retTilValg: true, personligtFremmoedePaakraevet: false, valgtMoedeform }),
      ).toBeNull();
    }
  });
  it('is refused without the right', () => {
    expect(
      afvisValgAfMoedeform({ retTilValg: false, personligtFremmoedePaakraevet: false, valgtMoedeform: 2 }),
    ).toBe('INGEN_RET');
  });
  it('is refused when the meeting requires in-person attendance (R4), even with the right', () => {
    expect(
      afvisValgAfMoedeform({ retTilValg: true, personligtFremmoedePaakraevet: true, valgtMoedeform: 2 }),
    ).toBe('PERSONLIGT_FREMMOEDE_PAAKRAEVET');
  });
  it('refuses forms other than 1, 2 and 8', () => {
    expect(
      afvisValgAfMoedeform({ retTilValg: true, personligtFremmoedePaakraevet: false, valgtMoedeform: 3 }),
    ).toBe('IKKE_VALGBAR_FORM');
  });
});

describe('R3 forms offered in self-booking', () => {
  it('offers every form of the offer with the right, and only the first without it', () => {
    expect(valgbareMoedeformerForTilbud([2, 1, 8], true)).toEqual([2, 1, 8]);
    expect(valgbareMoedeformerForTilbud([2, 1, 8], false)).toEqual([2]);
  });
});

describe('R1, R2, R4 on a whole indkaldelse', () => {
  const ok = {
    moedeform: 1,
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    digitaltMoedelink: null,
    personligtFremmoedePaakraevet: false,
    begrundelse: null,
  };
  it('accepts an in-person meeting', () => {
    expect(findIndkaldelseRegelbrud(ok)).toBeNull();
  });
  it('R4: in-person required needs a written reason (validation, before the rules)', () => {
    expect(
      findIndkaldelseRegelbrud({
        ...ok,
        moedeform: 4,
        personligtFremmoedePaakraevet: true,
        begrundelse: ' ',
      }),
    ).toMatchObject({
      code: 'VALIDERINGSFEJL',
      path: 'begrundelse',
    });
    expect(
      findIndkaldelseRegelbrud({ ...ok, personligtFremmoedePaakraevet: true, begrundelse: 'Tolk' }),
    ).toBeNull();
  });
  it('R4: in-person required needs mødeform 1 (issue 18: it saved with Telefon)', () => {
    expect(
      findIndkaldelseRegelbrud({
        ...ok,
        moedeform: 2,
        personligtFremmoedePaakraevet: true,
        begrundelse: 'Tolk',
      }),
    ).toMatchObject({ code: 'VALIDERINGSFEJL', path: 'moedeform' });
    expect(
      findIndkaldelseRegelbrud({
        ...ok,
        moedeform: 5,
        personligtFremmoedePaakraevet: true,
        begrundelse: 'Tolk',
      })?.code,
    ).toBe('VALIDERINGSFEJL');
  });
  it('an in-person meeting needs an address (issue 18: it saved with none)', () => {
    for (const adresse of [null, undefined, '', '   ']) {
      expect(findIndkaldelseRegelbrud({ ...ok, adresse })).toMatchObject({
        code: 'VALIDERINGSFEJL',
        path: 'adresse',
      });
    }
    expect(findIndkaldelseRegelbrud({ ...ok, moedeform: 2, adresse: null })).toBeNull();
  });
  it('R1: a retired form is MOEDEFORM_UDGAAET', () => {
    expect(findIndkaldelseRegelbrud({ ...ok, moedeform: 5 })?.code).toBe('MOEDEFORM_UDGAAET');
  });
  it('R2: form 8 without an https link is DIGITALT_MOEDELINK_MANGLER', () => {
    expect(findIndkaldelseRegelbrud({ ...ok, moedeform: 8 })?.code).toBe('DIGITALT_MOEDELINK_MANGLER');
    expect(findIndkaldelseRegelbrud({ ...ok, moedeform: 8, digitaltMoedelink: 'http://x.dk' })?.code).toBe(
      'DIGITALT_MOEDELINK_MANGLER',
    );
    expect(findIndkaldelseRegelbrud({ ...ok, moedeform: 8, digitaltMoedelink: 'https://x.dk/m' })).toBeNull();
  });
});

describe('INDKALDELSE messages go to the jobcentre, and to the a-kasse for kontaktgruppe 1 (RN 1.1, api.md)', () => {
  it('tells the jobcentre of every citizen’s meeting', () => {
    expect(
      indkaldelseBeskedModtagere({ kontaktgruppe: 2, akasseKode: 'AK01', jobcenterNummer: '22300' }),
    ).toEqual([{ type: 'jobcenter', kode: '22300' }]);
  });
  it('tells a dagpengemodtager’s a-kasse as well, when there is one', () => {
    expect(
      indkaldelseBeskedModtagere({ kontaktgruppe: 1, akasseKode: 'AK01', jobcenterNummer: '22300' }),
    ).toEqual([
      { type: 'jobcenter', kode: '22300' },
      { type: 'akasse', kode: 'AK01' },
    ]);
    expect(
      indkaldelseBeskedModtagere({ kontaktgruppe: 1, akasseKode: null, jobcenterNummer: '22300' }),
    ).toEqual([{ type: 'jobcenter', kode: '22300' }]);
  });
});

describe('the outcome of a meeting (api.md "The citizen is told")', () => {
  const start = new Date('2026-12-03T08:30:00Z');
  it('can be recorded from the start, not before, and never on a cancelled meeting', () => {
    expect(afvisUdfald({ start, aflyst: false }, new Date('2026-12-03T08:29:59Z'))).toBe(
      'MOEDE_IKKE_BEGYNDT',
    );
    expect(afvisUdfald({ start, aflyst: false }, start)).toBeNull();
    expect(afvisUdfald({ start, aflyst: true }, new Date('2026-12-04T08:00:00Z'))).toBe('MOEDE_AFLYST');
  });
  it('tells the a-kasse of an absence (1), of a changed absence (2) and of one withdrawn (3), and of nothing else', () => {
    expect(udeblivelseAendringstype(null, 'udeblevet')).toBe(1);
    expect(udeblivelseAendringstype('afholdt', 'udeblevet')).toBe(1);
    expect(udeblivelseAendringstype('udeblevet', 'udeblevet')).toBe(2);
    expect(udeblivelseAendringstype('udeblevet', 'afholdt')).toBe(3);
    expect(udeblivelseAendringstype(null, 'afholdt')).toBeNull();
    expect(udeblivelseAendringstype('afholdt', 'afholdt')).toBeNull();
  });
});

describe('an offer and the meeting booked on it (issue 18)', () => {
  const tilbud = {
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2',
    digitaltMoedelink: 'https://moede.jobcenter.dk/rum/1',
  };
  it('in person takes the address and never the link', () => {
    expect(moedestedFraTilbud(tilbud, 1)).toEqual({
      adresse: tilbud.adresse,
      lokationsuddybning: 'Lokale 2',
      digitaltMoedelink: null,
    });
  });
  it('digital takes the link and not the address; phone takes neither', () => {
    expect(moedestedFraTilbud(tilbud, 8)).toEqual({
      adresse: null,
      lokationsuddybning: null,
      digitaltMoedelink: tilbud.digitaltMoedelink,
    });
    expect(moedestedFraTilbud(tilbud, 2)).toEqual({
      adresse: null,
      lokationsuddybning: null,
      digitaltMoedelink: null,
    });
  });
  it('an offer of form 1 needs an address, of form 8 an https link', () => {
    expect(
      findMoedetilbudRegelbrud({ moedeformer: [2, 1], adresse: ' ', digitaltMoedelink: null }),
    ).toMatchObject({ code: 'VALIDERINGSFEJL', path: 'adresse' });
    expect(
      findMoedetilbudRegelbrud({ moedeformer: [8], adresse: null, digitaltMoedelink: 'http://x' })?.code,
    ).toBe('DIGITALT_MOEDELINK_MANGLER');
    expect(
      findMoedetilbudRegelbrud({ moedeformer: [1, 2], adresse: 'Vej 1', digitaltMoedelink: null }),
    ).toBeNull();
  });
});

describe('who is told of an absence (api.md "The citizen is told")', () => {
  it('is the a-kasse of a kontaktgruppe 1 citizen, and nobody for any other kontaktgruppe or without an a-kasse', () => {
    expect(udeblivelseAkasse({ kontaktgruppe: 1, akasse: 'AK01' })).toBe('AK01');
    expect(udeblivelseAkasse({ kontaktgruppe: 1, akasse: null })).toBeNull();
    for (const kontaktgruppe of [2, 3, 4, 5, 6, 7])
      expect(udeblivelseAkasse({ kontaktgruppe, akasse: 'AK01' })).toBeNull();
  });
});
