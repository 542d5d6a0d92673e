import { z } from 'zod';
import { datoFormat, tekst, tidspunktFormat } from '../felter/felter.contract.js';
import { cvrNummerSchema, pNummerSchema } from '../identifiers/identifiers.contract.js';

/** GET /v1/virksomhedskonto (R20). Empty parameters count as absent. */
export const virksomhedskontoQuerySchema = z
  .strictObject({
    cvrNummer: z.preprocess((v) => (v === '' ? undefined : v), cvrNummerSchema.optional()),
    pNummer: z.preprocess((v) => (v === '' ? undefined : v), pNummerSchema.optional()),
  })
  .meta({ id: 'VirksomhedskontoQuery' });

export const virksomhedskontoSchema = z
  .object({
    cvrNummer: z.string(),
    pNummer: z.string(),
    navn: z.string(),
    kontoStatusAktiv: z.boolean(),
    senesteLogintidspunkt: tidspunktFormat.nullable(),
    konfliktramt: z.boolean(),
  })
  .meta({ id: 'Virksomhedskonto', description: 'En P-enhed med profil på JobAG' });

export const virksomhedskontoSvarSchema = z
  .object({ items: z.array(virksomhedskontoSchema) })
  .meta({ id: 'VirksomhedskontoSvar' });
export type VirksomhedskontoSvar = z.infer<typeof virksomhedskontoSvarSchema>;

/** GET /api/virksomheder?q= : a name (part of it) or a CVR-nummer. */
export const virksomhedSoegQuerySchema = z
  .strictObject({
    q: tekst({ min: 2, max: 100, minBesked: 'Skriv mindst 2 tegn af navnet eller et CVR-nummer' }),
  })
  .meta({ id: 'VirksomhedSoegQuery' });

export const virksomhedSoegeresultatSchema = z
  .object({
    cvrNummer: z.string(),
    navn: z.string(),
    antalPEnheder: z.number().int(),
    jobagProfil: z.boolean(),
    aktiv: z.boolean(),
    konfliktramt: z.boolean(),
  })
  .meta({ id: 'VirksomhedSoegeresultat' });

export const virksomhedSoegSvarSchema = z
  .object({ items: z.array(virksomhedSoegeresultatSchema) })
  .meta({ id: 'VirksomhedSoegSvar' });
export type VirksomhedSoegSvar = z.infer<typeof virksomhedSoegSvarSchema>;

export const adresseSchema = z
  .object({ vejOgNummer: z.string(), postnummer: z.string(), by: z.string() })
  .meta({ id: 'Adresse' });

export const pEnhedSchema = z
  .object({
    pNummer: z.string(),
    navn: z.string(),
    adresse: adresseSchema,
    jobagProfil: z.boolean(),
    aktiv: z.boolean(),
    inaktivAarsag: z
      .string()
      .nullable()
      .meta({ description: 'Hvorfor enheden er inaktiv på JobAG, på dansk' }),
    senesteLogintidspunkt: tidspunktFormat.nullable(),
    konfliktramt: z.boolean(),
  })
  .meta({ id: 'PEnhed' });

export const konfliktvarselSchema = z
  .object({
    id: z.string(),
    pNummer: z.string().nullable(),
    fraDato: datoFormat,
    tilDato: datoFormat.nullable(),
    tekst: z.string(),
    aktiv: z.boolean(),
    myndighed: z.object({ kode: z.string(), navn: z.string() }),
  })
  .meta({ id: 'Konfliktvarsel' });

export const virksomhedJobordreSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    status: z.object({ id: z.number().int(), navn: z.string() }),
    antalStillinger: z.number().int(),
    antalKandidater: z.number().int(),
    ansoegningsfrist: datoFormat.nullable(),
    ansvarligtJobcenter: z.object({ nummer: z.string(), navn: z.string() }),
  })
  .meta({ id: 'VirksomhedJobordre' });

export const senesteFormidlingSchema = z
  .object({
    jobordreId: z.string(),
    jobordreTitel: z.string(),
    formidlingsstatus: z.object({ id: z.number().int(), navn: z.string() }),
    tidspunkt: tidspunktFormat,
  })
  .meta({ id: 'SenesteFormidling' });

export const virksomhedSchema = z
  .object({
    cvrNummer: z.string(),
    navn: z.string(),
    konfliktramt: z.boolean(),
    konfliktvarsler: z.array(konfliktvarselSchema),
    pEnheder: z.array(pEnhedSchema),
    jobordrer: z.array(virksomhedJobordreSchema),
    senesteFormidlinger: z
      .array(senesteFormidlingSchema)
      .meta({ description: 'Uden borgeroplysninger: kun hvad der er sket på virksomhedens jobordrer' }),
  })
  .meta({
    id: 'Virksomhed',
    description: 'Besøgsforberedelse: P-enheder, JobAG-aktivitet, konfliktvarsler og jobordrer',
  });
export type Virksomhed = z.infer<typeof virksomhedSchema>;
export type PEnhed = z.infer<typeof pEnhedSchema>;
export type Konfliktvarsel = z.infer<typeof konfliktvarselSchema>;

export const cvrParamSchema = z.strictObject({ cvr: cvrNummerSchema });
export type VirksomhedJobordre = z.infer<typeof virksomhedJobordreSchema>;
export type SenesteFormidling = z.infer<typeof senesteFormidlingSchema>;
