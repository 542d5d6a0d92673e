import { brevTekst } from '@jobcenter/domain/brev/brev.rules';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { fraIndhold, type Kanal } from './brev-indhold.js';
import type { BrevKanal } from './brev-kanal.js';
import { brevPdf } from './brev-pdf.js';
import { breveRepository } from './breve.repository.js';

export const MAX_FORSOEG = 5;

/** 1, 2, 4, 8 … minutes after a failed try, at most an hour. */
export function ventetid(forsoeg: number): number {
  return Math.min(60, 2 ** (forsoeg - 1)) * 60_000;
}

const DATERET = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** How long a worker holds a letter it is sending before another may take it (a dead worker's letters). */
export const LEASE_MS = 5 * 60_000;

/**
 * Delivers the letters that are due. Each is claimed for a lease in a short transaction, sent through the
 * channel with no transaction open, and marked sent. A crash after the channel accepted it and before it was
 * marked leaves it due again when the lease ends; it is sent again with the same key (its id), which the
 * channel recognises. A failed try waits (`ventetid`); after MAX_FORSOEG tries the letter is `fejlet`, shown to
 * the caseworker with a way to try again.
 */
export function brevWorker(deps: { prisma: PrismaClient; kanal: BrevKanal; clock: Clock; logger: Logger }) {
  const { prisma, kanal, clock, logger } = deps;
  const repository = breveRepository(prisma);

  async function leverEt(): Promise<'sendt' | 'fejl' | null> {
    const brev = await repository.claimNext(clock.now(), LEASE_MS);
    if (!brev) return null;
    const data = fraIndhold(brev.indhold);
    const tekst = brevTekst(data);
    const kanalNavn = brev.kanal as Kanal;
    try {
      const pdf =
        kanalNavn === 'digital_post'
          ? await brevPdf({ tekst, afsender: data.jobcenter.navn, dateret: DATERET.format(clock.now()) })
          : null;
      await kanal.send({
        noegle: brev.id,
        kanal: kanalNavn,
        modtager: { borgerId: brev.borgerId, mobilnummer: null },
        emne: tekst.titel,
        tekst: [tekst.indledning, ...tekst.afsnit.flatMap((a) => [a.overskrift, ...a.linjer])].join('\n'),
        pdf,
      });
    } catch (error) {
      const forsoeg = brev.forsoeg + 1;
      const fejl = error instanceof Error ? error.message : String(error);
      const status = forsoeg >= MAX_FORSOEG ? 'fejlet' : 'planlagt';
      await repository.markFejl(brev.id, {
        forsoeg,
        status,
        fejl: fejl.slice(0, 500),
        naesteForsoeg: new Date(clock.now().getTime() + ventetid(forsoeg)),
      });
      logger.warn({ brevId: brev.id, kanal: kanal.navn, forsoeg, status, fejl }, 'brevet kunne ikke leveres');
      return 'fejl';
    }
    await repository.markSendt(brev.id, clock.now());
    return 'sendt';
  }

  return {
    leverEt,

    /** Delivers what is due now, at most `max` letters; returns how many were sent and how many failed. */
    async leverForfaldne(max = 100): Promise<{ sendt: number; fejl: number }> {
      const resultat = { sendt: 0, fejl: 0 };
      for (let i = 0; i < max; i++) {
        const udfald = await leverEt();
        if (udfald === null) break;
        resultat[udfald] += 1;
      }
      return resultat;
    },
  };
}

export type BrevWorker = ReturnType<typeof brevWorker>;
