import { indkaldelseBeskedModtagere } from '@jobcenter/domain/moede/moede.rules';
import type { Clock } from '../../clock.js';
import type { Prisma } from '../../db/prisma-types.js';
import { type Aendringstype, appendBeskeder } from '../beskeder/outbox.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/**
 * The INDKALDELSE webservicebesked of a created (1), changed (2) or cancelled (3) meeting, in the transaction of
 * the change, whichever door it came in by (RN 1.1). Call it last: the outbox holds its counter's lock to COMMIT.
 */
export async function sendIndkaldelseBesked(
  tx: Prisma.TransactionClient,
  clock: Clock,
  aendringstype: Aendringstype,
  borgerId: string,
  moede: { id: string; start: Date; slut: Date; moedeform: number; lokationsuddybning: string | null },
): Promise<void> {
  const borger = await indkaldelserRepository(tx).findBeskedBorger(borgerId);
  await appendBeskeder(
    tx,
    clock,
    {
      type: 'INDKALDELSE',
      aendringstype,
      cpr: borger.cpr,
      data: {
        indkaldelseId: moede.id,
        start: moede.start.toISOString(),
        slut: moede.slut.toISOString(),
        moedeform: moede.moedeform,
        lokationsuddybning: moede.lokationsuddybning?.trim() ? moede.lokationsuddybning : null,
      },
    },
    indkaldelseBeskedModtagere(borger),
  );
}
