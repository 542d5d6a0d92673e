import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { BeskedModtager } from '@jobcenter/domain/fravaer/fravaer.rules';
import type { Clock } from '../../clock.js';

export type Aendringstype = 1 | 2 | 3;

/** The domain's recipient of a webservicebesked (R9 decides who, for fravær). */
export type Modtager = BeskedModtager;

/**
 * Writes webservicebeskeder in the caller's transaction (transactional outbox, P1). The sekvens numbers come
 * from one counter row whose lock is held until the transaction ends: a later sekvens can only commit after
 * every earlier one, so a reader that has seen sekvens N can never later find a smaller one (P2).
 * Call it last in the transaction to hold the lock as briefly as possible.
 */
export async function appendBeskeder(
  tx: Prisma.TransactionClient,
  clock: Clock,
  besked: {
    type: 'FRAVAER' | 'INDKALDELSE' | 'UDEBLIVELSE';
    aendringstype: Aendringstype;
    cpr: string;
    data: Prisma.InputJsonValue;
  },
  modtagere: readonly Modtager[],
): Promise<void> {
  if (modtagere.length === 0) return;
  const [row] = await tx.$queryRaw<{ naeste: bigint }[]>`
    UPDATE "BeskedSekvens" SET "naeste" = "naeste" + ${modtagere.length}
    WHERE "navn" = 'webservicebesked' RETURNING "naeste"`;
  if (!row) throw new Error('BeskedSekvens mangler: migrationerne er ikke kørt');
  const first = BigInt(row.naeste) - BigInt(modtagere.length) + 1n;
  const oprettet = clock.now();
  await tx.webservicebesked.createMany({
    data: modtagere.map((modtager, index) => ({
      sekvens: first + BigInt(index),
      modtagerType: modtager.type,
      modtagerKode: modtager.kode,
      type: besked.type,
      aendringstype: besked.aendringstype,
      cpr: besked.cpr,
      data: besked.data,
      oprettet,
    })),
  });
}

/** The feed's read (GET /v1/beskeder): one recipient's messages after `efter`, in sekvens order. */
export function readBeskeder(
  prisma: Prisma.TransactionClient | PrismaClient,
  modtager: Modtager,
  efter: number,
  antal: number,
) {
  return prisma.webservicebesked.findMany({
    where: { modtagerType: modtager.type, modtagerKode: modtager.kode, sekvens: { gt: BigInt(efter) } },
    orderBy: { sekvens: 'asc' },
    take: antal,
  });
}
