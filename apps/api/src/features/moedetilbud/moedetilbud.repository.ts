import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export const moedetilbudSelect = {
  id: true,
  start: true,
  slut: true,
  moedeformer: true,
  adresse: true,
  lokationsuddybning: true,
  digitaltMoedelink: true,
  jobcenter: { select: { nummer: true, navn: true } },
  indkaldelse: { select: { id: true } },
} as const;

export type MoedetilbudRow = Prisma.MoedetilbudGetPayload<{ select: typeof moedetilbudSelect }>;

export function moedetilbudRepository(tx: Tx) {
  return {
    create(data: Prisma.MoedetilbudUncheckedCreateInput) {
      return tx.moedetilbud.create({ data, select: moedetilbudSelect });
    },

    find(id: string) {
      return tx.moedetilbud.findUnique({ where: { id }, select: moedetilbudSelect });
    },

    /** Offers of the jobcentre that have not ended; `kunLedige` leaves out the booked ones. */
    upcoming(jobcenterNummer: string, now: Date, kunLedige: boolean) {
      return tx.moedetilbud.findMany({
        where: {
          jobcenterNummer,
          start: { gt: now },
          ...(kunLedige ? { indkaldelse: { is: null } } : {}),
        },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        take: 500,
        select: moedetilbudSelect,
      });
    },

    findBorgerByCpr(cpr: string) {
      return tx.borger.findUnique({
        where: { cpr },
        select: {
          id: true,
          kontaktgruppe: true,
          ledighedsdato: true,
          jobcenterNummer: true,
          jobcenter: { select: { maalgruppeValgAfMoedeform: true } },
          // A self-booked meeting goes to the citizen's ansvarlig sagsbehandler (ansvarligForNytMoede).
          ansvarlig: { select: { id: true, rolle: true, jobcenterNummer: true, aktiv: true } },
          fravaer: {
            where: { slettet: false },
            select: { id: true, fravaersaarsag: true, startdato: true, slutdato: true },
          },
        },
      });
    },
  };
}
