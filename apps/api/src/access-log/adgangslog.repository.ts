import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

/** Reads of the access log for a citizen's insight (L2); writing it is access-log.ts. */
export function adgangslogRepository(tx: Tx) {
  return {
    listForBorger(borgerId: string) {
      return tx.adgangslog.findMany({
        where: { borgerId },
        orderBy: [{ tidspunkt: 'desc' }, { id: 'desc' }],
        take: 5000,
        select: { tidspunkt: true, myndighedType: true, myndighedKode: true, handling: true, formaal: true },
      });
    },

    listMyndigheder() {
      return tx.myndighed.findMany({ select: { type: true, kode: true, navn: true } });
    },
  };
}
