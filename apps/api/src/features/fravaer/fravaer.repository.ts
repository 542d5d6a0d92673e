import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export const fravaerSelect = {
  id: true,
  borgerId: true,
  jobcenterNummer: true,
  fravaersaarsag: true,
  startdato: true,
  slutdato: true,
  kommentar: true,
  slettet: true,
  version: true,
} as const;

export type FravaerRow = Prisma.FravaerGetPayload<{ select: typeof fravaerSelect }>;

export function fravaerRepository(tx: Tx) {
  return {
    listForBorgere(borgerIds: readonly string[]) {
      if (borgerIds.length === 0) return Promise.resolve([] as FravaerRow[]);
      return tx.fravaer.findMany({
        where: { borgerId: { in: [...borgerIds] }, slettet: false },
        orderBy: [{ startdato: 'desc' }, { createdAt: 'desc' }],
        select: fravaerSelect,
      });
    },

    find(id: string) {
      return tx.fravaer.findUnique({ where: { id }, select: fravaerSelect });
    },

    versioner(fravaerId: string) {
      return tx.fravaerVersion.findMany({ where: { fravaerId }, orderBy: { version: 'asc' } });
    },

    create(data: Prisma.FravaerUncheckedCreateInput) {
      return tx.fravaer.create({ data, select: fravaerSelect });
    },

    async updateIfVersion(
      id: string,
      version: number,
      data: Prisma.FravaerUncheckedUpdateManyInput,
    ): Promise<boolean> {
      const { count } = await tx.fravaer.updateMany({
        where: { id, version, slettet: false },
        data: { ...data, version: { increment: 1 } },
      });
      return count === 1;
    },

    addVersion(data: Prisma.FravaerVersionUncheckedCreateInput) {
      return tx.fravaerVersion.create({ data, select: { id: true } });
    },

    /** The kontaktgruppe matrix (data, R8). */
    async matrix(): Promise<(fravaersaarsag: number, kontaktgruppe: number) => boolean> {
      const rows = await tx.fravaersaarsagKontaktgruppe.findMany();
      const cells = new Map(rows.map((row) => [`${row.fravaersaarsag}:${row.kontaktgruppe}`, row.tilladt]));
      // A reason missing from the matrix is not allowed: new rows must be added on purpose.
      return (fravaersaarsag, kontaktgruppe) => cells.get(`${fravaersaarsag}:${kontaktgruppe}`) ?? false;
    },

    jobcentre(numre: readonly string[]) {
      return tx.jobcenter.findMany({
        where: { nummer: { in: [...numre] } },
        select: { nummer: true, navn: true },
      });
    },
  };
}
