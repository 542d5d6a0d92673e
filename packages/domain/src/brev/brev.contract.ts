import { z } from 'zod';
import { tidspunktFormat } from '../felter/felter.contract.js';
import { brevTyper } from './brev.rules.js';

export const brevKanaler = ['digital_post', 'sms'] as const;
export const brevStatusser = ['planlagt', 'sendt', 'fejlet', 'annulleret'] as const;

/** GET /api/borgere/:id/breve: the citizen's letters and reminders, newest first (api.md). */
export const brevSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(brevTyper),
    indkaldelseId: z.uuid().nullable(),
    kanal: z.enum(brevKanaler),
    status: z.enum(brevStatusser),
    planlagtTil: tidspunktFormat,
    sendtTidspunkt: tidspunktFormat.nullable(),
    forsoeg: z.number().int().meta({ description: 'Antal mislykkede forsøg på at levere brevet' }),
    fejl: z.string().nullable().meta({ description: 'Den seneste fejl ved levering, når der har været en' }),
  })
  .meta({ id: 'Brev' });
export type Brev = z.infer<typeof brevSchema>;

export const brevListeSchema = z.object({ items: z.array(brevSchema) }).meta({ id: 'BrevListe' });
