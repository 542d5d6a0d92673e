import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { VirksomhedskontoSoegning } from '@jobcenter/domain/virksomhed/virksomhed.rules';

type Tx = Prisma.TransactionClient | PrismaClient;

const enhedSelect = {
  pNummer: true,
  cvrNummer: true,
  navn: true,
  vejOgNummer: true,
  postnummer: true,
  by: true,
  jobagProfil: true,
  jobagBrugere: { select: { aktiv: true, senesteLogin: true } },
} as const;

const varselSelect = {
  id: true,
  cvrNummer: true,
  pNummer: true,
  fraDato: true,
  tilDato: true,
  tekst: true,
  oprettetAfMyndighed: true,
} as const;

export type EnhedRow = Prisma.ProduktionsenhedGetPayload<{ select: typeof enhedSelect }>;
export type VarselRow = Prisma.KonfliktvarselGetPayload<{ select: typeof varselSelect }>;

export function virksomhederRepository(tx: Tx) {
  return {
    /**
     * R20: the P-units with a JobAG profile that a Virksomhedskonto search names. Virksomhedskonto reads them
     * through `hotReads.virksomhedskonti`; this is the Prisma path that the parity test holds it to.
     */
    async findKonti(soegning: VirksomhedskontoSoegning) {
      if (soegning.type === 'tom') return [];
      const where: Prisma.ProduktionsenhedWhereInput =
        soegning.type === 'enhed'
          ? { jobagProfil: true, cvrNummer: soegning.cvrNummer, pNummer: soegning.pNummer }
          : soegning.type === 'virksomhed'
            ? { jobagProfil: true, cvrNummer: soegning.cvrNummer }
            : { jobagProfil: true };
      // The company's konflikt notices come in the same statement (a relation join), not in a second one.
      return tx.produktionsenhed.findMany({
        where,
        orderBy: [{ cvrNummer: 'asc' }, { pNummer: 'asc' }],
        select: {
          ...enhedSelect,
          virksomhed: {
            select: { navn: true, konfliktvarsler: { orderBy: { fraDato: 'desc' }, select: varselSelect } },
          },
        },
      });
    },

    findKonfliktvarsler(cvrNumre: readonly string[]) {
      if (cvrNumre.length === 0) return Promise.resolve([] as VarselRow[]);
      return tx.konfliktvarsel.findMany({
        where: { cvrNummer: { in: [...cvrNumre] } },
        orderBy: { fraDato: 'desc' },
        select: varselSelect,
      });
    },

    /** A name (part of it, case-insensitive) or an exact CVR-nummer. */
    search(q: string, take: number) {
      const where: Prisma.VirksomhedWhereInput = /^\d{8}$/.test(q)
        ? { cvrNummer: q }
        : { navn: { contains: q, mode: 'insensitive' } };
      return tx.virksomhed.findMany({
        where,
        orderBy: { navn: 'asc' },
        take,
        select: { cvrNummer: true, navn: true, pEnheder: { select: enhedSelect } },
      });
    },

    findVirksomhed(cvrNummer: string) {
      return tx.virksomhed.findUnique({
        where: { cvrNummer },
        select: {
          cvrNummer: true,
          navn: true,
          pEnheder: { select: enhedSelect, orderBy: { pNummer: 'asc' } },
        },
      });
    },

    jobordrer(cvrNummer: string) {
      return tx.jobordre.findMany({
        where: { cvrNummer },
        orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
        take: 100,
        select: {
          id: true,
          titel: true,
          status: true,
          antalStillinger: true,
          ansoegningsfrist: true,
          jobcenter: { select: { nummer: true, navn: true } },
          _count: { select: { formidlinger: true } },
        },
      });
    },

    /** The latest status changes on the company's jobordrer, without the citizens. */
    senesteFormidlinger(cvrNummer: string, take: number) {
      return tx.formidlingHistorik.findMany({
        where: { formidling: { jobordre: { cvrNummer } } },
        orderBy: [{ tidspunkt: 'desc' }, { id: 'desc' }],
        take,
        select: {
          formidlingsstatus: true,
          tidspunkt: true,
          formidling: { select: { jobordre: { select: { id: true, titel: true } } } },
        },
      });
    },

    createKonfliktvarsel(data: Prisma.KonfliktvarselUncheckedCreateInput) {
      return tx.konfliktvarsel.create({ data, select: { id: true } });
    },

    findKonfliktvarsel(id: string) {
      return tx.konfliktvarsel.findUnique({
        where: { id },
        select: { id: true, cvrNummer: true, fraDato: true, tilDato: true },
      });
    },

    endKonfliktvarsel(id: string, tilDato: Date) {
      return tx.konfliktvarsel.update({ where: { id }, data: { tilDato }, select: { id: true } });
    },

    async myndighedsnavne(koder: readonly string[]): Promise<Map<string, string>> {
      const rows = await tx.myndighed.findMany({
        where: { type: 'jobcenter', kode: { in: [...koder] } },
        select: { kode: true, navn: true },
      });
      return new Map(rows.map((row) => [row.kode, row.navn]));
    },
  };
}
