import type { Prisma } from '@jobcenter/db/client';
import type { Aktoer } from '../auth/aktoer.js';
import type { Clock } from '../clock.js';

/** The citizen's case history (revision trail, L3): written in the transaction of the change it describes. */
export interface BorgerHistorikLog {
  record(
    tx: Prisma.TransactionClient,
    aktoer: Aktoer,
    borgerId: string,
    type: string,
    beskrivelse: string,
  ): Promise<void>;
}

export function createBorgerHistorik(clock: Clock): BorgerHistorikLog {
  return {
    async record(tx, aktoer, borgerId, type, beskrivelse) {
      await tx.borgerHistorik.create({
        data: {
          borgerId,
          tidspunkt: clock.now(),
          type,
          beskrivelse,
          myndighedType: aktoer.myndighed.type,
          myndighedKode: aktoer.myndighed.kode,
          myndighedNavn: aktoer.myndighed.navn,
          aktoer: aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn,
        },
        select: { id: true },
      });
    },
  };
}
