import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export function personhistorikRepository(tx: Tx) {
  return {
    findBorgerByCpr(cpr: string) {
      return tx.borger.findUnique({
        where: { cpr },
        select: { id: true, jobcenterNummer: true, akasseKode: true },
      });
    },

    /**
     * Every version of each of the citizen's fravær that, in any of its versions, touches `fra`–`til`: a
     * fravær moved out of the period, ended or deleted is still part of what the a-kasse must be able to see.
     */
    fravaerVersioner(borgerId: string, fra: Date, til: Date) {
      return tx.fravaerVersion.findMany({
        where: {
          fravaer: {
            borgerId,
            versioner: {
              some: { startdato: { lte: til }, OR: [{ slutdato: null }, { slutdato: { gte: fra } }] },
            },
          },
        },
        orderBy: [{ tidspunkt: 'asc' }, { id: 'asc' }],
        select: {
          fravaerId: true,
          aendringstype: true,
          tidspunkt: true,
          fravaersaarsag: true,
          startdato: true,
          slutdato: true,
        },
      });
    },
  };
}
