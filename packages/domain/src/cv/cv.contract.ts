import { z } from 'zod';
import { dato, tekst, tidspunktFormat } from '../felter/felter.contract.js';

const tekstliste = (max: number, label: string) =>
  z
    .array(tekst({ min: 1, max: 100, minBesked: `Tomme ${label} kan ikke gemmes` }))
    .max(max, `Højst ${max} ${label}`)
    .default([]);

const periode = z
  .object({
    titel: tekst({ min: 1, max: 200, minBesked: 'Skriv en titel' }),
    sted: tekst({ max: 200 }).default(''),
    fra: dato().nullish(),
    til: dato().nullish(),
  })
  .refine((p) => !p.fra || !p.til || p.fra <= p.til, {
    message: 'Slutdatoen må ikke ligge før startdatoen',
    path: ['til'],
  });

export const gemCvSchema = z
  .strictObject({
    overskrift: tekst({ min: 1, max: 200, minBesked: 'Skriv en overskrift' }),
    jobOensker: tekstliste(20, 'jobønsker'),
    kompetencer: tekstliste(50, 'kompetencer'),
    erfaring: z.array(periode).max(50).default([]),
    uddannelse: z.array(periode).max(30).default([]),
    postnummer: z.string().regex(/^\d{4}$/, 'Postnummeret er 4 cifre'),
    soegbart: z.boolean(),
  })
  .meta({ id: 'GemCv' });
export type GemCv = z.input<typeof gemCvSchema>;

export const cvSchema = z
  .object({
    borgerId: z.uuid(),
    overskrift: z.string(),
    jobOensker: z.array(z.string()),
    kompetencer: z.array(z.string()),
    erfaring: z.array(periode),
    uddannelse: z.array(periode),
    postnummer: z.string(),
    soegbart: z.boolean(),
    opdateret: tidspunktFormat,
  })
  .meta({ id: 'Cv' });
export type Cv = z.infer<typeof cvSchema>;

/** POST /api/cv/soeg: free text in the body keeps it out of URLs and request logs. */
export const cvSoegSchema = z
  .strictObject({
    q: tekst({ max: 200 }).optional(),
    kompetence: tekst({ min: 1, max: 100, minBesked: 'Skriv en kompetence' }).optional(),
    postnummer: z
      .string()
      .regex(/^\d{4}$/, 'Postnummeret er 4 cifre')
      .optional(),
    kontaktgruppe: z.number().int().min(1).max(7).optional(),
    mindreIntensivIndsats: z.boolean().optional(),
    // Opaque, from nextCursor: base64url, so a pattern is enough to keep anything else out.
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{0,200}$/, 'Ugyldig markør: start søgningen forfra')
      .optional(),
  })
  .meta({ id: 'CvSoeg' });
export type CvSoeg = z.input<typeof cvSoegSchema>;

const facet = <T extends z.ZodType>(vaerdi: T) => z.array(z.object({ vaerdi, antal: z.number().int() }));

export const cvSoegSvarSchema = z
  .object({
    items: z.array(
      z.object({
        borgerId: z.uuid(),
        navn: z.string(),
        overskrift: z.string(),
        kompetencer: z.array(z.string()),
        postnummer: z.string(),
        kontaktgruppe: z.number().int(),
        mindreIntensivIndsats: z.boolean(),
      }),
    ),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    /** The words the free text matched (after typo expansion), for highlighting. */
    fremhaev: z.array(z.string()),
    facetter: z.object({
      kontaktgruppe: facet(z.number().int()),
      mindreIntensivIndsats: facet(z.boolean()),
      postnummer: facet(z.string()),
      kompetence: facet(z.string()),
    }),
  })
  .meta({ id: 'CvSoegSvar' });
export type CvSoegSvar = z.infer<typeof cvSoegSvarSchema>;
