import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { Rolle } from '@jobcenter/domain/auth/auth.contract';

type Tx = Prisma.TransactionClient | PrismaClient;

/** What choosing a colleague as ansvarlig needs to know of a user (afvisAnsvarlig). */
export const kandidatSelect = {
  id: true,
  brugernavn: true,
  navn: true,
  rolle: true,
  jobcenterNummer: true,
  aktiv: true,
} as const;

export type KandidatRow = Prisma.BrugerGetPayload<{ select: typeof kandidatSelect }>;

export function brugereRepository(tx: Tx) {
  return {
    /** The active users of one jobcentre, by name. */
    listIJobcenter(jobcenterNummer: string, rolle: Rolle | undefined) {
      return tx.bruger.findMany({
        where: { jobcenterNummer, aktiv: true, ...(rolle ? { rolle } : {}) },
        orderBy: [{ navn: 'asc' }, { brugernavn: 'asc' }],
        select: { brugernavn: true, navn: true },
      });
    },

    findKandidat(brugernavn: string) {
      return tx.bruger.findUnique({ where: { brugernavn }, select: kandidatSelect });
    },
  };
}
