import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export const jobordreSelect = {
  id: true,
  titel: true,
  beskrivelse: true,
  cvrNummer: true,
  pNummer: true,
  antalStillinger: true,
  ansoegningsfrist: true,
  status: true,
  version: true,
  virksomhed: { select: { navn: true } },
  jobcenter: { select: { nummer: true, navn: true } },
  _count: { select: { formidlinger: true } },
} as const;

export type JobordreRow = Prisma.JobordreGetPayload<{ select: typeof jobordreSelect }>;

export const formidlingSelect = {
  id: true,
  jobordreId: true,
  formidlingsstatus: true,
  version: true,
  borger: {
    select: {
      id: true,
      fornavn: true,
      efternavn: true,
      jobcenter: { select: { myndighed: { select: { kode: true, navn: true } } } },
    },
  },
  historik: { orderBy: { id: 'asc' as const } },
} as const;

export type FormidlingRow = Prisma.FormidlingGetPayload<{ select: typeof formidlingSelect }>;

export function jobordrerRepository(tx: Tx) {
  return {
    find(id: string) {
      return tx.jobordre.findUnique({ where: { id }, select: jobordreSelect });
    },

    /** Locks the jobordre row until the transaction ends: a status change and a formidling never interleave. */
    async lockStatus(id: string): Promise<number | null> {
      const rows = await tx.$queryRaw<
        { status: number }[]
      >`SELECT "status" FROM "Jobordre" WHERE "id" = ${id}::uuid FOR UPDATE`;
      return rows[0]?.status ?? null;
    },

    search(filter: { status?: number | undefined; q?: string | undefined; cvrNummer?: string | undefined }) {
      const q = filter.q?.trim();
      return tx.jobordre.findMany({
        where: {
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.cvrNummer ? { cvrNummer: filter.cvrNummer } : {}),
          ...(q
            ? {
                OR: [
                  { titel: { contains: q, mode: 'insensitive' as const } },
                  { beskrivelse: { contains: q, mode: 'insensitive' as const } },
                  { virksomhed: { navn: { contains: q, mode: 'insensitive' as const } } },
                ],
              }
            : {}),
        },
        orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
        take: 200,
        select: jobordreSelect,
      });
    },

    create(data: Prisma.JobordreUncheckedCreateInput) {
      return tx.jobordre.create({ data, select: jobordreSelect });
    },

    async updateIfVersion(
      id: string,
      version: number,
      data: Prisma.JobordreUncheckedUpdateManyInput,
    ): Promise<boolean> {
      const { count } = await tx.jobordre.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      return count === 1;
    },

    formidlinger(jobordreId: string) {
      return tx.formidling.findMany({
        where: { jobordreId },
        orderBy: { createdAt: 'asc' },
        select: formidlingSelect,
      });
    },

    findFormidling(id: string) {
      return tx.formidling.findUnique({ where: { id }, select: formidlingSelect });
    },

    findVirksomhed(cvrNummer: string) {
      return tx.virksomhed.findUnique({
        where: { cvrNummer },
        select: { navn: true, pEnheder: { select: { pNummer: true } } },
      });
    },

    jobcenterFindes(nummer: string) {
      return tx.jobcenter.findUnique({ where: { nummer }, select: { nummer: true } });
    },

    konfliktvarsler(cvrNumre: readonly string[]) {
      return tx.konfliktvarsel.findMany({
        where: { cvrNummer: { in: [...cvrNumre] } },
        select: { cvrNummer: true, pNummer: true, fraDato: true, tilDato: true },
      });
    },

    /** A formidling with its first history row, in one statement. */
    createFormidling(data: {
      jobordreId: string;
      borgerId: string;
      formidlingsstatus: number;
      createdAt: Date;
      historik: Omit<Prisma.FormidlingHistorikUncheckedCreateInput, 'formidlingId' | 'formidlingsstatus'>;
    }) {
      const { historik, ...formidling } = data;
      return tx.formidling.create({
        data: {
          ...formidling,
          historik: { create: { ...historik, formidlingsstatus: data.formidlingsstatus } },
        },
        select: { id: true },
      });
    },

    /** Sets the status unless the formidling changed meanwhile; false when nothing changed. */
    async updateFormidlingIfVersion(
      id: string,
      version: number,
      formidlingsstatus: number,
    ): Promise<boolean> {
      const { count } = await tx.formidling.updateMany({
        where: { id, version },
        data: { formidlingsstatus, version: { increment: 1 } },
      });
      return count === 1;
    },

    addFormidlingHistorik(data: Prisma.FormidlingHistorikUncheckedCreateInput) {
      return tx.formidlingHistorik.create({ data, select: { id: true } });
    },
  };
}
