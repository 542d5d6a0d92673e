import { z } from 'zod';
import { jobcenterRefSchema } from '../auth/auth.contract.js';
import { dato, datoFormat } from '../felter/felter.contract.js';
import { indsatstypeKoder } from './indsats.codelists.js';

export const opretIndsatsSchema = z
  .strictObject({
    type: z.enum(indsatstypeKoder, { message: 'Vælg en indsatstype fra listen' }),
    startdato: dato(),
    slutdato: dato().nullish(),
  })
  .refine((body) => !body.slutdato || body.slutdato >= body.startdato, {
    message: 'Slutdatoen må ikke ligge før startdatoen',
    path: ['slutdato'],
  })
  .meta({ id: 'OpretIndsats' });
export type OpretIndsats = z.input<typeof opretIndsatsSchema>;

export const ophoerIndsatsSchema = z
  .strictObject({ ophoersaarsag: z.number().int(), dato: dato() })
  .meta({ id: 'OphoerIndsats' });
export type OphoerIndsats = z.input<typeof ophoerIndsatsSchema>;

export const indsatsSchema = z
  .object({
    id: z.uuid(),
    borgerId: z.uuid(),
    type: z.object({ kode: z.string(), navn: z.string() }),
    startdato: datoFormat,
    slutdato: datoFormat.nullable(),
    aktiv: z.boolean().meta({ description: 'Aktiv i dag (København)' }),
    ophoer: z
      .object({
        aarsag: z.object({ id: z.number().int(), navn: z.string() }),
        dato: datoFormat,
        af: z.string(),
      })
      .nullable(),
    jobcenter: jobcenterRefSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Indsats' });
export type Indsats = z.infer<typeof indsatsSchema>;

export const indsatsListeSchema = z.object({ items: z.array(indsatsSchema) }).meta({ id: 'IndsatsListe' });
