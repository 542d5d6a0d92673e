import { z } from 'zod';
import { ansvarligBrugernavnSchema, brugerRefSchema, jobcenterRefSchema } from '../auth/auth.contract.js';
import { dato, datoFormat, tekst, tidspunktFormat } from '../felter/felter.contract.js';
import { cprSchema, jobcenternummerSchema } from '../identifiers/identifiers.contract.js';
import { joblogGrundSchema } from '../joblog/joblog.contract.js';
import { kontaktgruppeIds } from './kontaktgruppe.codelists.js';

const navn = (label: string) =>
  tekst({
    min: 1,
    max: 100,
    minBesked: `Skriv ${label}`,
    maxBesked: `${label[0]?.toUpperCase()}${label.slice(1)} må højst være 100 tegn`,
  });

export const kontaktgruppeSchema = z
  .number()
  .int()
  .refine((id) => (kontaktgruppeIds as number[]).includes(id), {
    message: 'Vælg en kontaktgruppe fra 1 til 7',
  });

/** Eight digits, spaces allowed on the way in (api.md "The citizen is told"): reminders go by SMS to it. */
export const mobilnummerSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'Mobilnummeret skal have 8 cifre'));

export const opretBorgerSchema = z
  .strictObject({
    cpr: cprSchema,
    fornavn: navn('fornavn'),
    efternavn: navn('efternavn'),
    kontaktgruppe: kontaktgruppeSchema,
    ledighedsdato: dato(),
    akasse: tekst({ min: 1, max: 20, minBesked: 'Vælg en a-kasse' }).nullish(),
    mobilnummer: mobilnummerSchema.nullish(),
  })
  .meta({ id: 'OpretBorger' });
export type OpretBorger = z.input<typeof opretBorgerSchema>;

/** POST so a CPR number never appears in a URL. At least one criterion. */
export const soegBorgerSchema = z
  .strictObject({
    cpr: cprSchema.optional(),
    navn: tekst({ min: 2, max: 100, minBesked: 'Skriv mindst 2 tegn af navnet' }).optional(),
  })
  .refine((body) => body.cpr !== undefined || body.navn !== undefined, {
    message: 'Søg på CPR-nummer eller navn',
    path: ['navn'],
  })
  .meta({ id: 'SoegBorger' });

export const flytBorgerSchema = z
  .strictObject({ jobcenter: jobcenternummerSchema })
  .meta({ id: 'FlytBorger' });

export const borgerIdParamSchema = z.strictObject({ id: z.uuid({ message: 'Ukendt id' }) });

export const akasseRefSchema = z.object({ kode: z.string(), navn: z.string() }).meta({ id: 'AkasseRef' });

/**
 * R11: why the citizen has or has not the duty to self-book, as data. The Danish sentence is
 * `selvbookingGrundTekst` (borger-status.tekst.ts), the same wherever it is shown.
 */
export const selvbookingGrundSchema = z
  .discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('pligt'), kontaktgruppe: z.number().int() })
      .meta({ description: 'R11: the kontaktgruppe has the duty to self-book' }),
    z
      .object({ kind: z.literal('kontaktgruppe-uden-pligt'), kontaktgruppe: z.number().int() })
      .meta({ description: 'R11: the kontaktgruppe has no duty to self-book' }),
    z
      .object({
        kind: z.literal('fritaget'),
        fravaersaarsag: z.number().int(),
        slutdato: datoFormat.nullable(),
      })
      .meta({
        description: 'R11: an active fravær of this reason exempts until `slutdato` (null: open-ended)',
      }),
    z
      .object({
        kind: z.literal('frataget'),
        fravaersaarsag: z.number().int(),
        slutdato: datoFormat.nullable(),
      })
      .meta({ description: 'Fravær 57: the right to self-book is taken away until `slutdato`' }),
  ])
  .meta({ id: 'SelvbookingGrund' });
export type SelvbookingGrund = z.infer<typeof selvbookingGrundSchema>;

export const borgerSchema = z
  .object({
    id: z.uuid(),
    cprMaskeret: z.string().meta({ example: '010190-xxxx' }),
    fornavn: z.string(),
    efternavn: z.string(),
    kontaktgruppe: z.number().int(),
    jobcenter: jobcenterRefSchema,
    akasse: akasseRefSchema.nullable(),
    mobilnummer: z.string().nullable().meta({ description: 'Påmindelser sendes som SMS, når det er sat' }),
    ledighedsdato: datoFormat,
    maanederLedig: z.number().int().meta({ description: 'Hele måneder fra ledighedsdatoen til i dag' }),
    retTilValgAfMoedeform: z
      .boolean()
      .meta({ description: 'R3: har borgeren i dag ret til at vælge mødeform til en jobsamtale' }),
    selvbooking: z
      .object({
        pligt: z.boolean(),
        frataget: z.boolean().meta({ description: 'Fravær 57: borgeren må slet ikke selvbooke' }),
        grund: selvbookingGrundSchema,
        fritagetAf: z.array(z.string()),
      })
      .meta({ description: 'R11: pligt til selvbooking efter fritagelser' }),
    mindreIntensivIndsats: z.boolean(),
    dagpengeUdelukket: z
      .boolean()
      .meta({ description: 'R8: ingen a-dagpenge under sorgorlov (kontaktgruppe 1)' }),
    dagpengeretFra: datoFormat
      .nullable()
      .meta({ description: 'UnemploymentBenefitRightsStartDate fra a-kassen (R7)' }),
    ansvarlig: brugerRefSchema
      .nullable()
      .meta({ description: 'Den ansvarlige sagsbehandler; null når ingen er ansvarlig' }),
    joblog: z
      .object({
        krav: z.boolean(),
        grund: joblogGrundSchema,
        fritagetAf: z.array(z.string()),
        antalDenneMaaned: z.number().int(),
      })
      .meta({ description: 'R13, R16: kravet følger kalendermåneden i København' }),
  })
  .meta({ id: 'Borger' });
export type Borger = z.infer<typeof borgerSchema>;

export const borgerListeSchema = z.object({ items: z.array(borgerSchema) }).meta({ id: 'BorgerListe' });

/** `PUT /api/borgere/:id/ansvarlig`: a sagsbehandler of the caller's jobcentre, or null for nobody. */
export const saetAnsvarligSchema = z
  .strictObject({ brugernavn: ansvarligBrugernavnSchema })
  .meta({ id: 'SaetAnsvarlig' });
export type SaetAnsvarlig = z.infer<typeof saetAnsvarligSchema>;

export const visCprSchema = z.object({ cpr: z.string() }).meta({ id: 'VisCpr' });

export const historikSchema = z
  .object({
    items: z.array(
      z.object({
        tidspunkt: tidspunktFormat,
        type: z.string(),
        beskrivelse: z.string(),
        myndighed: z.object({
          kode: z.string(),
          navn: z.string(),
          type: z.enum(['jobcenter', 'akasse', 'system']),
        }),
        bruger: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Historik' });
export type Historik = z.infer<typeof historikSchema>;
