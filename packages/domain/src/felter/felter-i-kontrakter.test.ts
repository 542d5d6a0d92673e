import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loginBodySchema } from '../auth/auth.contract.js';
import { opretBorgerSchema, soegBorgerSchema } from '../borger/borger.contract.js';
import { opdaterKontaktpersonSchema, opretKontaktpersonSchema } from '../borger/kontaktperson.contract.js';
import { cvSoegSchema, gemCvSchema } from '../cv/cv.contract.js';
import {
  medlemstilgangSchema,
  opdaterFravaerSchema,
  opretFravaerSchema,
  sletFravaerSchema,
} from '../fravaer/fravaer.contract.js';
import { joblogDatoSchema, joblogMaanedQuerySchema, joblogPostSchema } from '../joblog/joblog.contract.js';
import {
  afslutKonfliktvarselSchema,
  jobordreQuerySchema,
  opdaterJobordreSchema,
  opretJobordreSchema,
  opretKonfliktvarselSchema,
} from '../jobordre/jobordre.contract.js';
import {
  aflysIndkaldelseSchema,
  mineMoederQuerySchema,
  moededeltagelsesvalgSchema,
  opdaterIndkaldelseSchema,
  opretIndkaldelseSchema,
  opretMoedetilbudSchema,
} from '../moede/indkaldelse.contract.js';
import { ophoerIndsatsSchema, opretIndsatsSchema } from '../plan/indsats.contract.js';
import { virksomhedSoegQuerySchema } from '../virksomhed/virksomhed.contract.js';
import {
  aarBesked,
  KONTROLTEGN_BESKED,
  KONTROLTEGN_FLERLINJET_BESKED,
  UGYLDIGE_TEGN_BESKED,
} from './felter.contract.js';

// Each input contract with a body it accepts and the text and date fields in it: a field that skips the
// blocks lets NUL or year 0 through to PostgreSQL, which answers 500.
type Sti = (string | number)[];
interface Kontrakt {
  schema: z.ZodType;
  gyldig: Record<string, unknown>;
  enLinje?: Sti[];
  flerlinjet?: Sti[];
  datoer?: Sti[];
}

const start = '2026-12-01T09:00:00+01:00';
const slut = '2026-12-01T10:00:00+01:00';
const periode = { titel: 'Tømrer', sted: 'Hørsholm', fra: '2015-08-01', til: '2026-03-01' };

const kontrakter: Record<string, Kontrakt> = {
  login: {
    schema: loginBodySchema,
    gyldig: { brugernavn: 'sb22300', adgangskode: 'demo' },
    enLinje: [['brugernavn']],
  },
  opretBorger: {
    schema: opretBorgerSchema,
    gyldig: {
      cpr: '0101901234',
      fornavn: 'Anne',
      efternavn: 'Hansen',
      kontaktgruppe: 1,
      ledighedsdato: '2026-01-05',
      akasse: 'AK01',
    },
    enLinje: [['fornavn'], ['efternavn'], ['akasse']],
    datoer: [['ledighedsdato']],
  },
  soegBorger: { schema: soegBorgerSchema, gyldig: { navn: 'Anne' }, enLinje: [['navn']] },
  opretKontaktperson: {
    schema: opretKontaktpersonSchema,
    gyldig: { navn: 'Lone', rolle: 'Læge' },
    enLinje: [['navn'], ['rolle']],
  },
  opdaterKontaktperson: {
    schema: opdaterKontaktpersonSchema,
    gyldig: { rolle: 'Læge' },
    enLinje: [['rolle']],
  },
  gemCv: {
    schema: gemCvSchema,
    gyldig: {
      overskrift: 'Tømrer',
      jobOensker: ['Tømrer'],
      kompetencer: ['Forskalling'],
      erfaring: [periode],
      uddannelse: [periode],
      postnummer: '2970',
      soegbart: true,
    },
    enLinje: [
      ['overskrift'],
      ['jobOensker', 0],
      ['kompetencer', 0],
      ['erfaring', 0, 'titel'],
      ['erfaring', 0, 'sted'],
      ['uddannelse', 0, 'titel'],
      ['uddannelse', 0, 'sted'],
    ],
    datoer: [
      ['erfaring', 0, 'fra'],
      ['erfaring', 0, 'til'],
      ['uddannelse', 0, 'fra'],
      ['uddannelse', 0, 'til'],
    ],
  },
  cvSoeg: {
    schema: cvSoegSchema,
    gyldig: { q: 'tømrer', kompetence: 'Forskalling' },
    enLinje: [['q'], ['kompetence']],
  },
  opretFravaer: {
    schema: opretFravaerSchema,
    gyldig: { fravaersaarsag: 10, startdato: '2026-12-01', slutdato: '2026-12-05', kommentar: 'Ferie' },
    flerlinjet: [['kommentar']],
    datoer: [['startdato'], ['slutdato']],
  },
  opdaterFravaer: {
    schema: opdaterFravaerSchema,
    gyldig: { startdato: '2026-12-01', slutdato: '2026-12-05', kommentar: 'Ferie' },
    flerlinjet: [['kommentar']],
    datoer: [['startdato'], ['slutdato']],
  },
  sletFravaer: {
    schema: sletFravaerSchema,
    gyldig: { berigtigelseskommentar: 'Fejlregistrering' },
    flerlinjet: [['berigtigelseskommentar']],
  },
  medlemstilgang: {
    schema: medlemstilgangSchema,
    gyldig: { unemploymentBenefitRightsStartDate: '2026-01-01' },
    datoer: [['unemploymentBenefitRightsStartDate']],
  },
  joblogPost: {
    schema: joblogPostSchema,
    gyldig: {
      stillingsbetegnelse: 'Tømrer',
      virksomhed: 'Hørsholm Byg ApS',
      submissionDate: '2026-11-20',
      submissionDeadlineDate: '2026-12-01',
    },
    enLinje: [['stillingsbetegnelse'], ['virksomhed']],
    datoer: [['submissionDate'], ['submissionDeadlineDate']],
  },
  opretJobordre: {
    schema: opretJobordreSchema,
    gyldig: {
      titel: 'Tømrer',
      beskrivelse: 'Nybyggeri',
      cvrNummer: '31501202',
      antalStillinger: 1,
      ansoegningsfrist: '2026-12-31',
      ansvarligtJobcenter: '22300',
    },
    enLinje: [['titel']],
    flerlinjet: [['beskrivelse']],
    datoer: [['ansoegningsfrist']],
  },
  opdaterJobordre: {
    schema: opdaterJobordreSchema,
    gyldig: { titel: 'Tømrer', beskrivelse: 'Nybyggeri', ansoegningsfrist: '2026-12-31' },
    enLinje: [['titel']],
    flerlinjet: [['beskrivelse']],
    datoer: [['ansoegningsfrist']],
  },
  jobordreQuery: { schema: jobordreQuerySchema, gyldig: { q: 'tømrer' }, enLinje: [['q']] },
  opretKonfliktvarsel: {
    schema: opretKonfliktvarselSchema,
    gyldig: { fraDato: '2026-11-01', tilDato: '2026-12-01', tekst: 'Strejke' },
    flerlinjet: [['tekst']],
    datoer: [['fraDato'], ['tilDato']],
  },
  afslutKonfliktvarsel: {
    schema: afslutKonfliktvarselSchema,
    gyldig: { tilDato: '2026-12-01' },
    datoer: [['tilDato']],
  },
  opretIndkaldelse: {
    schema: opretIndkaldelseSchema,
    gyldig: {
      samtaletype: 7,
      start,
      slut,
      moedeform: 1,
      adresse: 'Slotsmarken 1',
      lokationsuddybning: 'Lokale 2',
      digitaltMoedelink: 'https://moede.example/1',
      begrundelse: 'Fremmøde',
    },
    enLinje: [['adresse'], ['lokationsuddybning'], ['digitaltMoedelink']],
    flerlinjet: [['begrundelse']],
  },
  opdaterIndkaldelse: {
    schema: opdaterIndkaldelseSchema,
    gyldig: { adresse: 'Slotsmarken 1', begrundelse: 'Fremmøde' },
    enLinje: [['adresse']],
    flerlinjet: [['begrundelse']],
  },
  aflysIndkaldelse: {
    schema: aflysIndkaldelseSchema,
    gyldig: { aflysningsaarsag: 'Sygdom' },
    flerlinjet: [['aflysningsaarsag']],
  },
  moededeltagelsesvalg: {
    schema: moededeltagelsesvalgSchema,
    gyldig: { moedeform: 8, digitaltMoedelink: 'https://moede.example/1' },
    enLinje: [['digitaltMoedelink']],
  },
  opretMoedetilbud: {
    schema: opretMoedetilbudSchema,
    gyldig: { start, slut, moedeformer: [1], adresse: 'Slotsmarken 1', lokationsuddybning: 'Lokale 2' },
    enLinje: [['adresse'], ['lokationsuddybning']],
  },
  mineMoederQuery: { schema: mineMoederQuerySchema, gyldig: { dato: '2026-12-01' }, datoer: [['dato']] },
  opretIndsats: {
    schema: opretIndsatsSchema,
    gyldig: { type: 'VIRKSOMHEDSPRAKTIK', startdato: '2026-12-01', slutdato: '2026-12-31' },
    datoer: [['startdato'], ['slutdato']],
  },
  ophoerIndsats: {
    schema: ophoerIndsatsSchema,
    gyldig: { ophoersaarsag: 1, dato: '2026-12-01' },
    datoer: [['dato']],
  },
  virksomhedSoegQuery: { schema: virksomhedSoegQuerySchema, gyldig: { q: 'Hørsholm' }, enLinje: [['q']] },
};

/** A copy of `body` with `value` at `sti`. */
function med(body: Record<string, unknown>, sti: Sti, value: unknown): Record<string, unknown> {
  const kopi = structuredClone(body);
  let sted = kopi as Record<string | number, unknown>;
  for (const led of sti.slice(0, -1)) sted = sted[led] as Record<string | number, unknown>;
  sted[sti[sti.length - 1] as string | number] = value;
  return kopi;
}

function beskederVed(schema: z.ZodType, body: unknown, sti: Sti): string[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path.join('.') === sti.join('.'))
    .map((issue) => issue.message);
}

const felter = (kontrakt: Kontrakt, art: 'enLinje' | 'flerlinjet' | 'datoer') =>
  (kontrakt[art] ?? []).map((sti) => [sti.join('.'), sti] as const);

describe.each(Object.entries(kontrakter))('%s', (_navn, kontrakt) => {
  it('accepts the sample', () => {
    expect(kontrakt.schema.safeParse(kontrakt.gyldig).error?.issues).toBeUndefined();
  });

  const tekstfelter = [...felter(kontrakt, 'enLinje'), ...felter(kontrakt, 'flerlinjet')];
  it.runIf(tekstfelter.length > 0).each(tekstfelter)('refuses NUL and a lone surrogate in %s', (_, sti) => {
    const nul = beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, 'a\u0000b'), sti);
    expect([[KONTROLTEGN_BESKED], [KONTROLTEGN_FLERLINJET_BESKED]]).toContainEqual(nul);
    expect(beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, 'a\ud800'), sti)).toEqual([
      UGYLDIGE_TEGN_BESKED,
    ]);
  });

  it.runIf(felter(kontrakt, 'enLinje').length > 0).each(felter(kontrakt, 'enLinje'))(
    'refuses a line break in the one-line field %s',
    (_, sti) => {
      expect(beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, 'a\nb'), sti)).toEqual([
        KONTROLTEGN_BESKED,
      ]);
    },
  );

  it.runIf(felter(kontrakt, 'flerlinjet').length > 0).each(felter(kontrakt, 'flerlinjet'))(
    'keeps line breaks in the multi-line field %s',
    (_, sti) => {
      expect(kontrakt.schema.safeParse(med(kontrakt.gyldig, sti, 'a\r\nb')).success).toBe(true);
    },
  );

  it.runIf(felter(kontrakt, 'datoer').length > 0).each(felter(kontrakt, 'datoer'))(
    'refuses the years 0000 and 9999 in %s',
    (_, sti) => {
      for (const value of ['0000-01-01', '9999-12-31']) {
        expect(beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, value), sti)).toEqual([aarBesked()]);
      }
    },
  );
});

describe('instants', () => {
  it.each([
    ['opretIndkaldelse', opretIndkaldelseSchema, kontrakter.opretIndkaldelse?.gyldig],
    ['opretMoedetilbud', opretMoedetilbudSchema, kontrakter.opretMoedetilbud?.gyldig],
  ] as const)('%s refuses start and slut without an offset or in year 0000', (_, schema, gyldig) => {
    for (const felt of ['start', 'slut']) {
      expect(beskederVed(schema, { ...gyldig, [felt]: '2026-12-01T09:00:00' }, [felt])).toEqual([
        'Tidspunktet skal have dato, klokkeslæt og tidszone',
      ]);
      expect(beskederVed(schema, { ...gyldig, [felt]: '0000-12-01T09:00:00Z' }, [felt])).toEqual([
        aarBesked(),
      ]);
    }
  });
});

describe('joblog', () => {
  it('reads an instant as its Copenhagen date', () => {
    const post = joblogPostSchema.parse({
      ...kontrakter.joblogPost?.gyldig,
      submissionDate: '2026-11-27T23:30:00Z',
    });
    expect(post.submissionDate).toBe('2026-11-28');
  });

  it("R15's check reads every well-formed date before the shared bound, so DATO_FOER_2015 can win", () => {
    for (const [value, dato] of [
      ['1899-12-31', '1899-12-31'],
      ['0000-01-01', '0000-01-01'],
      ['0999-06-01T12:00:00Z', '0999-06-01'],
      ['2014-12-31T23:30:00Z', '2015-01-01'],
    ]) {
      expect(joblogDatoSchema.parse(value)).toBe(dato);
    }
    expect(joblogDatoSchema.safeParse('3000-01-01').success).toBe(false);
    expect(joblogDatoSchema.safeParse('2026-02-30').success).toBe(false);
  });

  it('refuses a month outside the years', () => {
    expect(beskederVed(joblogMaanedQuerySchema, { maaned: '0000-01' }, ['maaned'])).toEqual([aarBesked()]);
    expect(joblogMaanedQuerySchema.parse({ maaned: '2026-11' })).toEqual({ maaned: '2026-11' });
  });
});

describe('login', () => {
  it('keeps the password as typed and refuses NUL in it', () => {
    expect(loginBodySchema.parse({ brugernavn: ' sb22300 ', adgangskode: ' demo ' })).toEqual({
      brugernavn: 'sb22300',
      adgangskode: ' demo ',
    });
    expect(
      beskederVed(loginBodySchema, { brugernavn: 'sb22300', adgangskode: 'de\u0000mo' }, ['adgangskode']),
    ).toEqual([KONTROLTEGN_BESKED]);
  });
});

describe('cvSoeg', () => {
  it('takes only a base64url cursor', () => {
    expect(cvSoegSchema.safeParse({ cursor: 'WzEuNSwiYWJjIl0' }).success).toBe(true);
    expect(cvSoegSchema.safeParse({ cursor: 'Wz\u0000' }).success).toBe(false);
    expect(cvSoegSchema.safeParse({ cursor: 'a'.repeat(201) }).success).toBe(false);
  });
});
