import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export const kontaktpersonSelect = {
  id: true,
  borgerId: true,
  navn: true,
  rolle: true,
  telefon: true,
  email: true,
  version: true,
  myndighed: { select: { id: true, type: true, kode: true, navn: true } },
} as const;

export type KontaktpersonRow = Prisma.KontaktpersonGetPayload<{ select: typeof kontaktpersonSelect }>;

export interface KontaktpersonFelter {
  navn?: string | undefined;
  rolle?: string | null | undefined;
  telefon?: string | null | undefined;
  email?: string | null | undefined;
}

export function kontaktpersonerRepository(tx: Tx) {
  return {
    listForBorger(borgerId: string) {
      return tx.kontaktperson.findMany({
        where: { borgerId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: kontaktpersonSelect,
      });
    },

    find(id: string) {
      return tx.kontaktperson.findUnique({ where: { id }, select: kontaktpersonSelect });
    },

    async myndighedId(type: 'jobcenter' | 'akasse' | 'system', kode: string): Promise<string> {
      const row = await tx.myndighed.findUniqueOrThrow({
        where: { type_kode: { type, kode } },
        select: { id: true },
      });
      return row.id;
    },

    create(data: { borgerId: string; myndighedId: string } & KontaktpersonFelter & { navn: string }) {
      return tx.kontaktperson.create({ data, select: kontaktpersonSelect });
    },

    /** Optimistic update: changes nothing and answers false when the version moved on. */
    async updateIfVersion(id: string, version: number, data: KontaktpersonFelter): Promise<boolean> {
      const { count } = await tx.kontaktperson.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      return count === 1;
    },
  };
}
