import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export function kodelisterRepository(tx: Tx) {
  return {
    listJobcentre() {
      return tx.jobcenter.findMany({ orderBy: { nummer: 'asc' }, select: { nummer: true, navn: true } });
    },

    listAkasser() {
      return tx.akasse.findMany({ orderBy: { navn: 'asc' }, select: { kode: true, navn: true } });
    },
  };
}
