import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export const indsatsSelect = {
  id: true,
  borgerId: true,
  type: true,
  startdato: true,
  slutdato: true,
  ophoerDato: true,
  ophoersaarsag: true,
  ophoertAf: true,
  version: true,
  jobcenterNummer: true,
} as const;

export type IndsatsRow = Prisma.IndsatsGetPayload<{ select: typeof indsatsSelect }>;

export function indsatserRepository(tx: Tx) {
  return {
    listForBorger(borgerId: string) {
      return tx.indsats.findMany({
        where: { borgerId },
        orderBy: [{ startdato: 'desc' }, { createdAt: 'desc' }],
        select: indsatsSelect,
      });
    },

    find(id: string) {
      return tx.indsats.findUnique({ where: { id }, select: indsatsSelect });
    },

    async findBorgerId(id: string): Promise<string | null> {
      return (await tx.indsats.findUnique({ where: { id }, select: { borgerId: true } }))?.borgerId ?? null;
    },

    /** The periods of the citizens' indsatser, for whether each citizen is in an active one. */
    listPerioderForBorgere(borgerIds: readonly string[]) {
      return tx.indsats.findMany({
        where: { borgerId: { in: [...borgerIds] } },
        select: { borgerId: true, startdato: true, slutdato: true, ophoerDato: true },
      });
    },

    create(data: Prisma.IndsatsUncheckedCreateInput) {
      return tx.indsats.create({ data, select: indsatsSelect });
    },

    /** Ends the indsats unless it was ended meanwhile; false when nothing changed. */
    async end(
      id: string,
      data: { ophoerDato: Date; ophoersaarsag: number; ophoertAf: string },
    ): Promise<boolean> {
      const { count } = await tx.indsats.updateMany({
        where: { id, ophoerDato: null },
        data: { ...data, version: { increment: 1 } },
      });
      return count === 1;
    },

    jobcentre(numre: readonly string[]) {
      return tx.jobcenter.findMany({
        where: { nummer: { in: [...numre] } },
        select: { nummer: true, navn: true },
      });
    },
  };
}
