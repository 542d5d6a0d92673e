import type { Brev } from '@jobcenter/domain/brev/brev.contract';
import { brevTekst } from '@jobcenter/domain/brev/brev.rules';
import type { AccessLog } from '../../access-log/access-log.js';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { readBorger, requireBorger } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import { fraIndhold } from './brev-indhold.js';
import { brevPdf } from './brev-pdf.js';
import { breveRepository } from './breve.repository.js';

type BrevRow = NonNullable<Awaited<ReturnType<ReturnType<typeof breveRepository>['find']>>>;

function toBrevDto(row: BrevRow): Brev {
  return {
    id: row.id,
    type: row.type as Brev['type'],
    indkaldelseId: row.indkaldelseId,
    kanal: row.kanal as Brev['kanal'],
    status: row.status as Brev['status'],
    planlagtTil: row.planlagtTil.toISOString(),
    sendtTidspunkt: row.sendtTidspunkt?.toISOString() ?? null,
    forsoeg: row.forsoeg,
    fejl: row.fejl,
  };
}

const DATERET = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The caseworker's view of the letters: the list, each letter as the citizen receives it, a retry. */
export function breveService(deps: { prisma: PrismaClient; clock: Clock; accessLog: AccessLog }) {
  const { prisma, clock, accessLog } = deps;

  async function requireBrev(
    tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0],
    aktoer: BrugerAktoer,
    id: string,
  ) {
    const brev = await breveRepository(tx).find(id);
    if (!brev) throw new AppError('IKKE_FUNDET', { detail: 'Brevet findes ikke' });
    await requireBorger(tx, aktoer, brev.borgerId);
    return brev;
  }

  return {
    list(aktoer: BrugerAktoer, borgerId: string): Promise<{ items: Brev[] }> {
      return prisma.$transaction(async (tx) => {
        await readBorger(tx, accessLog, aktoer, borgerId, 'Sagsbehandling: breve og beskeder til borgeren');
        const rows = await breveRepository(tx).listForBorger(borgerId);
        return { items: rows.map(toBrevDto) };
      });
    },

    /** The letter as the citizen receives it, rendered from what it said when it was written. */
    getPdf(aktoer: BrugerAktoer, id: string): Promise<{ pdf: Buffer; brev: Brev }> {
      return prisma.$transaction(async (tx) => {
        const row = await requireBrev(tx, aktoer, id);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: row.borgerId,
          borgerId: row.borgerId,
          handling: 'laes',
          formaal: 'Sagsbehandling: brev til borgeren',
        });
        const data = fraIndhold(row.indhold);
        const pdf = await brevPdf({
          tekst: brevTekst(data),
          afsender: data.jobcenter.navn,
          dateret: DATERET.format(row.sendtTidspunkt ?? row.oprettet),
        });
        return { pdf, brev: toBrevDto(row) };
      });
    },

    /** A letter that failed is tried again now, from its first try. Only a `fejlet` letter: 409 otherwise. */
    sendAgain(aktoer: BrugerAktoer, id: string): Promise<Brev> {
      return prisma.$transaction(async (tx) => {
        const row = await requireBrev(tx, aktoer, id);
        const repository = breveRepository(tx);
        if (!(await repository.proevIgen(row.id, clock.now()))) {
          throw new AppError('BREV_IKKE_FEJLET', {
            detail: 'Kun et brev, der ikke kunne leveres, kan sendes igen',
          });
        }
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: row.borgerId,
          borgerId: row.borgerId,
          handling: 'aendr',
          formaal: 'Brev til borgeren sendt igen',
        });
        return toBrevDto((await repository.find(id)) as BrevRow);
      });
    },
  };
}

export type BreveService = ReturnType<typeof breveService>;
