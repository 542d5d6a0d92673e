import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export function medlemstilgangRepository(tx: Tx) {
  return {
    findBorgerByCpr(cpr: string) {
      return tx.borger.findUnique({
        where: { cpr },
        select: { id: true, akasseKode: true, dagpengeretFra: true },
      });
    },

    updateMedlemskab(borgerId: string, akasseKode: string, dagpengeretFra: Date) {
      return tx.borger.update({
        where: { id: borgerId },
        data: { akasseKode, dagpengeretFra },
        select: { id: true },
      });
    },

    getAkasse(kode: string) {
      return tx.akasse.findUniqueOrThrow({ where: { kode }, select: { kode: true, navn: true } });
    },
  };
}
