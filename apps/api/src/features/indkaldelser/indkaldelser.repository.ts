import type { Prisma, PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

const versionSelect = {
  version: true,
  aendringstype: true,
  tidspunkt: true,
  aktoerType: true,
  aktoer: true,
  myndighedKode: true,
  myndighedNavn: true,
  aendringer: true,
} as const;

export type IndkaldelseVersionRow = Prisma.IndkaldelseVersionGetPayload<{ select: typeof versionSelect }>;

export const indkaldelseSelect = {
  id: true,
  jobcenter: { select: { nummer: true, navn: true } },
  samtaletype: true,
  start: true,
  slut: true,
  moedeform: true,
  adresse: true,
  lokationsuddybning: true,
  digitaltMoedelink: true,
  personligtFremmoedePaakraevet: true,
  begrundelse: true,
  aflyst: true,
  aflysningsaarsag: true,
  selvbooket: true,
  valgMoedeform: true,
  valgRegistreretAf: true,
  valgRegistreretTidspunkt: true,
  version: true,
  udfald: true,
  udfaldKommentar: true,
  udfaldRegistreretAf: true,
  udfaldTidspunkt: true,
  oprettetAf: true,
  ansvarlig: { select: { id: true, brugernavn: true, navn: true } },
  createdAt: true,
  versioner: { orderBy: { version: 'asc' }, select: versionSelect },
  borger: {
    select: {
      id: true,
      fornavn: true,
      efternavn: true,
      kontaktgruppe: true,
      ledighedsdato: true,
      jobcenter: { select: { maalgruppeValgAfMoedeform: true } },
    },
  },
} as const;

export type IndkaldelseRow = Prisma.IndkaldelseGetPayload<{ select: typeof indkaldelseSelect }>;

export type IndkaldelseData = Omit<
  Prisma.IndkaldelseUncheckedUpdateInput,
  'id' | 'borgerId' | 'version' | 'createdAt' | 'oprettetAf'
>;

export function indkaldelserRepository(tx: Tx) {
  return {
    find(id: string) {
      return tx.indkaldelse.findUnique({ where: { id }, select: indkaldelseSelect });
    },

    /** What a webservicebesked about the citizen's meeting needs: who to tell, and the CPR it names. */
    findBeskedBorger(borgerId: string) {
      return tx.borger.findUniqueOrThrow({
        where: { id: borgerId },
        select: { cpr: true, kontaktgruppe: true, akasseKode: true, jobcenterNummer: true },
      });
    },

    async findBorgerId(id: string): Promise<string | null> {
      return (
        (await tx.indkaldelse.findUnique({ where: { id }, select: { borgerId: true } }))?.borgerId ?? null
      );
    },

    listForBorger(borgerId: string) {
      return tx.indkaldelse.findMany({
        where: { borgerId },
        orderBy: { start: 'asc' },
        select: indkaldelseSelect,
      });
    },

    /** The citizen's meetings that are not cancelled, by their start only (which a fravær's period holds). */
    listIkkeAflysteForBorger(borgerId: string) {
      return tx.indkaldelse.findMany({
        where: { borgerId, aflyst: false },
        select: { id: true, start: true },
      });
    },

    listForJobcenter(jobcenterNummer: string, fra: Date, til: Date) {
      return tx.indkaldelse.findMany({
        where: { jobcenterNummer, start: { gte: fra, lt: til } },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: indkaldelseSelect,
      });
    },

    /** Mine møder with `ansvarlig=mig`: the user's meetings whose citizen the user's myndighed sees. */
    listForAnsvarlig(ansvarligId: string, myndighedKode: string, fra: Date, til: Date) {
      return tx.indkaldelse.findMany({
        where: {
          ansvarligId,
          start: { gte: fra, lt: til },
          borger: { jobcenter: { myndighed: { type: 'jobcenter', kode: myndighedKode } } },
        },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: indkaldelseSelect,
      });
    },

    /** The summoner becomes the citizen's ansvarlig when the citizen has none; false when it had one. */
    async setBorgerAnsvarligHvisIngen(borgerId: string, ansvarligId: string): Promise<boolean> {
      const { count } = await tx.borger.updateMany({
        where: { id: borgerId, ansvarligId: null },
        data: { ansvarligId },
      });
      return count === 1;
    },

    create(data: Prisma.IndkaldelseUncheckedCreateInput) {
      return tx.indkaldelse.create({ data, select: indkaldelseSelect });
    },

    async createVersion(data: Prisma.IndkaldelseVersionUncheckedCreateInput): Promise<void> {
      await tx.indkaldelseVersion.create({ data, select: { id: true } });
    },

    async createValg(data: Prisma.MoededeltagelsesvalgUncheckedCreateInput): Promise<void> {
      await tx.moededeltagelsesvalg.create({ data, select: { id: true } });
    },

    listVersioner(indkaldelseId: string) {
      return tx.indkaldelseVersion.findMany({
        where: { indkaldelseId },
        orderBy: { version: 'asc' },
        select: versionSelect,
      });
    },

    listValg(indkaldelseId: string) {
      return tx.moededeltagelsesvalg.findMany({
        where: { indkaldelseId },
        orderBy: [{ registreret: 'desc' }, { id: 'desc' }],
        select: {
          moedeform: true,
          registreret: true,
          aktoer: true,
          myndighedKode: true,
          myndighedNavn: true,
        },
      });
    },

    /** Optimistic update: changes nothing and answers false when the version moved on. */
    async updateIfVersion(id: string, version: number, data: IndkaldelseData): Promise<boolean> {
      const { count } = await tx.indkaldelse.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      return count === 1;
    },
  };
}
