import { z } from 'zod';
import {
  type AarValg,
  datoEllerTidspunkt,
  datoFormat,
  maaned,
  TIDLIGSTE_AAR,
  tekst,
  tidspunktFormat,
} from '../felter/felter.contract.js';
import { copenhagenDate } from '../tid/copenhagen.js';

/** A date, or an instant with offset that is read as its Copenhagen calendar date. */
const joblogDato = (aar?: AarValg) =>
  datoEllerTidspunkt(aar)
    // Before TIDLIGSTE_AAR (only with R15's wider bound) the instant's own date is as good: it is before 2015
    // either way, and Intl writes years before 1000 without four digits, which would break the comparison.
    .transform((value) =>
      value.length === 10 || Number(value.slice(0, 4)) < TIDLIGSTE_AAR
        ? value.slice(0, 10)
        : copenhagenDate(new Date(value)),
    );

/**
 * For R15's check, which runs before the body is validated: every well-formed date before 2015 is refused with
 * DATO_FOER_2015, which wins over other date errors (api.md), so this one leaves out the shared lower year bound.
 */
export const joblogDatoSchema = joblogDato({ fraAar: 0 });

/** CitizenJoblogService (Jobnet, for the citizen named in the CPR header). */
export const joblogPostSchema = z
  .strictObject({
    stillingsbetegnelse: tekst({ min: 1, max: 200, minBesked: 'Skriv stillingsbetegnelsen' }),
    virksomhed: tekst({ min: 1, max: 200, minBesked: 'Skriv virksomhedens navn' }),
    submissionDate: joblogDato(),
    submissionDeadlineDate: joblogDato().nullish(),
  })
  .meta({ id: 'JoblogPost' });
export type JoblogPostInput = z.input<typeof joblogPostSchema>;

export const joblogMaanedQuerySchema = z
  .strictObject({
    maaned: maaned().optional(),
  })
  .meta({ id: 'JoblogMaanedQuery' });

export const joblogItemSchema = z
  .object({
    id: z.uuid(),
    stillingsbetegnelse: z.string(),
    virksomhed: z.string(),
    submissionDate: datoFormat,
    submissionDeadlineDate: datoFormat.nullable(),
    registreret: tidspunktFormat,
  })
  .meta({ id: 'JoblogItem' });
export type JoblogItem = z.infer<typeof joblogItemSchema>;

/**
 * R13: why the citizen must or need not keep a joblog, as data. The Danish sentence is `joblogGrundTekst`
 * (borger-status.tekst.ts), the same wherever it is shown.
 */
export const joblogGrundSchema = z
  .discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('krav'), kontaktgruppe: z.number().int() })
      .meta({ description: 'R13: the kontaktgruppe keeps a joblog every calendar month' }),
    z
      .object({ kind: z.literal('kontaktgruppe-uden-krav'), kontaktgruppe: z.number().int() })
      .meta({ description: 'R13: the kontaktgruppe keeps no joblog' }),
    z
      .object({ kind: z.literal('fritaget'), fravaersaarsag: z.number().int() })
      .meta({ description: 'R13: an active fravær of this reason lifts the requirement' }),
  ])
  .meta({ id: 'JoblogGrund' });
export type JoblogGrund = z.infer<typeof joblogGrundSchema>;

export const joblogMaanedSchema = z
  .object({
    maaned: z.string(),
    items: z.array(joblogItemSchema),
    antal: z.number().int(),
    krav: z.boolean().meta({ description: 'R13: har borgeren krav om joblog (kalendermåned, R16)' }),
    kravGrund: joblogGrundSchema,
    fritagetAf: z.array(z.string()),
  })
  .meta({ id: 'JoblogMaaned' });
export type JoblogMaaned = z.infer<typeof joblogMaanedSchema>;
