import type { PrismaClient } from '@jobcenter/db/client';

const brugerSelect = {
  id: true,
  brugernavn: true,
  navn: true,
  rolle: true,
  aktiv: true,
  demo: true,
  jobcenter: { select: { nummer: true, navn: true, myndighed: { select: { kode: true, navn: true } } } },
} as const;

export function authRepository(prisma: PrismaClient) {
  return {
    findBrugerForLogin(brugernavn: string) {
      return prisma.bruger.findUnique({
        where: { brugernavn },
        select: { ...brugerSelect, adgangskodeHash: true },
      });
    },

    createSession(data: { id: string; brugerId: string; csrfToken: string; at: Date }) {
      return prisma.session.create({
        data: {
          id: data.id,
          brugerId: data.brugerId,
          csrfToken: data.csrfToken,
          createdAt: data.at,
          lastSeenAt: data.at,
        },
        select: { id: true },
      });
    },

    /** Requests resolve their session through `hotReads.session`; this is its reference in the parity test. */
    findSession(id: string) {
      return prisma.session.findUnique({
        where: { id },
        select: {
          id: true,
          csrfToken: true,
          createdAt: true,
          lastSeenAt: true,
          bruger: { select: brugerSelect },
        },
      });
    },

    async touchSession(id: string, at: Date): Promise<void> {
      await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: at } });
    },

    async deleteSession(id: string): Promise<void> {
      await prisma.session.deleteMany({ where: { id } });
    },

    async deleteSessionsForBruger(brugerId: string): Promise<void> {
      await prisma.session.deleteMany({ where: { brugerId } });
    },

    async deleteSessionsIdleSince(before: Date): Promise<number> {
      const { count } = await prisma.session.deleteMany({ where: { lastSeenAt: { lt: before } } });
      return count;
    },

    /** The newest failed logins for the brugernavn after `since`, newest first. */
    async recentFailures(brugernavn: string, since: Date, take: number): Promise<Date[]> {
      const rows = await prisma.loginForsoeg.findMany({
        where: { brugernavn, tidspunkt: { gt: since } },
        orderBy: { tidspunkt: 'desc' },
        take,
        select: { tidspunkt: true },
      });
      return rows.map((row) => row.tidspunkt);
    },

    async recordFailure(brugernavn: string, at: Date, pruneBefore: Date): Promise<void> {
      await prisma.$transaction([
        prisma.loginForsoeg.deleteMany({ where: { brugernavn, tidspunkt: { lt: pruneBefore } } }),
        prisma.loginForsoeg.create({ data: { brugernavn, tidspunkt: at } }),
      ]);
    },

    /** Requests resolve their token through `hotReads.systemKlient`; this is its reference in the parity test. */
    findSystemKlient(tokenHash: string) {
      return prisma.systemKlient.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          navn: true,
          aktiv: true,
          demo: true,
          jobcenterNummer: true,
          akasseKode: true,
          tilladelser: true,
          myndighed: { select: { type: true, kode: true, navn: true } },
        },
      });
    },
  };
}

export type AuthRepository = ReturnType<typeof authRepository>;
