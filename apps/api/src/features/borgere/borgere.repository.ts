import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import { copenhagenMaaned, maanedsgraenser } from '@jobcenter/domain/joblog/joblog.rules';
import { fromIsoDate } from '../../db/dates.js';

type Tx = Prisma.TransactionClient | PrismaClient;

export const borgerSelect = {
  id: true,
  cpr: true,
  fornavn: true,
  efternavn: true,
  kontaktgruppe: true,
  ledighedsdato: true,
  dagpengeretFra: true,
  mobilnummer: true,
  jobcenter: {
    select: {
      nummer: true,
      navn: true,
      maalgruppeValgAfMoedeform: true,
      myndighed: { select: { type: true, kode: true } },
    },
  },
  akasse: { select: { kode: true, navn: true } },
  // What the view shows, and what a new meeting's ansvarlig is decided on (ansvarligForNytMoede).
  ansvarlig: {
    select: { id: true, brugernavn: true, navn: true, rolle: true, jobcenterNummer: true, aktiv: true },
  },
} as const;

export type BorgerRow = Prisma.BorgerGetPayload<{ select: typeof borgerSelect }>;

/**
 * For one citizen read by key: the relations its status needs, as a Prisma `select` that joins them into the
 * citizen's own statement (one round trip instead of four). `statusAf` (borger-adgang/borger-status.ts) turns
 * the result into the status; the joblog is counted in the Copenhagen month of `now`.
 */
export function statusSelect(now: Date) {
  const [fra, til] = maanedsgraenser(copenhagenMaaned(now));
  return {
    kontaktgruppe: true,
    fravaer: {
      where: { slettet: false },
      orderBy: [{ startdato: 'desc' }, { createdAt: 'desc' }],
      select: { id: true, fravaersaarsag: true, startdato: true, slutdato: true },
    },
    indsatser: { select: { startdato: true, slutdato: true, ophoerDato: true } },
    _count: {
      select: { joblog: { where: { submissionDate: { gte: fromIsoDate(fra), lt: fromIsoDate(til) } } } },
    },
  } as const satisfies Prisma.BorgerSelect;
}

export type BorgerStatusRow = Prisma.BorgerGetPayload<{ select: ReturnType<typeof statusSelect> }>;

/** Only citizens of the caller's myndighed: the jobcentres whose number starts with its kode (R24). */
const iMyndighed = (myndighedKode: string): Prisma.BorgerWhereInput => ({
  jobcenter: { myndighed: { type: 'jobcenter', kode: myndighedKode } },
});

export function iMyndigheden<T extends BorgerRow>(borger: T | null, myndighedKode: string): T | null {
  const { myndighed } = borger?.jobcenter ?? {};
  return myndighed?.type === 'jobcenter' && myndighed.kode === myndighedKode ? borger : null;
}

export function borgereRepository(tx: Tx) {
  return {
    /**
     * By the key alone, with the myndighed compared in code: Prisma batches concurrent findUnique calls into one
     * statement, and on every citizen request this was a findFirst with a relation filter, four times dearer.
     */
    findById(id: string) {
      return tx.borger.findUnique({ where: { id }, select: borgerSelect });
    },

    async findInMyndighed(id: string, myndighedKode: string) {
      return iMyndigheden(await tx.borger.findUnique({ where: { id }, select: borgerSelect }), myndighedKode);
    },

    /**
     * The citizen with what its status needs (`statusSelect`), joined into one statement. The person overview
     * reads it through `hotReads.borgerOverblik`; this is the Prisma path that the parity test holds it to.
     */
    async findOverblikInMyndighed(id: string, myndighedKode: string, now: Date) {
      const borger = await tx.borger.findUnique({
        where: { id },
        select: { ...borgerSelect, ...statusSelect(now) },
      });
      return iMyndigheden(borger, myndighedKode);
    },

    findByCpr(cpr: string) {
      return tx.borger.findUnique({ where: { cpr }, select: borgerSelect });
    },

    search(
      myndighedKode: string,
      criteria: { cpr?: string | undefined; navn?: string | undefined },
      take: number,
    ) {
      const ord = criteria.navn?.split(/\s+/).filter(Boolean) ?? [];
      return tx.borger.findMany({
        where: {
          ...iMyndighed(myndighedKode),
          ...(criteria.cpr ? { cpr: criteria.cpr } : {}),
          AND: ord.map((o) => ({
            OR: [
              { fornavn: { contains: o, mode: 'insensitive' as const } },
              { efternavn: { contains: o, mode: 'insensitive' as const } },
            ],
          })),
        },
        orderBy: [{ efternavn: 'asc' }, { fornavn: 'asc' }],
        take,
        select: borgerSelect,
      });
    },

    /** "Mine borgere": the citizens `brugerId` is ansvarlig for, in the caller's myndighed, by name. */
    listForAnsvarlig(brugerId: string, myndighedKode: string, take: number) {
      return tx.borger.findMany({
        where: { ansvarligId: brugerId, ...iMyndighed(myndighedKode) },
        orderBy: [{ efternavn: 'asc' }, { fornavn: 'asc' }, { id: 'asc' }],
        take,
        select: borgerSelect,
      });
    },

    /** The citizens of `ids` that the myndighed sees now, in no particular order. */
    listInMyndighed(ids: readonly string[], myndighedKode: string) {
      return tx.borger.findMany({
        where: { id: { in: [...ids] }, ...iMyndighed(myndighedKode) },
        select: borgerSelect,
      });
    },

    setAnsvarlig(id: string, ansvarligId: string | null) {
      return tx.borger.update({ where: { id }, data: { ansvarligId }, select: borgerSelect });
    },

    create(data: Prisma.BorgerUncheckedCreateInput) {
      return tx.borger.create({ data, select: borgerSelect });
    },

    /** The new jobcentre takes over: the old one's ansvarlig sagsbehandler is no longer the citizen's. */
    moveTo(id: string, jobcenterNummer: string) {
      return tx.borger.update({
        where: { id },
        data: { jobcenterNummer, ansvarligId: null },
        select: borgerSelect,
      });
    },

    findJobcenter(nummer: string) {
      return tx.jobcenter.findUnique({ where: { nummer }, select: { nummer: true, navn: true } });
    },

    akasseExists(kode: string) {
      return tx.akasse.findUnique({ where: { kode }, select: { kode: true } });
    },

    historik(borgerId: string) {
      return tx.borgerHistorik.findMany({
        where: { borgerId },
        orderBy: [{ tidspunkt: 'desc' }, { id: 'desc' }],
        take: 500,
      });
    },
  };
}
