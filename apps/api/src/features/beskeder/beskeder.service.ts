import {
  fravaerBeskedDataSchema,
  indkaldelseBeskedDataSchema,
  udeblivelseBeskedDataSchema,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import type { Logger } from 'pino';
import type { SystemAktoer } from '../../auth/aktoer.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import { type Modtager, readBeskeder } from './outbox.js';

const dataSchemaFor = {
  FRAVAER: fravaerBeskedDataSchema,
  INDKALDELSE: indkaldelseBeskedDataSchema,
  UDEBLIVELSE: udeblivelseBeskedDataSchema,
} as const;
type BeskedType = keyof typeof dataSchemaFor;
const isBeskedType = (type: string): type is BeskedType => type in dataSchemaFor;

/** The recipient a system client reads as: an a-kasse its own messages, a jobcentre those for its number. */
function modtagerFor(klient: SystemAktoer): Modtager {
  if (klient.akasseKode) return { type: 'akasse', kode: klient.akasseKode };
  if (klient.jobcenterNummer) return { type: 'jobcenter', kode: klient.jobcenterNummer };
  throw new AppError('IKKE_ADGANG', { detail: 'Klienten modtager ikke webservicebeskeder' });
}

export function beskederService(deps: { prisma: PrismaClient; logger: Logger }) {
  const { prisma, logger } = deps;
  return {
    /** GET /v1/beskeder: the caller's own messages after `efter`, in sekvens order. */
    async list(klient: SystemAktoer, efter: number, antal: number) {
      const modtager = modtagerFor(klient);
      const rows = await readBeskeder(prisma, modtager, efter, antal);
      const items = rows.map((row) => {
        const type: BeskedType = isBeskedType(row.type) ? row.type : 'FRAVAER';
        const base = {
          sekvens: Number(row.sekvens),
          id: row.id,
          type,
          aendringstype: row.aendringstype as 1 | 2 | 3,
          cpr: row.cpr,
          oprettet: row.oprettet.toISOString(),
        };
        // One message that cannot be read must not stop the ones after it: it is delivered, marked.
        const data = dataSchemaFor[type].safeParse(row.data);
        if (row.type === type && data.success && [1, 2, 3].includes(row.aendringstype)) {
          return { ...base, data: data.data };
        }
        logger.warn(
          { sekvens: base.sekvens, beskedId: row.id },
          'malformed webservicebesked delivered marked',
        );
        return { ...base, data: null, fejl: 'Beskeden kan ikke læses og er sprunget over; kontakt driften' };
      });
      return { items, naesteEfter: items.length > 0 ? (items[items.length - 1]?.sekvens ?? efter) : efter };
    },
  };
}

export type BeskederService = ReturnType<typeof beskederService>;
