import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BrevStatus, Kanal } from './brev-indhold.js';

type Tx = Prisma.TransactionClient | PrismaClient;

const brevSelect = {
  id: true,
  borgerId: true,
  indkaldelseId: true,
  type: true,
  kanal: true,
  status: true,
  planlagtTil: true,
  forsoeg: true,
  fejl: true,
  sendtTidspunkt: true,
  indhold: true,
  oprettet: true,
} as const;

export function breveRepository(tx: Tx) {
  return {
    create(data: {
      borgerId: string;
      indkaldelseId: string | null;
      type: string;
      kanal: Kanal;
      planlagtTil: Date;
      indhold: Prisma.InputJsonValue;
      oprettet: Date;
    }) {
      return tx.brev.create({ data: { ...data, naesteForsoeg: data.planlagtTil }, select: { id: true } });
    },

    /**
     * Takes the next letter due at `nu` for `lease` ms: its next try moves to the end of the lease, so another
     * worker skips it meanwhile (SKIP LOCKED while the claim commits, the time after). A worker that dies with
     * the letter leaves it due again when the lease is over, and it is sent again with the same key.
     */
    async claimNext(nu: Date, lease: number) {
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Brev" SET "naesteForsoeg" = ${new Date(nu.getTime() + lease)}
        WHERE "id" = (
          SELECT "id" FROM "Brev"
          WHERE "status" = 'planlagt' AND "naesteForsoeg" <= ${nu}
          ORDER BY "naesteForsoeg", "id"
          LIMIT 1
          FOR UPDATE SKIP LOCKED
        )
        RETURNING "id"`;
      if (!row) return null;
      return tx.brev.findUnique({ where: { id: row.id }, select: brevSelect });
    },

    /** Marks the letter sent, unless it was cancelled meanwhile (then it stays cancelled, and says so). */
    async markSendt(id: string, nu: Date): Promise<void> {
      await tx.brev.updateMany({
        where: { id, status: 'planlagt' },
        data: { status: 'sendt', sendtTidspunkt: nu, fejl: null },
      });
    },

    async markFejl(
      id: string,
      update: {
        forsoeg: number;
        naesteForsoeg: Date;
        status: Extract<BrevStatus, 'planlagt' | 'fejlet'>;
        fejl: string;
      },
    ): Promise<void> {
      await tx.brev.updateMany({ where: { id, status: 'planlagt' }, data: update });
    },

    /** A letter that failed is tried again from now, its count of tries from nought. */
    async proevIgen(id: string, nu: Date): Promise<boolean> {
      const { count } = await tx.brev.updateMany({
        where: { id, status: 'fejlet' },
        data: { status: 'planlagt', forsoeg: 0, naesteForsoeg: nu, fejl: null },
      });
      return count === 1;
    },

    /** What a letter needs beyond the meeting: the citizen's kontaktgruppe and mobile, the jobcentre's address. */
    findAfsenderOgModtager(borgerId: string, jobcenterNummer: string) {
      return Promise.all([
        tx.borger.findUniqueOrThrow({
          where: { id: borgerId },
          select: { kontaktgruppe: true, mobilnummer: true },
        }),
        tx.jobcenter.findUniqueOrThrow({
          where: { nummer: jobcenterNummer },
          select: { navn: true, adresse: true, telefon: true },
        }),
      ]);
    },

    /** The meeting's pending reminder is withdrawn (moved or cancelled meeting): never one for the wrong time. */
    async annullerPaamindelser(indkaldelseId: string): Promise<void> {
      await tx.brev.updateMany({
        where: { indkaldelseId, type: 'PAAMINDELSE', status: 'planlagt' },
        data: { status: 'annulleret' },
      });
    },

    find(id: string) {
      return tx.brev.findUnique({ where: { id }, select: brevSelect });
    },

    listForBorger(borgerId: string) {
      return tx.brev.findMany({
        where: { borgerId },
        orderBy: [{ oprettet: 'desc' }, { id: 'desc' }],
        select: brevSelect,
      });
    },
  };
}
