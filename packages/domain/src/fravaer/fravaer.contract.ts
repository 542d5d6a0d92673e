import { z } from 'zod';
import { jobcenterRefSchema } from '../auth/auth.contract.js';
import { akasseRefSchema } from '../borger/borger.contract.js';
import { dato, datoFormat, tekst, tidspunktFormat } from '../felter/felter.contract.js';

const kommentar = tekst({ max: 1000, flerlinjet: true }).nullish();

const periodeOk = (body: { startdato?: string | undefined; slutdato?: string | null | undefined }) =>
  !body.startdato || !body.slutdato || body.slutdato >= body.startdato;
const periodeFejl = { message: 'Slutdatoen må ikke ligge før startdatoen', path: ['slutdato'] };

const fravaerFelter = {
  fravaersaarsag: z.number().int(),
  startdato: dato(),
  slutdato: dato().nullish(),
  kommentar,
};

export const opretFravaerSchema = z
  .strictObject(fravaerFelter)
  .refine(periodeOk, periodeFejl)
  .meta({ id: 'OpretFravaer' });
export type OpretFravaer = z.input<typeof opretFravaerSchema>;

export const opdaterFravaerSchema = z
  .strictObject(fravaerFelter)
  .partial()
  .refine(periodeOk, periodeFejl)
  .meta({ id: 'OpdaterFravaer' });
export type OpdaterFravaer = z.input<typeof opdaterFravaerSchema>;

export const sletFravaerSchema = z
  .strictObject({
    berigtigelseskommentar: tekst({
      min: 1,
      max: 1000,
      flerlinjet: true,
      minBesked: 'Skriv en berigtigelseskommentar',
    }),
  })
  .meta({ id: 'SletFravaer' });

/** The form's draft, for the consequences shown before saving; `fravaerId` when an existing one is edited. */
export const forhaandsvisFravaerSchema = z
  .strictObject({ ...fravaerFelter, fravaerId: z.uuid().optional() })
  .refine(periodeOk, periodeFejl)
  .meta({ id: 'ForhaandsvisFravaer' });
export type ForhaandsvisFravaer = z.output<typeof forhaandsvisFravaerSchema>;

/**
 * One consequence of saving a fravær, as data: `kind` says which, the figures and dates travel with it. The
 * Danish sentence is `fravaerKonsekvensTekst` (fravaer-konsekvens.tekst.ts), the same for the API and the SPA.
 */
export const fravaerKonsekvensSchema = z
  .discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('selvbookingspligt-bortfalder'), fra: datoFormat })
      .meta({ description: 'R11: the duty to self-book lapses from `fra`' }),
    z
      .object({ kind: z.literal('joblog-ikke-paakraevet') })
      .meta({ description: 'R13: the joblog is no longer required' }),
    z
      .object({ kind: z.literal('ingen-dagpenge'), fra: datoFormat })
      .meta({ description: 'R8: no a-dagpenge from `fra` (sorgorlov)' }),
    z
      .object({ kind: z.literal('mindre-intensiv-indsats') })
      .meta({ description: 'M flag (R17): mindre intensiv indsats, no duty to attend meetings' }),
    z
      .object({
        kind: z.literal('moeder-boer-flyttes'),
        moeder: z.array(z.object({ id: z.string(), dato: datoFormat })).min(1),
      })
      .meta({ description: "The citizen's meetings (not cancelled) in the period, which should be moved" }),
    z
      .object({ kind: z.literal('ingen-aendring') })
      .meta({ description: "No change of the citizen's duties" }),
    z
      .object({
        kind: z.literal('samme-aarsag-i-perioden'),
        fravaer: z
          .array(z.object({ id: z.string(), startdato: datoFormat, slutdato: datoFormat.nullable() }))
          .min(1),
      })
      .meta({ description: 'The citizen already has a fravær of the same reason in the period (unusual)' }),
    z
      .object({
        kind: z.literal('akasse-faar-besked'),
        akasse: z.object({ kode: z.string(), navn: z.string() }),
      })
      .meta({ description: "R9: the citizen's a-kasse is told when the fravær is saved (kontaktgruppe 1)" }),
  ])
  .meta({ id: 'FravaerKonsekvens' });
export type FravaerKonsekvens = z.infer<typeof fravaerKonsekvensSchema>;

/** The answer of the preview: why the reason cannot be used (then no consequences), or the consequences. */
export const fravaerForhaandsvisningSvarSchema = z
  .object({
    afvisning: z
      .string()
      .nullable()
      .meta({ description: 'Hvorfor årsagen ikke kan bruges (R8, R10, matricen), på dansk; ellers null' }),
    konsekvenser: z.array(fravaerKonsekvensSchema),
  })
  .meta({ id: 'FravaerKonsekvenser' });
export type FravaerForhaandsvisningSvar = z.infer<typeof fravaerForhaandsvisningSvarSchema>;

const aarsagRef = z.object({ id: z.number().int(), navn: z.string(), beskrivelse: z.string() });

export const fravaerSchema = z
  .object({
    id: z.uuid(),
    borgerId: z.uuid(),
    fravaersaarsag: aarsagRef,
    startdato: datoFormat,
    slutdato: datoFormat.nullable(),
    kommentar: z.string().nullable(),
    aktiv: z.boolean().meta({ description: 'Aktivt i dag (København)' }),
    jobcenter: jobcenterRefSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Fravaer' });
export type Fravaer = z.infer<typeof fravaerSchema>;

export const fravaerVersionSchema = z
  .object({
    version: z.number().int(),
    aendringstype: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    tidspunkt: tidspunktFormat,
    bruger: z.string(),
    myndighed: z.object({ kode: z.string(), navn: z.string() }),
    fravaersaarsag: aarsagRef,
    startdato: datoFormat,
    slutdato: datoFormat.nullable(),
    kommentar: z.string().nullable(),
    berigtigelseskommentar: z.string().nullable(),
    aendringer: z.array(z.string()).meta({ description: 'Hvad der blev ændret, på dansk' }),
  })
  .meta({ id: 'FravaerVersion' });

export const fravaerDetaljeSchema = fravaerSchema
  .extend({ slettet: z.boolean(), versioner: z.array(fravaerVersionSchema) })
  .meta({ id: 'FravaerDetalje' });
export type FravaerDetalje = z.infer<typeof fravaerDetaljeSchema>;

export const fravaerListeSchema = z.object({ items: z.array(fravaerSchema) }).meta({ id: 'FravaerListe' });

export const fravaersaarsagQuerySchema = z
  .strictObject({ kontaktgruppe: z.coerce.number().int().min(1).max(7).optional() })
  .meta({ id: 'FravaersaarsagQuery' });

export const fravaersaarsagListeSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        navn: z.string(),
        beskrivelse: z.string(),
        kanOprettes: z.boolean(),
        tilladt: z.boolean().meta({ description: 'Tilladt for kontaktgruppen i forespørgslen (alle uden)' }),
        fritagerForSelvbooking: z.enum(['ja', 'kun-i-aktiv-indsats', 'nej']),
        mindreIntensivIndsats: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'FravaersaarsagListe' });

/** GET /v1/beskeder */
export const beskederQuerySchema = z
  .strictObject({
    efter: z.coerce.number().int().min(0, 'efter er en sekvens, 0 eller derover').default(0),
    antal: z.coerce
      .number()
      .int()
      .min(1, 'antal skal være mindst 1')
      .default(100)
      .transform((antal) => Math.min(antal, 500)),
  })
  .meta({ id: 'BeskederQuery' });

export const beskedSchema = z
  .object({
    sekvens: z.number().int(),
    id: z.uuid(),
    type: z.enum(['FRAVAER', 'INDKALDELSE', 'UDEBLIVELSE']),
    aendringstype: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    cpr: z.string(),
    data: z.unknown(),
    oprettet: tidspunktFormat,
    fejl: z
      .string()
      .optional()
      .meta({ description: 'Sat når beskeden ikke kan læses; den blokerer ikke de efterfølgende' }),
  })
  .meta({ id: 'Webservicebesked' });

export const beskederSvarSchema = z
  .object({ items: z.array(beskedSchema), naesteEfter: z.number().int() })
  .meta({ id: 'Webservicebeskeder' });

/** The data of a FRAVAER message. */
export const fravaerBeskedDataSchema = z.object({
  fravaerId: z.uuid(),
  fravaersaarsag: z.number().int(),
  startdato: datoFormat,
  slutdato: datoFormat.nullable(),
  jobcenter: z.string(),
  akasse: z.string().nullable(),
});

/** The data of an INDKALDELSE message: a blank lokationsuddybning is null (R5, the note's known problem). */
export const indkaldelseBeskedDataSchema = z.object({
  indkaldelseId: z.uuid(),
  start: tidspunktFormat,
  slut: tidspunktFormat,
  moedeform: z.number().int(),
  lokationsuddybning: z.string().min(1).nullable(),
});

/** The data of an UDEBLIVELSE message: the meeting the citizen did not attend. */
export const udeblivelseBeskedDataSchema = z.object({
  indkaldelseId: z.uuid(),
  start: tidspunktFormat,
  moedeform: z.number().int(),
});

export const medlemstilgangSchema = z
  .strictObject({ unemploymentBenefitRightsStartDate: dato() })
  .meta({ id: 'Medlemstilgang' });

export const medlemskabSchema = z
  .object({ akasse: akasseRefSchema, unemploymentBenefitRightsStartDate: datoFormat })
  .meta({ id: 'Medlemskab' });

export const personstatusSchema = z
  .object({
    kontaktgruppe: z.number().int(),
    jobcenter: jobcenterRefSchema,
    akasse: akasseRefSchema.nullable(),
    aktiveFravaer: z.array(fravaerSchema),
  })
  .meta({ id: 'Personstatus' });

/** GET /v1/personhistorik (PersonHistoryService, RN 2.1): the period whose fravær versions are asked for. */
export const personhistorikQuerySchema = z
  .strictObject({ fra: dato(), til: dato() })
  .refine((q) => q.fra <= q.til, { message: 'Fra-datoen må ikke ligge efter til-datoen', path: ['til'] })
  .meta({ id: 'PersonhistorikQuery' });

export const personhistorikSchema = z
  .object({
    items: z.array(
      z.object({
        type: z.literal('FRAVAER'),
        fravaerId: z.uuid(),
        aendringstype: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        registreret: tidspunktFormat,
        fravaersaarsag: z.number().int(),
        startdato: datoFormat,
        slutdato: datoFormat.nullable(),
      }),
    ),
  })
  .meta({ id: 'Personhistorik' });
export type Personhistorik = z.infer<typeof personhistorikSchema>;
