import {
  indkaldelseBeskedModtagere,
  udeblivelseAendringstype,
  udeblivelseAkasse,
} from '@jobcenter/domain/moede/moede.rules';
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

/**
 * The UDEBLIVELSE message to a kontaktgruppe 1 citizen's a-kasse when an outcome records, changes or withdraws an
 * absence (api.md): the jobcentre's underretning for the a-kasse's rådighedsvurdering. Call it last.
 */
export async function sendUdeblivelseBesked(
  tx: Prisma.TransactionClient,
  clock: Clock,
  borgerId: string,
  udfald: { foer: 'afholdt' | 'udeblevet' | null; efter: 'afholdt' | 'udeblevet' },
  moede: { id: string; start: Date; moedeform: number },
): Promise<void> {
  const aendringstype = udeblivelseAendringstype(udfald.foer, udfald.efter);
  if (aendringstype === null) return;
  const borger = await indkaldelserRepository(tx).findBeskedBorger(borgerId);
  const akasse = udeblivelseAkasse({ kontaktgruppe: borger.kontaktgruppe, akasse: borger.akasseKode });
  if (!akasse) return;
  await appendBeskeder(
    tx,
    clock,
    {
      type: 'UDEBLIVELSE',
      aendringstype,
      cpr: borger.cpr,
      data: { indkaldelseId: moede.id, start: moede.start.toISOString(), moedeform: moede.moedeform },
    },
    [{ type: 'akasse', kode: akasse }],
  );
}
