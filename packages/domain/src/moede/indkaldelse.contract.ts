import { z } from 'zod';
import { ansvarligBrugernavnSchema, brugerRefSchema, jobcenterRefSchema } from '../auth/auth.contract.js';
import { dato, tekst, tidspunkt, tidspunktFormat } from '../felter/felter.contract.js';
import { moedeformer, samtaletyper } from './moede.codelists.js';

const kendtMoedeform = z
  .number()
  .int()
  .refine((id) => moedeformer.some((form) => form.id === id), { message: 'Ukendt mødeform' });
const samtaletype = z
  .number()
  .int()
  .refine((id) => samtaletyper.some((type) => type.id === id), {
    message: 'Vælg jobsamtale (7) eller opfølgningssamtale (4)',
  });
const valgfriTekst = (max: number) => tekst({ max }).nullish();
const valgfriFlerlinjet = (max: number) => tekst({ max, flerlinjet: true }).nullish();

const periode = <T extends { start?: string | undefined; slut?: string | undefined }>(body: T) =>
  !body.start || !body.slut || new Date(body.slut) > new Date(body.start);
const periodeFejl = { message: 'Mødet skal slutte efter det starter', path: ['slut'] };

const indkaldelseFelter = {
  samtaletype,
  start: tidspunkt(),
  slut: tidspunkt(),
  moedeform: kendtMoedeform,
  adresse: valgfriTekst(200),
  lokationsuddybning: valgfriTekst(200),
  digitaltMoedelink: valgfriTekst(500),
  personligtFremmoedePaakraevet: z.boolean().optional(),
  begrundelse: valgfriFlerlinjet(1000),
};

export const opretIndkaldelseSchema = z
  .strictObject(indkaldelseFelter)
  .refine(periode, periodeFejl)
  .meta({ id: 'OpretIndkaldelse' });
export type OpretIndkaldelse = z.input<typeof opretIndkaldelseSchema>;

export const opdaterIndkaldelseSchema = z
  .strictObject({
    ...indkaldelseFelter,
    /** The ansvarlig sagsbehandler by brugernavn (a sagsbehandler of the caller's jobcentre), or null (ADR 0018). */
    ansvarlig: ansvarligBrugernavnSchema,
  })
  .partial()
  .refine(periode, periodeFejl)
  .meta({ id: 'OpdaterIndkaldelse' });
export type OpdaterIndkaldelse = z.input<typeof opdaterIndkaldelseSchema>;

export const aflysIndkaldelseSchema = z
  .strictObject({
    aflysningsaarsag: tekst({
      min: 1,
      max: 500,
      flerlinjet: true,
      minBesked: 'Skriv hvorfor mødet aflyses',
    }),
  })
  .meta({ id: 'AflysIndkaldelse' });

export const moededeltagelsesvalgSchema = z
  .strictObject({
    moedeform: z
      .number()
      .int()
      .refine((id) => [1, 2, 8].includes(id), {
        message: 'Borgeren kan vælge personligt fremmøde (1), telefon (2) eller digitalt møde (8)',
      }),
    digitaltMoedelink: valgfriTekst(500),
  })
  .meta({ id: 'Moededeltagelsesvalg' });

export const idParamSchema = z.strictObject({ id: z.uuid({ message: 'Ukendt id' }) });

const kodeNavn = z.object({ id: z.number().int(), navn: z.string() });
const myndighedRef = z.object({ kode: z.string(), navn: z.string() });

/** Who wrote a version of a meeting: a colleague (bruger), or a system (Jobnet for the citizen, a case system). */
export const aendringAfSchema = z
  .object({
    af: z.object({ type: z.enum(['bruger', 'system']), navn: z.string() }),
    myndighed: myndighedRef,
    tidspunkt: tidspunktFormat,
  })
  .meta({ id: 'IndkaldelseAendringAf' });

export const indkaldelseSchema = z
  .object({
    id: z.uuid(),
    borger: z.object({ id: z.uuid(), navn: z.string() }),
    jobcenter: jobcenterRefSchema,
    samtaletype: kodeNavn,
    start: tidspunktFormat,
    slut: tidspunktFormat,
    moedeform: kodeNavn.extend({ aktiv: z.boolean() }),
    adresse: z.string().nullable(),
    lokationsuddybning: z.string().nullable(),
    digitaltMoedelink: z.string().nullable(),
    personligtFremmoedePaakraevet: z.boolean(),
    begrundelse: z.string().nullable(),
    aflyst: z.boolean(),
    aflysningsaarsag: z.string().nullable(),
    selvbooket: z.boolean(),
    retTilValgAfMoedeform: z.boolean().meta({ description: 'R3 på mødets dato' }),
    moededeltagelsesvalg: z
      .object({ moedeform: kodeNavn, registreretAf: z.string(), registreretTidspunkt: tidspunktFormat })
      .nullable(),
    version: z.number().int(),
    udfald: z
      .object({
        udfald: z.enum(['afholdt', 'udeblevet']),
        kommentar: z
          .string()
          .nullable()
          .meta({ description: 'Samtalenotatet: hvad der blev aftalt, næste skridt' }),
        registreretAf: z.string(),
        tidspunkt: tidspunktFormat,
      })
      .nullable()
      .meta({ description: 'Mødets registrerede udfald; null til nogen har registreret det' }),
    ansvarlig: brugerRefSchema
      .nullable()
      .meta({ description: 'Den ansvarlige sagsbehandler; null når ingen er ansvarlig' }),
    oprettet: aendringAfSchema.meta({ description: 'Hvem der oprettede mødet, og hvornår' }),
    senestAendret: aendringAfSchema.nullable().meta({
      description: 'Hvem der sidst ændrede, aflyste eller registrerede et valg; null når ingen har',
    }),
  })
  .meta({ id: 'Indkaldelse' });
export type Indkaldelse = z.infer<typeof indkaldelseSchema>;

export const indkaldelseListeSchema = z
  .object({ items: z.array(indkaldelseSchema) })
  .meta({ id: 'IndkaldelseListe' });

/** GetIndkaldelseshistorik: each version, oldest first; `aendringer` names the fields that version changed. */
export const indkaldelseHistorikSchema = z
  .object({
    items: z.array(
      aendringAfSchema.extend({
        version: z.number().int(),
        aendringstype: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        aendringer: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'IndkaldelseHistorik' });

/** GetDeltagelsesvalgshistorik: every choice registered, newest first, replaced ones included. */
export const moededeltagelsesvalgHistorikSchema = z
  .object({
    items: z.array(
      z.object({
        moedeform: kodeNavn,
        registreret: tidspunktFormat,
        myndighed: myndighedRef,
        af: z.string(),
      }),
    ),
  })
  .meta({ id: 'MoededeltagelsesvalgHistorik' });

/** POST /api/indkaldelser/:id/udfald (If-Match). */
export const udfaldSchema = z
  .strictObject({
    udfald: z.enum(['afholdt', 'udeblevet'], { message: 'Vælg afholdt eller udeblevet' }),
    kommentar: valgfriFlerlinjet(4000),
  })
  .meta({ id: 'Udfald' });
export type Udfald = z.infer<typeof udfaldSchema>['udfald'];

/** Mine møder's filter: `mig`, the meetings the caller is ansvarlig for; `alle` (the default), the jobcentre's. */
export const moedeAnsvarligFiltre = ['mig', 'alle'] as const;
export type MoedeAnsvarligFilter = (typeof moedeAnsvarligFiltre)[number];

export const mineMoederQuerySchema = z
  .strictObject({
    dato: dato().optional(),
    ansvarlig: z.enum(moedeAnsvarligFiltre, { message: 'Vælg mig eller alle' }).optional(),
  })
  .meta({ id: 'MineMoederQuery' });

const valgbareIds = z
  .array(z.number().int())
  .min(1, 'Vælg mindst én mødeform')
  .refine((ids) => ids.every((id) => [1, 2, 8].includes(id)), {
    message: 'Et mødetilbud kan have personligt fremmøde (1), telefon (2) og digitalt møde (8)',
  })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Hver mødeform kun én gang' });

export const opretMoedetilbudSchema = z
  .strictObject({
    start: tidspunkt(),
    slut: tidspunkt(),
    moedeformer: valgbareIds,
    adresse: valgfriTekst(200),
    lokationsuddybning: valgfriTekst(200),
    digitaltMoedelink: valgfriTekst(500),
  })
  .refine(periode, periodeFejl)
  .meta({ id: 'OpretMoedetilbud' });
export type OpretMoedetilbud = z.input<typeof opretMoedetilbudSchema>;

export const moedetilbudSchema = z
  .object({
    id: z.uuid(),
    jobcenter: jobcenterRefSchema,
    start: tidspunktFormat,
    slut: tidspunktFormat,
    moedeformer: z.array(kodeNavn),
    adresse: z.string().nullable(),
    lokationsuddybning: z.string().nullable(),
    digitaltMoedelink: z.string().nullable(),
    booket: z.boolean(),
  })
  .meta({ id: 'Moedetilbud' });
export type Moedetilbud = z.infer<typeof moedetilbudSchema>;

export const moedetilbudListeSchema = z
  .object({ items: z.array(moedetilbudSchema) })
  .meta({ id: 'MoedetilbudListe' });

/** BorgerBookingService (Jobnet, on behalf of the citizen named in the CPR header). */
export const borgerbookingTilbudListeSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        start: tidspunktFormat,
        slut: tidspunktFormat,
        valgbareMoedeformer: z.array(z.number().int()),
      }),
    ),
  })
  .meta({ id: 'BorgerbookingTilbudListe' });

export const borgerbookingSchema = z
  .strictObject({ moedetilbudId: z.uuid({ message: 'Ukendt mødetilbud' }), moedeform: z.number().int() })
  .meta({ id: 'Borgerbooking' });

export const legacyBookingSchema = z
  .strictObject({ moedetilbudId: z.uuid({ message: 'Ukendt mødetilbud' }) })
  .meta({ id: 'LegacyBooking' });

/** The CPR header of /v1 (as DFDG does): never in a URL. */
export const cprHeaderName = 'x-civilregistrationidentifier';
