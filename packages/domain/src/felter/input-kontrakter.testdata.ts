// The input contracts with a body each accepts, shared by the tests that walk every contract (the text and
// date blocks in felter-i-kontrakter.test.ts, the Danish messages in fejlbeskeder.test.ts). Not built.
import type { z } from 'zod';
import { brugereQuerySchema, loginBodySchema } from '../auth/auth.contract.js';
import { opretBorgerSchema, saetAnsvarligSchema, soegBorgerSchema } from '../borger/borger.contract.js';
import { opdaterKontaktpersonSchema, opretKontaktpersonSchema } from '../borger/kontaktperson.contract.js';
import { cvSoegSchema, gemCvSchema } from '../cv/cv.contract.js';
import {
  medlemstilgangSchema,
  opdaterFravaerSchema,
  opretFravaerSchema,
  sletFravaerSchema,
} from '../fravaer/fravaer.contract.js';
import { joblogPostSchema } from '../joblog/joblog.contract.js';
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

// Each input contract with a body it accepts and the text and date fields in it: a field that skips the
// blocks lets NUL or year 0 through to PostgreSQL, which answers 500.
export type Sti = (string | number)[];
export interface Kontrakt {
  schema: z.ZodType;
  gyldig: Record<string, unknown>;
  enLinje?: Sti[];
  flerlinjet?: Sti[];
  datoer?: Sti[];
}

const start = '2026-12-01T09:00:00+01:00';
const slut = '2026-12-01T10:00:00+01:00';
const periode = { titel: 'Tømrer', sted: 'Hørsholm', fra: '2015-08-01', til: '2026-03-01' };

export const kontrakter: Record<string, Kontrakt> = {
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
    gyldig: { adresse: 'Slotsmarken 1', begrundelse: 'Fremmøde', ansvarlig: 'sb22300' },
    enLinje: [['adresse'], ['ansvarlig']],
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
  mineMoederQuery: {
    schema: mineMoederQuerySchema,
    gyldig: { dato: '2026-12-01', ansvarlig: 'mig' },
    datoer: [['dato']],
  },
  saetAnsvarlig: {
    schema: saetAnsvarligSchema,
    gyldig: { brugernavn: 'sb22300' },
    enLinje: [['brugernavn']],
  },
  brugereQuery: { schema: brugereQuerySchema, gyldig: { rolle: 'sagsbehandler' } },
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
export function med(body: Record<string, unknown>, sti: Sti, value: unknown): Record<string, unknown> {
  const kopi = structuredClone(body);
  let sted = kopi as Record<string | number, unknown>;
  for (const led of sti.slice(0, -1)) sted = sted[led] as Record<string | number, unknown>;
  sted[sti[sti.length - 1] as string | number] = value;
  return kopi;
}
