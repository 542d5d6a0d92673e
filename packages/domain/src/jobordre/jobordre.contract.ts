import { z } from 'zod';
import { jobcenterRefSchema } from '../auth/auth.contract.js';
import { dato, datoFormat, tekst, tidspunktFormat } from '../felter/felter.contract.js';
import {
  cvrNummerSchema,
  jobcenternummerSchema,
  pNummerSchema,
} from '../identifiers/identifiers.contract.js';

const kodeNavn = z.object({ id: z.number().int(), navn: z.string() });
const status = z
  .number()
  .int()
  .refine((id) => [1, 2, 3].includes(id), {
    message: 'Status er 1 Åben, 2 Midlertidig inaktiv eller 3 Lukket',
  });
const titel = tekst({ min: 1, max: 200, minBesked: 'Skriv en titel' });
const beskrivelse = tekst({ max: 5000, flerlinjet: true });

export const opretJobordreSchema = z
  .strictObject({
    titel,
    beskrivelse: beskrivelse.default(''),
    cvrNummer: cvrNummerSchema,
    pNummer: pNummerSchema.nullish(),
    antalStillinger: z.number().int().min(1, 'Mindst 1 stilling').max(999),
    ansoegningsfrist: dato().nullish(),
    ansvarligtJobcenter: jobcenternummerSchema,
  })
  .meta({ id: 'OpretJobordre' });
export type OpretJobordre = z.input<typeof opretJobordreSchema>;

export const opdaterJobordreSchema = z
  .strictObject({
    titel,
    beskrivelse,
    antalStillinger: z.number().int().min(1, 'Mindst 1 stilling').max(999),
    ansoegningsfrist: dato().nullable(),
    status,
  })
  .partial()
  .meta({ id: 'OpdaterJobordre' });
export type OpdaterJobordre = z.input<typeof opdaterJobordreSchema>;

export const jobordreQuerySchema = z
  .strictObject({
    status: z.coerce.number().int().min(1).max(3).optional(),
    q: tekst({ max: 100 }).optional(),
    cvrNummer: cvrNummerSchema.optional(),
  })
  .meta({ id: 'JobordreQuery' });

export const jobordreSchema = z
  .object({
    id: z.uuid(),
    titel: z.string(),
    beskrivelse: z.string(),
    virksomhed: z.object({ cvrNummer: z.string(), navn: z.string(), pNummer: z.string().nullable() }),
    antalStillinger: z.number().int(),
    ansoegningsfrist: datoFormat.nullable(),
    ansvarligtJobcenter: jobcenterRefSchema,
    status: kodeNavn,
    konfliktramt: z.boolean().meta({ description: 'R21: virksomheden har et aktivt konfliktvarsel' }),
    antalKandidater: z.number().int(),
    kanAendres: z
      .boolean()
      .meta({ description: 'R19: brugerens jobcenter er i samme myndighed som det ansvarlige' }),
    kanFormidles: z.boolean(),
    formidlingSpaerret: z
      .string()
      .nullable()
      .meta({ description: 'Hvorfor der ikke kan formidles lige nu (R18, R21)' }),
    version: z.number().int(),
  })
  .meta({ id: 'Jobordre' });
export type Jobordre = z.infer<typeof jobordreSchema>;

export const jobordreListeSchema = z.object({ items: z.array(jobordreSchema) }).meta({ id: 'JobordreListe' });

export const formidlingSchema = z
  .object({
    id: z.uuid(),
    jobordreId: z.uuid(),
    borger: z
      .object({ id: z.uuid().nullable(), navn: z.string() })
      .meta({ description: 'Navn og id kun for egen myndigheds borgere; andre vises med myndigheden' }),
    formidlingsstatus: kodeNavn,
    historik: z.array(
      z.object({
        formidlingsstatus: kodeNavn,
        tidspunkt: tidspunktFormat,
        bruger: z.string(),
        myndighed: z.object({ kode: z.string(), navn: z.string() }),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Formidling' });
export type Formidling = z.infer<typeof formidlingSchema>;

export const jobordreDetaljeSchema = jobordreSchema
  .extend({ formidlinger: z.array(formidlingSchema) })
  .meta({ id: 'JobordreDetalje' });
export type JobordreDetalje = z.infer<typeof jobordreDetaljeSchema>;

export const opretFormidlingSchema = z
  .strictObject({ borgerId: z.uuid({ message: 'Vælg en borger' }), formidlingsstatus: z.number().int() })
  .meta({ id: 'OpretFormidling' });

export const opdaterFormidlingSchema = z
  .strictObject({ formidlingsstatus: z.number().int() })
  .meta({ id: 'OpdaterFormidling' });

export const opretKonfliktvarselSchema = z
  .strictObject({
    pNummer: pNummerSchema.nullish(),
    fraDato: dato(),
    tilDato: dato().nullish(),
    tekst: tekst({ min: 1, max: 1000, flerlinjet: true, minBesked: 'Beskriv konflikten' }),
  })
  .refine((body) => !body.tilDato || body.tilDato >= body.fraDato, {
    message: 'Slutdatoen må ikke ligge før startdatoen',
    path: ['tilDato'],
  })
  .meta({ id: 'OpretKonfliktvarsel' });

export const afslutKonfliktvarselSchema = z
  .strictObject({ tilDato: dato() })
  .meta({ id: 'AfslutKonfliktvarsel' });

export type OpretKonfliktvarsel = z.input<typeof opretKonfliktvarselSchema>;
export type AfslutKonfliktvarsel = z.input<typeof afslutKonfliktvarselSchema>;
