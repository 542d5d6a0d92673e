import { z } from 'zod';
import { tekst } from '../felter/felter.contract.js';

const valgfri = (max: number, message: string) =>
  tekst({ max, maxBesked: message })
    .transform((value) => (value === '' ? null : value))
    .nullish();

export const opretKontaktpersonSchema = z
  .strictObject({
    navn: tekst({ min: 1, max: 100, minBesked: 'Skriv kontaktpersonens navn' }),
    rolle: valgfri(100, 'Rollen må højst være 100 tegn'),
    telefon: z
      .string()
      .trim()
      .regex(/^(\+?[0-9 ]{8,16})?$/, 'Skriv et telefonnummer med 8 cifre (evt. med landekode)')
      .transform((value) => (value === '' ? null : value))
      .nullish(),
    email: z
      .union([
        z.literal(''),
        z.email({ message: 'Skriv en gyldig e-mailadresse' }).max(254, 'Højst 254 tegn'),
      ])
      .transform((value) => (value === '' ? null : value))
      .nullish(),
  })
  .meta({ id: 'OpretKontaktperson' });
export type OpretKontaktperson = z.input<typeof opretKontaktpersonSchema>;

export const opdaterKontaktpersonSchema = opretKontaktpersonSchema
  .partial()
  .meta({ id: 'OpdaterKontaktperson' });

export const kontaktpersonSchema = z
  .object({
    id: z.uuid(),
    navn: z.string(),
    rolle: z.string().nullable(),
    telefon: z.string().nullable(),
    email: z.string().nullable(),
    myndighed: z.object({
      kode: z.string(),
      navn: z.string(),
      type: z.enum(['jobcenter', 'akasse', 'system']),
    }),
    /** Whether the caller's myndighed owns it and may edit it (R6). */
    egen: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Kontaktperson' });
export type Kontaktperson = z.infer<typeof kontaktpersonSchema>;

export const kontaktpersonListeSchema = z
  .object({ items: z.array(kontaktpersonSchema) })
  .meta({ id: 'KontaktpersonListe' });
