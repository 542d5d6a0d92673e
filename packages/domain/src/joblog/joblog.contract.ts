import { z } from 'zod';
import { copenhagenDate } from '../tid/copenhagen.js';

/** A date, or an instant with offset that is read as its Copenhagen calendar date. */
export const joblogDatoSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'Datoen skal skrives som ÅÅÅÅ-MM-DD' })
  .transform((value) => (value.length === 10 ? value : copenhagenDate(new Date(value))));

/** CitizenJoblogService (Jobnet, for the citizen named in the CPR header). */
export const joblogPostSchema = z
  .strictObject({
    stillingsbetegnelse: z.string().trim().min(1, 'Skriv stillingsbetegnelsen').max(200),
    virksomhed: z.string().trim().min(1, 'Skriv virksomhedens navn').max(200),
    submissionDate: joblogDatoSchema,
    submissionDeadlineDate: joblogDatoSchema.nullish(),
  })
  .meta({ id: 'JoblogPost' });
export type JoblogPostInput = z.input<typeof joblogPostSchema>;

export const joblogMaanedQuerySchema = z
  .strictObject({
    maaned: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Måneden skal skrives som ÅÅÅÅ-MM')
      .optional(),
  })
  .meta({ id: 'JoblogMaanedQuery' });

export const joblogItemSchema = z
  .object({
    id: z.uuid(),
    stillingsbetegnelse: z.string(),
    virksomhed: z.string(),
    submissionDate: z.iso.date(),
    submissionDeadlineDate: z.iso.date().nullable(),
    registreret: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'JoblogItem' });
export type JoblogItem = z.infer<typeof joblogItemSchema>;

export const joblogMaanedSchema = z
  .object({
    maaned: z.string(),
    items: z.array(joblogItemSchema),
    antal: z.number().int(),
    krav: z.boolean().meta({ description: 'R13: har borgeren krav om joblog (kalendermåned, R16)' }),
    kravBegrundelse: z.string(),
    fritagetAf: z.array(z.string()),
  })
  .meta({ id: 'JoblogMaaned' });
export type JoblogMaaned = z.infer<typeof joblogMaanedSchema>;
