import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export function personstatusRepository(tx: Tx) {
  return {
    /** The citizen by CPR with what the person status shows and the a-kasse and jobcentre it belongs to. */
    findBorgerByCpr(cpr: string) {
      return tx.borger.findUnique({
        where: { cpr },
        select: {
          id: true,
          kontaktgruppe: true,
          akasse: { select: { kode: true, navn: true } },
          jobcenter: { select: { nummer: true, navn: true } },
        },
      });
    },
  };
}
