import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import { fromIsoDate } from '../../db/dates.js';

type Tx = Prisma.TransactionClient | PrismaClient;

export function joblogRepository(tx: Tx) {
  return {
    create(data: Prisma.JoblogPostUncheckedCreateInput) {
      return tx.joblogPost.create({ data, select: { id: true } });
    },

    /** Entries with a submission date in [fra, til). */
    listForBorger(borgerId: string, fra: string, til: string) {
      return tx.joblogPost.findMany({
        where: { borgerId, submissionDate: { gte: fromIsoDate(fra), lt: fromIsoDate(til) } },
        orderBy: [{ submissionDate: 'desc' }, { createdAt: 'desc' }],
      });
    },

    /** How many entries each citizen has with a submission date in [fra, til). */
    async antal(borgerIds: readonly string[], fra: string, til: string): Promise<Map<string, number>> {
      if (borgerIds.length === 0) return new Map();
      const rows = await tx.joblogPost.groupBy({
        by: ['borgerId'],
        where: {
          borgerId: { in: [...borgerIds] },
          submissionDate: { gte: fromIsoDate(fra), lt: fromIsoDate(til) },
        },
        _count: { _all: true },
      });
      return new Map(rows.map((row) => [row.borgerId, row._count._all]));
    },

    findBorgerByCpr(cpr: string) {
      return tx.borger.findUnique({ where: { cpr }, select: { id: true } });
    },
  };
}
