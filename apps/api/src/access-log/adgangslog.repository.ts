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

    /**
     * The citizens one user read with `formaal` since `siden`, by the latest such read, newest first, each once
     * (the index on aktoerId and tidspunkt keeps this to the user's own entries).
     */
    async listSenestLaesteBorgere(
      hvem: { aktoerId: string; myndighedKode: string; formaal: string },
      siden: Date,
      take: number,
    ): Promise<string[]> {
      const rows = await tx.adgangslog.groupBy({
        by: ['borgerId'],
        where: {
          aktoerType: 'bruger',
          aktoerId: hvem.aktoerId,
          myndighedKode: hvem.myndighedKode,
          entitet: 'borger',
          handling: 'laes',
          formaal: hvem.formaal,
          borgerId: { not: null },
          tidspunkt: { gte: siden },
        },
        _max: { tidspunkt: true, id: true },
        orderBy: [{ _max: { tidspunkt: 'desc' } }, { _max: { id: 'desc' } }],
        take,
      });
      return rows.flatMap((row) => (row.borgerId ? [row.borgerId] : []));
    },

    listMyndigheder() {
      return tx.myndighed.findMany({ select: { type: true, kode: true, navn: true } });
    },
  };
}
